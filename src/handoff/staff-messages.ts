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

/** A participant's first name or alias for staff: never their number. */
export function participantAlias(handoff: Pick<Handoff, 'id'>, participant: Pick<Participant, 'name'> | undefined): string {
  return participant?.name ?? `Participant ${handoff.id}`;
}

/** What a staff member hears back after texting CLAIM. */
export const staffClaimText = {
  claimed: (handoff: Handoff, who: string, alias: string) =>
    `Hand-off ${handoff.id} is yours (${who}). ${alias}'s messages come to you here, and what you write goes to ${alias} from the program's number. Reply /end and a short note when you're done.`,
  alreadyClaimed: (handoff: Handoff) => `Hand-off ${handoff.id} was already claimed by ${handoff.claimedBy ?? 'someone else'}.`,
  closed: (id: number) => `Hand-off ${id} is already closed.`,
  unknown: (id: number) => `There is no hand-off ${id}.`,
  usage: 'To take a hand-off, reply CLAIM and its number, for example CLAIM 42.',
};

/** What staff see of the relay. */
export const staffRelayText = {
  fromParticipant: (alias: string, handoffId: number, text: string, flagged: boolean) =>
    `${flagged ? '[CRISIS SCREEN FLAG: crisis lines were sent] ' : ''}${alias} (#${handoffId}): ${text}`,
  earlier: (lines: readonly string[]) => `Before you joined:\n${lines.join('\n')}`,
  ended: (id: number) => `Hand-off ${id} is closed. Thank you.`,
  notYours: (id: number) => `Hand-off ${id} is not one you hold. Reply CLAIM ${id} if it is still open.`,
  noneHeld: 'You hold no hand-off right now. To take one, reply CLAIM and its number, for example CLAIM 42.',
  unreachable: (alias: string) => `That could not be sent: ${alias} has no channel we can reach right now. It is kept in the record.`,
  optedOut: (alias: string, id: number) =>
    `${alias} (#${id}) opted out of texts (STOP). Nothing more can reach them by text, so hand-off ${id} is closed.`,
  erased: (id: number) => `The participant of hand-off ${id} deleted their data; the hand-off is closed.`,
};
