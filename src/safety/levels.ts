import type { ScreenLevel } from './types.js';

/** The model's bars, set by cross-validation (`npm run crisis:train`). */
export interface ModelThresholds {
  /** At or above: ask (`check`). */
  readonly check: number;
  /** At or above: the full crisis response, whatever the rules say. */
  readonly crisis: number;
}

/**
 * One verdict from the two readers. A rule that fired is the full crisis response: rules are
 * written for plain statements ("i want to kill myself"), and to meet one with a question
 * would be not listening; when the phrase stood in a safe sentence, the way back in the
 * conversation mends it. Where no rule fired, the model decides: a question above its `check`
 * bar, the full response above its `crisis` bar. Nothing the rules flag is ever silenced.
 */
export function combinedLevel(ruleFired: boolean, probability: number | undefined, thresholds: ModelThresholds | undefined): ScreenLevel {
  if (ruleFired) return 'crisis';
  if (probability === undefined || !thresholds) return 'none';
  if (probability >= thresholds.crisis) return 'crisis';
  return probability >= thresholds.check ? 'check' : 'none';
}
