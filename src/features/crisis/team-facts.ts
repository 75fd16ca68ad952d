import type { Handoff } from '../../store/handoffs.js';
import type { TeamFacts } from './words/index.js';

/** Who has been alerted and how long the person has waited, as the holding conversation tells it. */
export function teamFacts(handoff: Pick<Handoff, 'openedAt' | 'escalationLevel'> | undefined, alerted: boolean, escalationMinutes: number, now: Date): TeamFacts {
  const waited = handoff ? Math.max(0, Math.round((now.getTime() - handoff.openedAt.getTime()) / 60_000)) : 0;
  return { alerted, escalationMinutes, waitedMinutes: waited, escalated: (handoff?.escalationLevel ?? 0) > 0 };
}
