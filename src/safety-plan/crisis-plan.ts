import { helperText, type PlanSections } from './sections.js';

// Enough to act on in a hard moment, short enough to read in one.
const MAX_EACH = 2;

/** What a crisis reply cites from the person's own plan: up to two people to call and two things that help. */
export interface CrisisPlan {
  readonly call: readonly string[];
  readonly coping: readonly string[];
}

/** The crisis reply's part from the plan; undefined when the plan has neither people to ask nor things that help. */
export function planForCrisis(sections: PlanSections): CrisisPlan | undefined {
  const call = sections.helpers.slice(0, MAX_EACH).map(helperText);
  const coping = sections.coping.slice(0, MAX_EACH);
  return call.length + coping.length > 0 ? { call, coping } : undefined;
}
