import { type NormalizedText } from './text-normalizer.js';

/** A run of tokens, first and last inclusive. */
export interface TokenSpan {
  readonly first: number;
  readonly last: number;
}

/** Every non-overlapping match of a global regex, as token spans. */
export function findSpans(pattern: RegExp, norm: NormalizedText): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let m = firstMatch(pattern, norm.text); m !== null; m = nextMatch(pattern, norm.text, m)) {
    spans.push(matchSpan(norm, m));
  }
  return spans;
}

/** The first match of a global phrase pattern. */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** The next match, which may reuse the space the previous one ended on. */
export function nextMatch(pattern: RegExp, text: string, previous: RegExpExecArray): RegExpExecArray | null {
  pattern.lastIndex = Math.max(previous.index + 1, previous.index + previous[0].length - 1);
  return pattern.exec(text);
}

/** The tokens a phrase match covers (its leading and trailing spaces excluded). */
export function matchSpan(norm: NormalizedText, m: RegExpExecArray): TokenSpan {
  return spanOf(norm, m.index + 1, m.index + Math.max(1, m[0].length - 1));
}

/** The token span covering characters [start, end) of the normalized text. */
function spanOf(norm: NormalizedText, start: number, end: number): TokenSpan {
  return { first: tokenAt(norm.starts, start), last: tokenAt(norm.starts, end - 1) };
}

/** Index of the token that contains character `offset`. */
function tokenAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
