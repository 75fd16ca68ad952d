import { readFileSync } from 'node:fs';
import { compileRuleSet, type CompiledConceptRule, type CompiledRule, type CompiledRuleSet } from './compiled-rules.js';
import { CueSpans, findConcept } from './concept-match.js';
import { MessageContext } from './context-guards.js';
import { type NormalizedText } from './text-normalizer.js';
import { firstMatch, matchSpan, nextMatch, type TokenSpan } from './token-span.js';
import { combinedLevel } from './levels.js';
import { emergencySubject } from './subject.js';
import { type CrisisEvidence, type ScreenContext, type ScreenResult } from './types.js';
import { CrisisModel } from './model/crisis-model.js';
import { validateRuleSet } from './validate-rules.js';

/** Longest evidence phrase kept, in characters: evidence explains, it never carries the message. */
const MAX_EVIDENCE_CHARS = 60;
const BUNDLED_FILES = ['en', 'es', 'fr'] as const;
/** The evidence id of a verdict the model made when no rule fired. */
export const MODEL_RULE_ID = 'model';

function bundledRules(): unknown {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./rules/${name}.json`, import.meta.url), 'utf8'));
  return { shorthand: read('shorthand'), languages: BUNDLED_FILES.map(read) };
}

interface Hit {
  readonly evidence: CrisisEvidence;
  readonly priority: number;
  readonly at: number;
}

/**
 * Screens every inbound message for signs of a crisis: first by readable rules in
 * src/safety/rules/, then, when no rule fires, by a model trained on the labelled messages in
 * tests/fixtures (src/safety/model/), the safety net for crises phrased in ways no rule says.
 */
export class CrisisScreen {
  private constructor(
    private readonly rules: CompiledRuleSet,
    private readonly model: CrisisModel | undefined,
  ) {}

  /** The bundled rules and model, compiled once. */
  static load(): CrisisScreen {
    return CrisisScreen.fromRules(bundledRules(), CrisisModel.load());
  }

  /** The bundled rules alone, without the model (to test and measure the rules themselves). */
  static loadRulesOnly(): CrisisScreen {
    return CrisisScreen.fromRules(bundledRules());
  }

  /** Rules from any source, validated and compiled; throws a CrisisRulesError naming the bad rule. */
  static fromRules(rules: unknown, model?: CrisisModel): CrisisScreen {
    return new CrisisScreen(compileRuleSet(validateRuleSet(rules)), model);
  }

  /**
   * Screens one message, read with the person's last few messages when they are given
   * ("cancel my appointment" then "taking care of things tonight"); pure, synchronous, and
   * never throws.
   */
  screen(text: string, context: ScreenContext = {}): ScreenResult {
    try {
      const message = typeof text === 'string' ? text : String(text);
      const alone = this.screenOne(message);
      if (alone.level !== 'none' || !context.recent?.length) return withSubject(alone, message);
      // Together, the recent lines can say what none says alone: a rule that fires on them is worth a
      // question, not an alarm. Only the rules read them: the model judges single messages, and on
      // joined lines (two languages, unrelated turns) it guesses.
      const together = this.screenNormalized(this.rules.normalizer.normalize([...context.recent, message].join('\n')));
      return together.crisis ? withSubject({ ...together, level: 'check' }, message) : alone;
    } catch {
      // Unreachable by design; if it ever happens a human should look rather than the message pass unseen.
      return { crisis: true, level: 'crisis', category: 'suicide', lang: 'en', evidence: [{ ruleId: 'screen.internal_error', category: 'suicide', lang: 'en', matched: '' }] };
    }
  }

  private screenOne(message: string): ScreenResult {
    const byRules = this.screenNormalized(this.rules.normalizer.normalize(message));
    if (!this.model) return byRules;
    const scored = this.model.score(message);
    const level = combinedLevel(byRules.crisis, scored.probability, this.model.thresholds);
    if (byRules.crisis) return { ...byRules, level };
    if (level === 'none') return byRules;
    const matched = `model ${scored.probability.toFixed(2)}: ${scored.words.join(', ')}`.slice(0, MAX_EVIDENCE_CHARS);
    return {
      crisis: true,
      level,
      category: scored.category,
      lang: scored.lang,
      evidence: [{ ruleId: MODEL_RULE_ID, category: scored.category, lang: scored.lang, matched }],
    };
  }

  private screenNormalized(norm: NormalizedText): ScreenResult {
    const hits: Hit[] = [];
    const context = new MessageContext(norm, this.rules.context);
    const possible = this.rules.gate.open(norm);
    const cueSpans = new CueSpans(norm, this.rules.cueCount, possible);
    for (const language of this.rules.languages) {
      for (const rule of language.rules) {
        if (possible[rule.gate] === 0) continue;
        const hit = firstAcceptedMatch(rule, norm, context);
        if (hit) hits.push(hit);
      }
      for (const rule of language.concepts) {
        const hit = conceptHit(rule, norm, cueSpans, context);
        if (hit) hits.push(hit);
      }
    }
    if (hits.length === 0) return { crisis: false, level: 'none', evidence: [] };
    hits.sort((a, b) => b.priority - a.priority || a.at - b.at);
    const primary = hits[0]?.evidence;
    return { crisis: true, level: 'crisis', category: primary?.category, lang: primary?.lang, evidence: hits.map((h) => h.evidence) };
  }
}

function withSubject(result: ScreenResult, message: string): ScreenResult {
  return result.category === 'overdose_medical' ? { ...result, subject: emergencySubject(message) } : result;
}

function firstAcceptedMatch(rule: CompiledRule, norm: NormalizedText, context: MessageContext): Hit | undefined {
  for (let m = firstMatch(rule.pattern, norm.text); m !== null; m = nextMatch(rule.pattern, norm.text, m)) {
    const span = matchSpan(norm, m);
    if (context.blockingGuard(span, rule.guards, rule.ownWords)) continue;
    if (rule.withAny && !rule.withAny.test(norm.text)) return undefined;
    const matched = displayOf(norm, span).slice(0, MAX_EVIDENCE_CHARS);
    return { evidence: { ruleId: rule.id, category: rule.category, lang: rule.lang, matched }, priority: rule.priority, at: span.first };
  }
  return undefined;
}

function conceptHit(rule: CompiledConceptRule, norm: NormalizedText, cueSpans: CueSpans, context: MessageContext): Hit | undefined {
  const spans = findConcept(rule, norm, cueSpans, context);
  if (!spans) return undefined;
  const matched = spans.map((s) => displayOf(norm, s)).join(' + ').slice(0, MAX_EVIDENCE_CHARS);
  const at = Math.min(...spans.map((s) => s.first));
  return { evidence: { ruleId: rule.id, category: rule.category, lang: rule.lang, matched }, priority: rule.priority, at };
}

function displayOf(norm: NormalizedText, span: TokenSpan): string {
  return norm.display.slice(span.first, span.last + 1).join(' ');
}
