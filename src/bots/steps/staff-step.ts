import { ActivityTypes, type TurnContext } from 'botbuilder';
import { TEAMS_CHANNEL_ID } from '../../adapters/teams/teams-conversations.js';
import type { HandoffCardSubmit } from '../../adapters/teams/handoff-card.js';
import type { TeamsStaffConversations } from '../../adapters/teams/teams-staff-conversations.js';
import type { StaffContact } from '../../config.js';
import type { StaffDirectory } from '../../handoff/staff-directory.js';
import type { HandoffRelay } from '../../handoff/handoff-relay.js';
import { participantAlias, staffClaimText, staffRelayText } from '../../handoff/staff-messages.js';
import type { Logger } from '../../logging.js';
import type { Handoff, HandoffRepository } from '../../store/handoffs.js';
import type { ParticipantRepository } from '../../store/participants.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

const CLAIM = /^\s*(?:claim|ack|take)\s*#?\s*(\d{1,9})\s*[.!]?\s*$/i;
// "/end", "/end 42", "/end 42 talked it through", "/end talked it through"; CLOSE 42 too. Never a
// bare END: on SMS that word opts the sender out.
const END = /^\s*(?:\/end|\/close|close)\b\s*#?(\d{1,9})?\s*[:,-]?\s*([\s\S]*)$/i;
// "#42 see you tomorrow" speaks in hand-off 42 when a peer holds more than one.
const ADDRESSED = /^\s*#(\d{1,9})\s+([\s\S]+)$/;

/** Staff commands, read from the text a staff member sent. */
export type StaffCommand =
  | { readonly kind: 'claim'; readonly handoffId: number }
  | { readonly kind: 'end'; readonly handoffId?: number; readonly note: string | null }
  | { readonly kind: 'say'; readonly handoffId?: number; readonly text: string };

/** What a staff member's message asks for. */
export function staffCommandOf(text: string): StaffCommand | undefined {
  const claim = CLAIM.exec(text);
  if (claim) return { kind: 'claim', handoffId: Number(claim[1]) };
  const end = END.exec(text);
  if (end) return { kind: 'end', ...(end[1] ? { handoffId: Number(end[1]) } : {}), note: end[2]?.trim() || null };
  const addressed = ADDRESSED.exec(text);
  if (addressed) return { kind: 'say', handoffId: Number(addressed[1]), text: addressed[2]!.trim() };
  return text.trim() === '' ? undefined : { kind: 'say', text: text.trim() };
}

/** What a button on a hand-off card asks for (Claim, or End with the card's note). */
export function staffCommandOfSubmit(value: unknown): StaffCommand | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { peerline, handoffId, note } = value as Partial<Record<keyof HandoffCardSubmit, unknown>>;
  const id = typeof handoffId === 'number' ? handoffId : Number(handoffId);
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  if (peerline === 'claim') return { kind: 'claim', handoffId: id };
  if (peerline === 'end') return { kind: 'end', handoffId: id, note: typeof note === 'string' && note.trim() !== '' ? note.trim() : null };
  return undefined;
}

/**
 * A message from a staff member (their on-call phone, their Teams account), or their opening a
 * chat with the bot, is never a participant's. It is read as a staff command (CLAIM 42, /end
 * with a note, a card's button) or relayed to the participant of the hand-off they hold: on
 * Teams, the one whose card's thread they write in.
 */
export class StaffStep implements TurnStep {
  readonly name = 'staff';

  constructor(
    private readonly directory: StaffDirectory,
    private readonly handoffs: HandoffRepository,
    private readonly participants: ParticipantRepository,
    private readonly relay: HandoffRelay,
    private readonly teams: TeamsStaffConversations,
    private readonly logger: Logger,
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const staff = this.directory.staffOf(context.activity);
    if (!staff) return 'continue';
    await this.teams.remember(staff, context.activity);
    if (context.activity.type !== ActivityTypes.Message) {
      // A staff member opening a chat with the bot is greeted as staff, never asked to enroll.
      await context.sendActivity(staffClaimText.welcome(staff.name));
      return 'handled';
    }
    const command = staffCommandOfSubmit(context.activity.value) ?? staffCommandOf(context.activity.text ?? '');
    if (!command) {
      await context.sendActivity(staffClaimText.usage);
      return 'handled';
    }
    if (command.kind === 'claim') {
      await this.claim(context, staff, command.handoffId);
      return 'handled';
    }
    // In a card's thread, a command without a number is about that card's hand-off.
    const handoffId = command.handoffId ?? (await this.teams.handoffOf(context.activity));
    await this.inHeldHandoff(context, staff, handoffId === undefined ? command : { ...command, handoffId });
    return 'handled';
  }

  /** Claims a hand-off for `staff`; the first claim wins and a later one is told who has it. */
  async claim(context: TurnContext, staff: StaffContact, id: number): Promise<void> {
    const { channelId } = context.activity;
    const claimed = await this.handoffs.claim(id, staff.name, channelId, await this.teams.relayReference(context.activity, id));
    if (claimed) {
      this.logger.info({ handoffId: id, staff: staff.name, channel: channelId, event: 'handoff_claimed' }, 'hand-off claimed');
      const alias = participantAlias(claimed, await this.participants.get(claimed.participantId));
      const told = channelId === TEAMS_CHANNEL_ID ? staffClaimText.claimedOnTeams : staffClaimText.claimed;
      await context.sendActivity(told(claimed, staff.name, alias));
      // The participant's own words: plain, so they never render as markup or mentions on Teams.
      for (const line of await this.relay.claimed(claimed, staff)) await context.sendActivity({ type: 'message', text: line, textFormat: 'plain' });
      return;
    }
    const existing = await this.handoffs.get(id);
    const reply = !existing
      ? staffClaimText.unknown(id)
      : existing.status === 'closed'
        ? staffClaimText.closed(id)
        : staffClaimText.alreadyClaimed(existing);
    await context.sendActivity(reply);
  }

  private async inHeldHandoff(context: TurnContext, staff: StaffContact, command: Exclude<StaffCommand, { kind: 'claim' }>): Promise<void> {
    const held = await this.handoffs.heldBy(staff.name);
    const handoff: Handoff | undefined = command.handoffId === undefined ? held[0] : held.find((row) => row.id === command.handoffId);
    if (!handoff) {
      await context.sendActivity(command.handoffId === undefined ? staffRelayText.noneHeld : staffRelayText.notYours(command.handoffId));
      return;
    }
    if (command.kind === 'end') {
      if (await this.relay.end(handoff, staff, command.note)) await context.sendActivity(staffRelayText.ended(handoff.id));
      return;
    }
    if ((await this.relay.fromPeer(handoff, staff, command.text)) === 'unreachable') {
      const participant = await this.participants.get(handoff.participantId);
      await context.sendActivity(staffRelayText.unreachable(participantAlias(handoff, participant)));
    }
  }
}
