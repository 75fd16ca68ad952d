import type { ProgramConfig } from '../config.js';
import type { Handoff } from '../store/handoffs.js';
import type { Participant } from '../store/participants.js';

// Staff alerts name the kind of crisis (staff need it to prepare), never the message itself.
const CATEGORY_LABELS: Record<string, string> = {
  suicide: 'suicide risk',
  self_harm: 'self-harm',
  overdose_medical: 'overdose or medical emergency',
  harm_to_others: 'risk of harm to others',
  abuse_unsafe: 'abuse or unsafe at home',
  psychosis: 'acute distress with voices or commands',
};

/** The text an on-call phone receives about a hand-off. */
export function staffAlertText(
  program: ProgramConfig,
  handoff: Handoff,
  participant: Pick<Participant, 'name' | 'status'>,
  level: number,
): string {
  const who = participant.name ?? `participant #${handoff.id}`;
  const what =
    handoff.reason === 'crisis' ? `URGENT crisis (${CATEGORY_LABELS[handoff.category ?? ''] ?? 'crisis'})` : 'asks to talk with a peer';
  const escalation = level > 0 ? ` Not claimed yet: escalation ${level}.` : '';
  const optedOut = participant.status === 'opted_out' ? ' They have opted out of texts, so our reply may not reach them.' : '';
  return `${program.programName}: ${who} - ${what}. Hand-off ${handoff.id}.${escalation}${optedOut} Reply CLAIM ${handoff.id} to take it.`;
}

/** What a staff member hears back after texting CLAIM. */
export const staffClaimText = {
  claimed: (handoff: Handoff, who: string) => `Hand-off ${handoff.id} is yours (${who}). Thank you.`,
  alreadyClaimed: (handoff: Handoff) => `Hand-off ${handoff.id} was already claimed by ${handoff.claimedBy ?? 'someone else'}.`,
  closed: (id: number) => `Hand-off ${id} is already closed.`,
  unknown: (id: number) => `There is no hand-off ${id}.`,
  usage: 'To take a hand-off, reply CLAIM and its number, for example CLAIM 42.',
};
