import { type CrisisScreen } from './crisis-screen.js';
import { SCREEN_LEVELS, type ScreenLevel } from './types.js';

/** One labelled message; category and language, when given, break the figures down. */
export interface EvalCase {
  readonly text: string;
  readonly crisis: boolean;
  readonly category?: string;
  readonly lang?: string;
}

/** Recall over one group's crisis lines and false alarms over its other lines. */
export interface GroupFigures {
  crisisTotal: number;
  recall: number;
  otherTotal: number;
  falseAlarmRate: number;
}

/** How well the screen separates crisis from non-crisis messages on a labelled set. */
export interface EvalReport {
  total: number;
  crisisTotal: number;
  /** Crisis lines flagged at either level (`crisis` or `check`). */
  recall: number;
  precision: number;
  /** Other lines flagged at either level. */
  falseAlarmRate: number;
  missed: string[];
  falseAlarms: string[];
  byCategory: Record<string, GroupFigures>;
  byLanguage: Record<string, GroupFigures>;
  /** How many crisis lines and other lines got each level. */
  byLevel: Record<ScreenLevel, { crisisLines: number; otherLines: number }>;
}

interface Tally {
  crisis: number;
  caught: number;
  other: number;
  alarms: number;
}

/** Runs the screen over labelled cases and reports recall, precision, the breakdowns and every miss and false alarm. */
export function evaluateScreen(screen: CrisisScreen, cases: readonly EvalCase[]): EvalReport {
  return evaluateLevels(cases.map((c) => ({ case: c, level: screen.screen(c.text).level })));
}

/** The same figures from levels already given (cross-validation scores its own). */
export function evaluateLevels(judged: readonly { readonly case: EvalCase; readonly level: ScreenLevel }[]): EvalReport {
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  const all: Tally = { crisis: 0, caught: 0, other: 0, alarms: 0 };
  const byCategory = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  const byLevel = Object.fromEntries(SCREEN_LEVELS.map((level) => [level, { crisisLines: 0, otherLines: 0 }])) as EvalReport['byLevel'];
  for (const { case: c, level } of judged) {
    const fired = level !== 'none';
    const tallies = [all, tallyFor(byCategory, c.category), tallyFor(byLanguage, c.lang)];
    for (const tally of tallies) {
      if (!tally) continue;
      if (c.crisis) {
        tally.crisis += 1;
        if (fired) tally.caught += 1;
      } else {
        tally.other += 1;
        if (fired) tally.alarms += 1;
      }
    }
    byLevel[level][c.crisis ? 'crisisLines' : 'otherLines'] += 1;
    if (c.crisis && !fired) missed.push(c.text);
    if (!c.crisis && fired) falseAlarms.push(c.text);
  }
  return {
    total: judged.length,
    crisisTotal: all.crisis,
    recall: ratio(all.caught, all.crisis),
    precision: ratio(all.caught, all.caught + all.alarms),
    falseAlarmRate: all.other === 0 ? 0 : ratio(all.alarms, all.other),
    missed,
    falseAlarms,
    byCategory: figuresOf(byCategory),
    byLanguage: figuresOf(byLanguage),
    byLevel,
  };
}

function tallyFor(groups: Map<string, Tally>, key: string | undefined): Tally | undefined {
  if (key === undefined) return undefined;
  let tally = groups.get(key);
  if (!tally) groups.set(key, (tally = { crisis: 0, caught: 0, other: 0, alarms: 0 }));
  return tally;
}

function figuresOf(groups: Map<string, Tally>): Record<string, GroupFigures> {
  return Object.fromEntries(
    [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, t]) => [key, { crisisTotal: t.crisis, recall: ratio(t.caught, t.crisis), otherTotal: t.other, falseAlarmRate: t.other === 0 ? 0 : ratio(t.alarms, t.other) }]),
  );
}

/** A ratio rounded to four places; an empty denominator counts as perfect recall (false alarms say 0 themselves). */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 10_000) / 10_000;
}
