import { COPING_TOOLS, HELPED_AT, type CopingTool } from './tools.js';

/** How a person has rated one tool so far. */
export interface ToolRating {
  readonly tool: CopingTool;
  readonly average: number;
  readonly count: number;
}

/**
 * The tools in the order to offer them to this person: those that helped (best first), then
 * those not tried yet, then those that did not help, so nothing is ever hidden.
 */
export function orderTools(ratings: readonly ToolRating[]): CopingTool[] {
  const rated = new Map(ratings.map((rating) => [rating.tool, rating]));
  const tier = (tool: CopingTool): number => {
    const rating = rated.get(tool);
    if (!rating) return 1;
    return rating.average >= HELPED_AT ? 0 : 2;
  };
  const average = (tool: CopingTool): number => rated.get(tool)?.average ?? 0;
  const count = (tool: CopingTool): number => rated.get(tool)?.count ?? 0;
  return [...COPING_TOOLS].sort(
    (a, b) => tier(a) - tier(b) || average(b) - average(a) || count(b) - count(a) || COPING_TOOLS.indexOf(a) - COPING_TOOLS.indexOf(b),
  );
}
