import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ProactiveSender } from '../scheduler/reminder-dispatcher.js';

/**
 * Proactive messages on Teams (and the Emulator) through the Bot Connector. The connector has
 * no send key to drop a repeat, so the dispatcher records an occurrence before sending it.
 */
export class BotFrameworkProactiveSender implements ProactiveSender {
  readonly idempotent = false;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  async send(reference: Record<string, unknown>, text: string): Promise<void> {
    await this.post(reference, { type: 'message', text });
  }

  /** Posts an activity (a card, a line in a thread); resolves with the id the connector gave it. */
  async post(reference: Record<string, unknown>, activity: Partial<Activity>): Promise<string | undefined> {
    return this.inConversation(reference, async (context) => (await context.sendActivity(activity))?.id);
  }

  /** Replaces a posted activity (a card that has been claimed). */
  async update(reference: Record<string, unknown>, activity: Partial<Activity> & { readonly id: string }): Promise<void> {
    await this.inConversation(reference, async (context) => {
      await context.updateActivity(activity);
    });
  }

  private async inConversation<T>(reference: Record<string, unknown>, work: (context: TurnContext) => Promise<T>): Promise<T | undefined> {
    // CloudAdapter hands a failure inside the turn to onTurnError, which would write to the
    // person; a proactive send's failure belongs to its caller, which tries again later.
    let failure: unknown;
    let result: T | undefined;
    await this.adapter.continueConversationAsync(this.appId, reference as Partial<ConversationReference>, async (context) => {
      try {
        result = await work(context);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
    return result;
  }
}
