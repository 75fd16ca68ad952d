/** Splitting long texts into SMS-sized parts at the most natural boundary available. */

/** Twilio's limit for one outbound message body. */
export const SMS_MAX_BODY = 1600;

// Each level cuts after the matched separator, so a piece keeps its own trailing space or punctuation.
const SENTENCE_BOUNDARY = /(?<=[.!?…]['")\]]*)\s+|\n\s*\n/g;
const LINE_BREAK = /\n/g;
const WHITESPACE = /\s+/g;

type Splitter = (text: string) => string[];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const LEVELS: readonly Splitter[] = [
  (text) => cutAfter(text, SENTENCE_BOUNDARY),
  (text) => cutAfter(text, LINE_BREAK),
  (text) => cutAfter(text, WHITESPACE),
  (text) => Array.from(graphemes.segment(text), (s) => s.segment),
];

/** Splits a text into trimmed, non-empty parts of at most `max` UTF-16 units, never inside a grapheme. */
export function splitForSms(text: string, max = SMS_MAX_BODY): string[] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a positive integer');
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  return splitAtLevel(trimmed, max, 0);
}

function splitAtLevel(text: string, max: number, level: number): string[] {
  if (text.length <= max) return [text];
  const split = LEVELS[level];
  // A single grapheme longer than max cannot be cut without breaking it.
  if (split === undefined) return [text];
  const parts: string[] = [];
  let current = '';
  for (const piece of split(text)) {
    if ((current + piece).trim().length <= max) {
      current += piece;
      continue;
    }
    pushTrimmed(parts, current);
    current = '';
    const pieceText = piece.trim();
    if (pieceText.length <= max) current = piece;
    else parts.push(...splitAtLevel(pieceText, max, level + 1));
  }
  pushTrimmed(parts, current);
  return parts;
}

function cutAfter(text: string, separator: RegExp): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    const end = match.index + match[0].length;
    if (end > start) pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

function pushTrimmed(parts: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed.length > 0) parts.push(trimmed);
}
