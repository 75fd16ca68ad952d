import type { TurnContext } from 'botbuilder';
import { SMS_CHANNEL_ID } from '../../adapters/sms/twilio-to-activity.js';
import type { ProcessedActivityRepository } from '../../store/processed-activities.js';
import { conversationKey } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

/** Drops an activity already handled (a channel's redelivery), before anything reads it. */
export class DedupeStep implements TurnStep {
  readonly name = 'dedupe';

  constructor(private readonly processed: ProcessedActivityRepository) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const { id, channelId } = context.activity;
    // SMS texts are deduplicated by their queue (MessageSid); a turn re-run after a crash must not be dropped here.
    if (!id || channelId === SMS_CHANNEL_ID) return 'continue';
    const first = await this.processed.markProcessed(channelId, id, conversationKey(context));
    return first ? 'continue' : 'handled';
  }
}
