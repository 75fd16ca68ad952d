import type { TurnContext } from 'botbuilder';
import type { StaffContact } from '../../config.js';
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

/**
 * A message from a staff member (their on-call phone, their Teams account) is never a
 * participant's: it is read as a staff command — CLAIM 42, /end with a note — or relayed to
 * the participant of the hand-off they hold.
 */
export class StaffStep implements TurnStep {
  readonly name = 'staff';
  private readonly byPhone: ReadonlyMap<string, StaffContact>;
  private readonly byTeamsId: ReadonlyMap<string, StaffContact>;

  constructor(
    onCall: readonly StaffContact[],
    private readonly handoffs: HandoffRepository,
    private readonly participants: ParticipantRepository,
    private readonly relay: HandoffRelay,
    private readonly logger: Logger,
  ) {
    this.byPhone = new Map(onCall.flatMap((staff) => (staff.phone ? [[staff.phone, staff] as const] : [])));
    this.byTeamsId = new Map(onCall.flatMap((staff) => (staff.teamsUserId ? [[staff.teamsUserId, staff] as const] : [])));
  }

  /** The staff member who sent this activity, if a staff member did. */
  staffOf(context: TurnContext): StaffContact | undefined {
    const { channelId, from } = context.activity;
    if (channelId === 'sms') return this.byPhone.get(from.id);
    if (channelId === 'msteams') return this.byTeamsId.get(from.aadObjectId ?? '') ?? this.byTeamsId.get(from.id);
    return undefined;
  }

  async run(context: TurnContext): Promise<StepOutcome> {
    const staff = this.staffOf(context);
    if (!staff) return 'continue';
    const command = staffCommandOf(context.activity.text ?? '');
    if (!command) {
      await context.sendActivity(staffClaimText.usage);
      return 'handled';
    }
    if (command.kind === 'claim') await this.claim(context, staff, command.handoffId);
    else await this.inHeldHandoff(context, staff, command);
    return 'handled';
  }

  /** Claims a hand-off for `staff`; the first claim wins and a later one is told who has it. */
  async claim(context: TurnContext, staff: StaffContact, id: number): Promise<void> {
    const claimed = await this.handoffs.claim(id, staff.name, context.activity.channelId);
    if (claimed) {
      this.logger.info({ handoffId: id, staff: staff.name, event: 'handoff_claimed' }, 'hand-off claimed');
      const participant = await this.participants.get(claimed.participantId);
      await context.sendActivity(staffClaimText.claimed(claimed, staff.name, participantAlias(claimed, participant)));
      for (const line of await this.relay.claimed(claimed, staff)) await context.sendActivity(line);
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
