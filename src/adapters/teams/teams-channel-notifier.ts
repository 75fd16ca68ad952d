import type { Activity, Attachment } from 'botbuilder';
import type { StaffContact } from '../../config.js';
import { handoffReason } from '../../handoff/staff-messages.js';
import type { AlertOutcome, HandoffAlertFacts, StaffMessage, StaffNotifier } from '../../handoff/staff-notifier.js';
import type { Logger } from '../../logging.js';
import type { HandoffCard, HandoffCardRepository } from '../../store/handoff-cards.js';
import type { Handoff } from '../../store/handoffs.js';
import type { StaffChannelRepository } from '../../store/staff-channel.js';
import { cardStateOf, erasedHandoffCard, handoffAlertCard } from './handoff-card.js';
import { referenceIn, TEAMS_CHANNEL_ID, threadOf } from './teams-conversations.js';

/** Posts and replaces activities in Teams conversations (the Bot Framework proactive sender). */
export interface TeamsPoster {
  post(reference: Record<string, unknown>, activity: Partial<Activity>): Promise<string | undefined>;
  update(reference: Record<string, unknown>, activity: Partial<Activity> & { readonly id: string }): Promise<void>;
}

export interface TeamsChannelNotifierDeps {
  readonly programName: string;
  readonly staffChannel: StaffChannelRepository;
  readonly cards: HandoffCardRepository;
  readonly poster: TeamsPoster;
  readonly logger: Logger;
}

/**
 * Staff on Teams. An alert is one card in the staff channel per hand-off and level, however
 * many staff it is for; the relay of a claimed hand-off goes where the peer claimed it: the
 * card's thread or their own chat with the bot.
 */
export class TeamsChannelNotifier implements StaffNotifier {
  readonly channel = TEAMS_CHANNEL_ID;

  constructor(private readonly deps: TeamsChannelNotifierDeps) {}

  async notify(staff: StaffContact, message: StaffMessage, _key: string): Promise<AlertOutcome> {
    if (!staff.teamsUserId) return 'unreachable';
    return message.alert ? this.postAlert(message.alert, message.handoff) : this.postRelay(staff, message);
  }

  /** Redraws the hand-off's cards: claimed by whom (with End), or closed, and the reason as it stands now (they said they are safe). */
  async handoffChanged(handoff: Handoff): Promise<void> {
    const state = cardStateOf(handoff);
    const reason = handoffReason(handoff);
    await this.redraw(await this.deps.cards.forHandoff(handoff.id), (card) =>
      handoffAlertCard(this.deps.programName, { ...(card.facts as HandoffAlertFacts), reason }, state),
    );
  }

  /**
   * The person erased their data: their cards in the staff channel keep only the hand-off's
   * number. Best effort (Teams may be unreachable); the erasure itself goes on regardless.
   */
  async redactCards(handoffIds: readonly number[]): Promise<void> {
    const cards = (await Promise.all(handoffIds.map((id) => this.deps.cards.forHandoff(id)))).flat();
    await this.redraw(
      cards,
      (card) => erasedHandoffCard(this.deps.programName, card.handoffId),
      (card, error) => this.deps.logger.warn({ err: error, handoffId: card.handoffId, event: 'card_not_redacted' }, 'could not redact a hand-off card after an erasure'),
    );
  }

  /** Replaces each posted card in the staff channel with what `draw` makes of it; `onError` (if given) takes a failed one, and the rest go on. */
  private async redraw(cards: readonly HandoffCard[], draw: (card: HandoffCard) => Attachment, onError?: (card: HandoffCard, error: unknown) => void): Promise<void> {
    const channel = cards.length > 0 ? await this.deps.staffChannel.channel() : undefined;
    if (!channel) return;
    for (const card of cards) {
      if (!card.activityId) continue;
      const update = this.deps.poster.update(referenceIn(channel.reference, card.conversationId), { type: 'message', id: card.activityId, attachments: [draw(card)] });
      await (onError ? update.catch((error: unknown) => onError(card, error)) : update);
    }
  }

  private async postAlert(facts: HandoffAlertFacts, handoff: Handoff): Promise<AlertOutcome> {
    const channel = await this.deps.staffChannel.channel();
    if (!channel) return 'unreachable';
    // The first staff member of this level takes the slot and posts; the others are on the same card.
    if (!(await this.deps.cards.reserve(facts.handoffId, facts.level, channel.conversationId, { ...facts }))) return 'sent';
    const card = handoffAlertCard(this.deps.programName, facts, cardStateOf(handoff));
    let activityId: string | undefined;
    try {
      activityId = await this.deps.poster.post(channel.reference, { type: 'message', attachments: [card], summary: `Hand-off ${facts.handoffId}` });
    } catch (error) {
      await this.deps.cards.release(facts.handoffId, facts.level);
      throw error;
    }
    if (activityId) await this.deps.cards.posted(facts.handoffId, facts.level, activityId);
    this.deps.logger.info({ handoffId: facts.handoffId, escalationLevel: facts.level, event: 'handoff_card_posted' }, 'hand-off card posted in the staff channel');
    return 'sent';
  }

  private async postRelay(staff: StaffContact, message: StaffMessage): Promise<AlertOutcome> {
    const reference = await this.relayReference(staff, message.handoff);
    if (!reference) return 'unreachable';
    // Plain text: a participant's words must not render as markup or mentions in the staff channel.
    await this.deps.poster.post(reference, { type: 'message', text: message.text, textFormat: 'plain' });
    return 'sent';
  }

  /** Where the peer follows this hand-off: where they claimed it, else its latest card's thread, else their chat with the bot. */
  private async relayReference(staff: StaffContact, handoff: Handoff): Promise<Record<string, unknown> | undefined> {
    if (handoff.claimedVia === TEAMS_CHANNEL_ID && handoff.claimedReference) return handoff.claimedReference as Record<string, unknown>;
    const card = (await this.deps.cards.forHandoff(handoff.id)).at(-1);
    const channel = card?.activityId ? await this.deps.staffChannel.channel() : undefined;
    if (card?.activityId && channel) return referenceIn(channel.reference, threadOf(card.conversationId, card.activityId));
    return staff.teamsUserId ? this.deps.staffChannel.chat(staff.teamsUserId) : undefined;
  }
}
