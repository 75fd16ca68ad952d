import { ActivityTypes, BotAdapter, TurnContext, type ConversationReference } from 'botbuilder';

/**
 * What the plain-text channels (SMS, the console) share: proactive turns from a stored
 * conversation reference, and no editing or deleting of what was already sent.
 */
export abstract class TextChannelAdapter extends BotAdapter {
  /** Runs `logic` in a proactive turn for a stored conversation reference. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async updateActivity(): Promise<void> {
    throw new Error('a text already sent cannot be edited');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('a text already sent cannot be deleted');
  }
}
