import type { ProgramConfig } from '../config.js';
import type { Helper } from '../safety-plan/sections.js';
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

/** Why staff are alerted, for a card: the kind of crisis, or that the person asked. */
export function handoffReason(handoff: Pick<Handoff, 'reason' | 'category'> & { readonly saidSafeAt?: Date | null }): string {
  const safe = handoff.saidSafeAt ? ' (says they are safe now)' : '';
  if (handoff.reason === 'crisis') return `Crisis: ${CATEGORY_LABELS[handoff.category ?? ''] ?? 'crisis'}${safe}`;
  return handoff.reason === 'checkin_offer' ? 'Asked for a peer after a check-in' : 'Asked to talk with a peer';
}

/**
 * The text an on-call phone receives about a hand-off. The people from the person's safety
 * plan (shared with consent) are named, never numbered: a number given for someone else
 * does not travel by text; the card in the staff channel carries it.
 */
export function staffAlertText(
  program: ProgramConfig,
  handoff: Handoff,
  participant: Pick<Participant, 'name' | 'status'>,
  level: number,
  planContacts: readonly Helper[] = [],
): string {
  const who = participant.name ?? `participant #${handoff.id}`;
  const what =
    handoff.reason === 'crisis' ? `URGENT crisis (${CATEGORY_LABELS[handoff.category ?? ''] ?? 'crisis'})` : 'asks to talk with a peer';
  const escalation = level > 0 ? ` Not claimed yet: escalation ${level}.` : '';
  const optedOut = participant.status === 'opted_out' ? ' They have opted out of texts, so our reply may not reach them.' : '';
  const names = planContacts.map((helper) => helper.name).filter((name) => name !== '');
  const people = names.length > 0 ? ` People they'd call, from their safety plan: ${names.join(', ')}.` : '';
  return `${program.programName}: ${who} - ${what}. Hand-off ${handoff.id}.${escalation}${optedOut}${people} Reply CLAIM ${handoff.id} to take it.`;
}

/** What staff hear when the person says they are safe: the hand-off is still theirs to look at and close. */
export function staffSaidSafeText(program: ProgramConfig, handoff: Handoff, participant: Pick<Participant, 'name'>): string {
  const who = participant.name ?? `participant #${handoff.id}`;
  return `${program.programName}: ${who} says they are safe now and answered our check reassuringly. Hand-off ${handoff.id} stays open for you to look at and close: reply CLAIM ${handoff.id}.`;
}

/** A participant's first name or alias for staff: never their number. */
export function participantAlias(handoff: Pick<Handoff, 'id'>, participant: Pick<Participant, 'name'> | undefined): string {
  return participant?.name ?? `Participant ${handoff.id}`;
}

/** What a staff member hears back after texting CLAIM. */
export const staffClaimText = {
  claimed: (handoff: Handoff, who: string, alias: string) =>
    `Hand-off ${handoff.id} is yours (${who}). ${alias}'s messages come to you here, and what you write goes to ${alias} from the program's number. Reply /end and a short note when you're done.`,
  claimedOnTeams: (handoff: Handoff, who: string, alias: string) =>
    `Hand-off ${handoff.id} is yours (${who}). ${alias}'s messages come to you here, and what you write here goes to ${alias} (in a channel, mention the bot). Write /end and a short note, or press End on the card, when you're done.`,
  alreadyClaimed: (handoff: Handoff) => `Hand-off ${handoff.id} was already claimed by ${handoff.claimedBy ?? 'someone else'}.`,
  closed: (id: number) => `Hand-off ${id} is already closed.`,
  unknown: (id: number) => `There is no hand-off ${id}.`,
  welcome: (who: string) =>
    `Hi ${who}, you're on the on-call list. Hand-off alerts come to the staff channel; a hand-off you take here (CLAIM and its number) is relayed in this chat.`,
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
  optedOutInCrisis: (alias: string, id: number) =>
    `${alias} (#${id}) opted out of texts (STOP), so our texts may no longer reach them. This was a crisis: hand-off ${id} stays open for you to follow up and close.`,
  erased: (id: number) => `The participant of hand-off ${id} deleted their data; the hand-off is closed.`,
};

/** What the bot says in a Teams channel or group chat, where only staff talk to it. */
export const staffChannelText = {
  learned: (programName: string) => `This channel is now ${programName}'s staff channel: hand-off alerts are posted here.`,
  notAChannel: 'Type /staffchannel in the channel of a team where hand-off alerts should be posted.',
  staffOnly: (programName: string) =>
    `This channel is for ${programName} staff. To talk with ${programName} yourself, open a one-to-one chat with the bot.`,
};
