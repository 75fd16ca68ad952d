/** The coping exercises, in the order offered to someone who has not rated any yet. */
export const COPING_TOOLS = ['urgeSurfing', 'grounding', 'breathing', 'halt', 'playTapeForward'] as const;

export type CopingTool = (typeof COPING_TOOLS)[number];

/** A check-in craving at or above this is followed by the offer of urge surfing. */
export const URGE_SURFING_AT = 8;

/** A rating at or above this says the tool helped. */
export const HELPED_AT = 3;

/** Whether a stored value is a tool this version knows. */
export function isCopingTool(value: unknown): value is CopingTool {
  return typeof value === 'string' && (COPING_TOOLS as readonly string[]).includes(value);
}
