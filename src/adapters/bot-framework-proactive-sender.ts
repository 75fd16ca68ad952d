import type { CloudAdapter, ConversationReference } from 'botbuilder';
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
    // CloudAdapter hands a failure inside the turn to onTurnError, which would write to the
    // person; a proactive send's failure belongs to the scheduler, which tries again later.
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.appId, reference as Partial<ConversationReference>, async (context) => {
      try {
        await context.sendActivity(text);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
  }
}
