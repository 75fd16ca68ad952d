import { type Guard } from './rule-schema.js';
import { type NormalizedText, squeeze } from './text-normalizer.js';
import { matchSpan, type TokenSpan } from './token-span.js';
import { type WordGate } from './word-gate.js';

/** How far before a match a negator still negates it ("not really suicidal"); longer negations are listed as phrases. */
const NEGATION_REACH = 2;
/** How far, within one sentence, a time or media marker colours a match. */
const CONTEXT_REACH = 12;

/** The compiled marker lists of all languages. */
export interface ContextPatterns {
  readonly negators: PhraseAlternation;
  readonly past: PhraseAlternation;
  readonly present: PhraseAlternation;
  readonly media: PhraseAlternation;
  readonly idioms: PhraseAlternation;
}

/** One phrase of an alternation: its own global pattern and its number in the word gate. */
export interface GatedPhrase {
  readonly pattern: RegExp;
  readonly gate: number;
}

/**
 * Phrases searched as if joined into one pattern ` (?:p1|p2|…)`, in order: at each position the first phrase
 * that matches there wins, and the search goes on from where findSpans would. Phrases the word gate shuts for
 * the message are never run; they could not have matched, so the spans are those of the joined pattern.
 */
export class PhraseAlternation {
  constructor(
    private readonly phrases: readonly GatedPhrase[],
    private readonly gate: WordGate,
  ) {}

  /** Every match, as findSpans would give for the joined pattern. */
  spans(norm: NormalizedText): TokenSpan[] {
    const possible = this.gate.open(norm);
    const open = this.phrases.filter((p) => possible[p.gate] === 1);
    const spans: TokenSpan[] = [];
    if (open.length === 0) return spans;
    const next: (RegExpExecArray | null | undefined)[] = new Array<undefined>(open.length);
    for (let from = 0; ; ) {
      let first: RegExpExecArray | null = null;
      for (let i = 0; i < open.length; i += 1) {
        let m = next[i];
        // A match found from an earlier position still stands if it starts at or after `from`.
        if (m === undefined || (m !== null && m.index < from)) {
          const pattern = (open[i] as GatedPhrase).pattern;
          pattern.lastIndex = from;
          m = pattern.exec(norm.text);
          next[i] = m;
        }
        if (m !== null && (first === null || m.index < first.index)) first = m;
      }
      if (first === null) return spans;
      spans.push(matchSpan(norm, first));
      from = Math.max(first.index + 1, first.index + first[0].length - 1);
    }
  }
}

/** Marker spans of one message, found once and only when a rule has matched. */
export class MessageContext {
  private readonly cache = new Map<keyof ContextPatterns, TokenSpan[]>();

  constructor(
    private readonly norm: NormalizedText,
    private readonly patterns: ContextPatterns,
  ) {}

  /** The first guard that cancels this match, if any. */
  blockingGuard(match: TokenSpan, guards: ReadonlySet<Guard>, ownWords: ReadonlySet<string>): Guard | 'idiom' | undefined {
    if (this.spans('idioms').some((s) => s.first <= match.last && s.last >= match.first)) return 'idiom';
    if (guards.has('negated') && this.isNegated(match, ownWords)) return 'negated';
    if (guards.has('past') && this.isPast(match)) return 'past';
    if (guards.has('media') && this.near('media', match)) return 'media';
    return undefined;
  }

  /** A negator just before the match in the same clause, or overlapping it ("I would never hurt him"). */
  private isNegated(match: TokenSpan, ownWords: ReadonlySet<string>): boolean {
    return this.spans('negators').some((s) => {
      if (s.first < match.first && s.last >= match.first) return true;
      if (s.first >= match.first && s.first <= match.last) return !this.spelledByRule(s, ownWords);
      return s.last < match.first && match.first - s.last <= NEGATION_REACH && this.norm.clause[s.last] === this.norm.clause[match.first];
    });
  }

  /** True when the negator's head word is one the rule itself spells ("never" in "never wake up"). */
  private spelledByRule(span: TokenSpan, ownWords: ReadonlySet<string>): boolean {
    return ownWords.has(squeeze(this.norm.display[span.first] ?? ''));
  }

  /** Past without a present marker nearby: "used to cut" is history, "used to, and again tonight" is not. */
  private isPast(match: TokenSpan): boolean {
    return this.near('past', match) && !this.near('present', match);
  }

  private near(kind: keyof ContextPatterns, match: TokenSpan): boolean {
    return this.spans(kind).some((s) => {
      const distance = s.last < match.first ? match.first - s.last : s.first > match.last ? s.first - match.last : 0;
      return distance <= CONTEXT_REACH && this.sameSentence(s.first, match.first);
    });
  }

  private sameSentence(a: number, b: number): boolean {
    return this.norm.sentence[a] === this.norm.sentence[b];
  }

  private spans(kind: keyof ContextPatterns): TokenSpan[] {
    let found = this.cache.get(kind);
    if (!found) {
      found = this.patterns[kind].spans(this.norm);
      this.cache.set(kind, found);
    }
    return found;
  }
}
