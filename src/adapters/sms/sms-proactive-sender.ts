import { markCritical } from '../../bots/turn-state.js';
import type { ProactiveSender } from '../../scheduler/reminder-dispatcher.js';
import { markOwnWords, setSendKey, type SmsAdapter } from './sms-adapter.js';

/** Proactive texts through the SMS queue; the key makes a second send of one occurrence impossible. */
export class SmsProactiveSender implements ProactiveSender {
  readonly idempotent = true;

  constructor(private readonly adapter: SmsAdapter) {}

  async send(
    reference: Record<string, unknown>,
    text: string,
    key: string,
    options: { readonly critical?: boolean; readonly ownWords?: boolean } = {},
  ): Promise<void> {
    await this.adapter.continueConversation(reference, async (context) => {
      setSendKey(context, key);
      if (options.critical) markCritical(context);
      if (options.ownWords) markOwnWords(context);
      await context.sendActivity(text);
    });
  }
}
