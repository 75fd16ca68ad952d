import type { Activity } from 'botbuilder';
import type { StaffContact } from '../../config.js';
import type { HandoffCardRepository } from '../../store/handoff-cards.js';
import type { StaffChannelRepository } from '../../store/staff-channel.js';
import { isPersonal, postingReference, referenceIn, TEAMS_CHANNEL_ID, threadOf, threadRootOf } from './teams-conversations.js';

/**
 * What the staff step needs to know about Teams: staff members' chats with the bot, which
 * hand-off a card's thread is about, and where the relay of a hand-off claimed here goes.
 */
export class TeamsStaffConversations {
  constructor(
    private readonly staffChannel: StaffChannelRepository,
    private readonly cards: HandoffCardRepository,
  ) {}

  /** Remembers a staff member's personal chat with the bot, where a hand-off they claim there is relayed. */
  async remember(staff: StaffContact, activity: Partial<Activity>): Promise<void> {
    if (activity.channelId !== TEAMS_CHANNEL_ID || !staff.teamsUserId || !isPersonal(activity)) return;
    await this.staffChannel.saveChat(staff.teamsUserId, postingReference(activity));
  }

  /** The hand-off whose card this activity answers: a button on the card, or a reply in its thread. */
  async handoffOf(activity: Partial<Activity>): Promise<number | undefined> {
    const root = await this.cardRoot(activity);
    return root ? this.cards.handoffOf(root) : undefined;
  }

  /** Where the relay of a hand-off claimed with this activity goes: this chat, or in a channel the card's thread. */
  async relayReference(activity: Partial<Activity>, handoffId: number): Promise<Record<string, unknown> | undefined> {
    if (activity.channelId !== TEAMS_CHANNEL_ID) return undefined;
    const reference = postingReference(activity);
    const conversationId = activity.conversation?.id ?? '';
    if (isPersonal(activity) || threadRootOf(conversationId)) return reference;
    // Claimed at the top of the channel: the relay goes under the card, not into the channel itself.
    const root = (await this.cardRoot(activity)) ?? (await this.cards.forHandoff(handoffId)).at(-1)?.activityId ?? undefined;
    return root ? referenceIn(reference, threadOf(conversationId, root)) : reference;
  }

  private async cardRoot(activity: Partial<Activity>): Promise<string | undefined> {
    if (activity.channelId !== TEAMS_CHANNEL_ID || isPersonal(activity)) return undefined;
    const root = threadRootOf(activity.conversation?.id ?? '');
    if (root) return root;
    // A button pressed on a card whose conversation id carries no thread: the card is the activity replied to.
    const replied = activity.replyToId;
    return replied && (await this.cards.handoffOf(replied)) !== undefined ? replied : undefined;
  }
}
