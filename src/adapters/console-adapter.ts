import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type ResourceResponse,
} from 'botbuilder';
import { TextChannelAdapter } from './text-channel-adapter.js';
import { renderActivityForSms, resolveNumberedReply, type SmsOption } from './sms/render.js';

export const CONSOLE_CHANNEL = 'console';

/** Turns typed in a terminal, answered as the SMS participant would see them (numbered options). */
export class ConsoleAdapter extends TextChannelAdapter {
  private lastOptions: readonly SmsOption[] = [];

  constructor(
    private readonly write: (text: string) => void,
    private readonly userId = 'console-user',
  ) {
    super();
  }

  /** Runs one typed line through the bot and resolves when its turn is over. */
  async receive(text: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      id: randomUUID(),
      channelId: CONSOLE_CHANNEL,
      serviceUrl: 'console:',
      from: { id: this.userId, name: this.userId },
      recipient: { id: 'peerline', name: 'peerline' },
      conversation: { id: `console-${this.userId}`, isGroup: false, name: 'console', conversationType: 'personal' },
      timestamp: new Date(),
      text: resolveNumberedReply(text, this.lastOptions),
    };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === ActivityTypes.Message) {
        const rendered = renderActivityForSms(activity);
        this.lastOptions = rendered.options;
        this.write(rendered.text);
      }
      responses.push({ id: randomUUID() });
    }
    return responses;
  }
}
