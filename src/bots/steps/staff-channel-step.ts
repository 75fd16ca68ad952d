import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import { channelOf, isPersonal, postingReference, referenceIn, TEAMS_CHANNEL_ID } from '../../adapters/teams/teams-conversations.js';
import type { StaffContact } from '../../config.js';
import type { StaffDirectory } from '../../handoff/staff-directory.js';
import { staffChannelText } from '../../handoff/staff-messages.js';
import type { Logger } from '../../logging.js';
import type { StaffChannelRepository } from '../../store/staff-channel.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

const STAFF_CHANNEL_COMMAND = /^\s*\/staffchannel\s*$/i;

/**
 * Teams channels and group chats are staff rooms, never a participant's conversation: only
 * recognised staff are heard there (the rest are told once, in reply, and not enrolled). The
 * bot learns the staff channel when a staff member adds it to a team, or types /staffchannel.
 */
export class StaffChannelStep implements TurnStep {
  readonly name = 'staffChannel';

  constructor(
    private readonly programName: string,
    private readonly directory: StaffDirectory,
    private readonly staffChannel: StaffChannelRepository,
    private readonly logger: Logger,
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const { activity } = context;
    if (activity.channelId !== TEAMS_CHANNEL_ID) return 'continue';
    if (activity.type === ActivityTypes.ConversationUpdate) {
      await this.installed(activity);
      return 'handled';
    }
    const personal = isPersonal(activity);
    // In a channel the bot hears only messages that mention it; the mention is not the command.
    if (!personal && activity.text) activity.text = TurnContext.removeRecipientMention(activity);
    const staff = this.directory.staffOf(activity);
    if (!personal && !staff) {
      this.logger.info({ conversationType: activity.conversation.conversationType, event: 'staff_room_non_staff' }, 'a message from someone who is not staff in a staff room');
      await context.sendActivity(staffChannelText.staffOnly(this.programName));
      return 'handled';
    }
    if (!staff || !STAFF_CHANNEL_COMMAND.test(activity.text ?? '')) return 'continue';
    if (activity.conversation.conversationType !== 'channel') {
      await context.sendActivity(staffChannelText.notAChannel);
      return 'handled';
    }
    await this.learn(activity, staff);
    await context.sendActivity(staffChannelText.learned(this.programName));
    return 'handled';
  }

  // Anyone in an organisation may add the bot to a team; only a staff member's doing makes it the staff channel.
  private async installed(activity: Activity): Promise<void> {
    if (activity.conversation.conversationType !== 'channel') return;
    const staff = this.directory.staffOf(activity);
    if (!staff) {
      this.logger.warn({ event: 'staff_channel_not_learned' }, 'the bot was added to a channel by someone who is not staff; a staff member can type /staffchannel there');
      return;
    }
    await this.learn(activity, staff);
  }

  private async learn(activity: Activity, staff: StaffContact): Promise<void> {
    const conversationId = channelOf(activity.conversation.id);
    await this.staffChannel.saveChannel({ conversationId, reference: referenceIn(postingReference(activity), conversationId) }, staff.name);
    this.logger.info({ staff: staff.name, event: 'staff_channel_learned' }, 'the staff channel is set');
  }
}
