import { type Guard } from './rule-schema.js';
import { type NormalizedText, squeeze } from './text-normalizer.js';
import { findSpans, type TokenSpan } from './token-span.js';

/** How far before a match a negator still negates it ("not really suicidal"); longer negations are listed as phrases. */
const NEGATION_REACH = 2;
/** How far, within one sentence, a time or media marker colours a match. */
const CONTEXT_REACH = 12;

/** The compiled marker lists of one language. */
export interface ContextPatterns {
  readonly negators: RegExp;
  readonly past: RegExp;
  readonly present: RegExp;
  readonly media: RegExp;
  readonly idioms: RegExp;
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
      found = findSpans(this.patterns[kind], this.norm);
      this.cache.set(kind, found);
    }
    return found;
  }
}
