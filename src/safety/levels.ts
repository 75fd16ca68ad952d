import type { ScreenLevel } from './types.js';

/** The model's bars, set by cross-validation (`npm run crisis:train`). */
export interface ModelThresholds {
  /** At or above: ask (`check`). */
  readonly check: number;
  /** At or above: the full crisis response, whatever the rules say. */
  readonly crisis: number;
  /** A rule that fired is a crisis when the model gives at least this; below it, only a question. */
  readonly ruleGate: number;
}

/**
 * One verdict from the two readers. Rules are written for plain, unmistakable statements, but
 * a phrase can stand in a safe sentence ("ending it with my gf tonight"): the model, which
 * reads the whole message, decides whether a rule's hit is an alarm or a question. A rule that
 * fired is never silenced: cross-validation would let the model overrule rules for a few more
 * points of recall, but then "I don't want to live" hangs on a statistical guess.
 */
export function combinedLevel(ruleFired: boolean, probability: number | undefined, thresholds: ModelThresholds | undefined): ScreenLevel {
  if (probability === undefined || !thresholds) return ruleFired ? 'crisis' : 'none';
  if (probability >= thresholds.crisis) return 'crisis';
  if (ruleFired) return probability >= thresholds.ruleGate ? 'crisis' : 'check';
  return probability >= thresholds.check ? 'check' : 'none';
}
