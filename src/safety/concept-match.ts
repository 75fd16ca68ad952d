import { type CompiledConceptRule, type CompiledCue } from './compiled-rules.js';
import { type MessageContext } from './context-guards.js';
import { type NormalizedText } from './text-normalizer.js';
import { findSpans, type TokenSpan } from './token-span.js';

/** Where each cue is found in one message, searched once per cue and only when a concept rule asks. */
export class CueSpans {
  private readonly found: (TokenSpan[] | undefined)[];

  constructor(
    private readonly norm: NormalizedText,
    cueCount: number,
    private readonly possible: Uint8Array,
  ) {
    this.found = new Array<TokenSpan[] | undefined>(cueCount);
  }

  /** False when the message lacks every word the cue spells, so no regex needs to run. */
  couldMatch(cue: CompiledCue): boolean {
    return this.possible[cue.gate] === 1;
  }

  /** The cue's matches if this message has already been searched for it. */
  known(cue: CompiledCue): readonly TokenSpan[] | undefined {
    return this.found[cue.index];
  }

  /** Every match of the cue, guards not yet applied. */
  of(cue: CompiledCue): TokenSpan[] {
    let spans = this.found[cue.index];
    if (!spans) {
      spans = this.couldMatch(cue) ? findSpans(cue.pattern, this.norm) : [];
      this.found[cue.index] = spans;
    }
    return spans;
  }
}

/** The spans of the first co-occurrence of all the rule's cues that no guard cancels, one per cue, in cue order. */
export function findConcept(
  rule: CompiledConceptRule,
  norm: NormalizedText,
  cueSpans: CueSpans,
  context: MessageContext,
): TokenSpan[] | undefined {
  const candidates: TokenSpan[][] = [];
  // Cheapest tests first: the words of every cue, the searches other rules already made, then one search per cue
  // (smallest pattern first); guards run only on cues that are there.
  for (const cue of rule.cues) if (!cueSpans.couldMatch(cue)) return undefined;
  for (const cue of rule.cues) if (cueSpans.known(cue)?.length === 0) return undefined;
  for (const cue of rule.searchOrder) if (cueSpans.of(cue).length === 0) return undefined;
  for (const cue of rule.cues) {
    const accepted = cueSpans.of(cue).filter((s) => !context.blockingGuard(s, rule.guards, cue.ownWords));
    if (accepted.length === 0) return undefined;
    candidates.push(accepted);
  }
  const [anchors, ...others] = candidates;
  for (const anchor of anchors ?? []) {
    const chosen = [anchor];
    for (const spans of others) {
      const partner = nearestPartner(anchor, spans, chosen, rule, norm);
      if (!partner) break;
      chosen.push(partner);
    }
    if (chosen.length === candidates.length) return chosen;
  }
  return undefined;
}

/** The closest span to the anchor that shares no word with the cues already chosen and lies within reach. */
function nearestPartner(
  anchor: TokenSpan,
  spans: readonly TokenSpan[],
  chosen: readonly TokenSpan[],
  rule: CompiledConceptRule,
  norm: NormalizedText,
): TokenSpan | undefined {
  let best: TokenSpan | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const span of spans) {
    if (chosen.some((c) => overlaps(c, span))) continue;
    if (rule.scope === 'sentence' && norm.sentence[span.first] !== norm.sentence[anchor.first]) continue;
    const distance = gap(anchor, span);
    if (distance <= rule.within && distance < bestGap) {
      best = span;
      bestGap = distance;
    }
  }
  return best;
}

function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Tokens strictly between two disjoint spans. */
function gap(a: TokenSpan, b: TokenSpan): number {
  return a.last < b.first ? b.first - a.last - 1 : a.first - b.last - 1;
}
