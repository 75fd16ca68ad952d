import { type CrisisScreen } from './crisis-screen.js';

/** One labelled message. */
export interface EvalCase {
  readonly text: string;
  readonly crisis: boolean;
}

/** How well the screen separates crisis from non-crisis messages on a labelled set. */
export interface EvalReport {
  total: number;
  crisisTotal: number;
  recall: number;
  precision: number;
  falseAlarmRate: number;
  missed: string[];
  falseAlarms: string[];
}

/** Runs the screen over labelled cases and reports recall, precision and every miss and false alarm. */
export function evaluateScreen(screen: CrisisScreen, cases: readonly EvalCase[]): EvalReport {
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  let truePositives = 0;
  let crisisTotal = 0;
  for (const c of cases) {
    const fired = screen.screen(c.text).crisis;
    if (c.crisis) {
      crisisTotal += 1;
      if (fired) truePositives += 1;
      else missed.push(c.text);
    } else if (fired) {
      falseAlarms.push(c.text);
    }
  }
  const negatives = cases.length - crisisTotal;
  const flagged = truePositives + falseAlarms.length;
  return {
    total: cases.length,
    crisisTotal,
    recall: ratio(truePositives, crisisTotal),
    precision: ratio(truePositives, flagged),
    falseAlarmRate: ratio(falseAlarms.length, negatives),
    missed,
    falseAlarms,
  };
}

/** A ratio rounded to four places; an empty denominator counts as perfect. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 10_000) / 10_000;
}
