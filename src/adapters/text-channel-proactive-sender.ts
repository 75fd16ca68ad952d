import type { ProactiveSender } from '../scheduler/reminder-dispatcher.js';
import type { TextChannelAdapter } from './text-channel-adapter.js';

/** Proactive messages on a plain-text channel with no send key of its own (the terminal of `npm run chat`). */
export class TextChannelProactiveSender implements ProactiveSender {
  readonly idempotent = false;

  constructor(private readonly adapter: TextChannelAdapter) {}

  async send(reference: Record<string, unknown>, text: string): Promise<void> {
    await this.adapter.continueConversation(reference, async (context) => {
      await context.sendActivity(text);
    });
  }
}
