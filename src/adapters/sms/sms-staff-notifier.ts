import type { StaffContact } from '../../config.js';
import type { AlertOutcome, StaffNotifier } from '../../handoff/staff-notifier.js';
import { setSendKey, type SmsAdapter } from './sms-adapter.js';
import { SMS_CHANNEL_ID, SMS_SERVICE_URL } from './twilio-to-activity.js';

/** Alerts a staff member by text to their phone, through the same queue as every other SMS. */
export class SmsStaffNotifier implements StaffNotifier {
  readonly channel = SMS_CHANNEL_ID;

  constructor(
    private readonly adapter: SmsAdapter,
    private readonly ourNumber: string,
  ) {}

  async notify(staff: StaffContact, text: string, key: string): Promise<AlertOutcome> {
    if (!staff.phone) return 'unreachable';
    const reference = {
      channelId: SMS_CHANNEL_ID,
      serviceUrl: SMS_SERVICE_URL,
      conversation: { id: staff.phone, isGroup: false, conversationType: 'personal', name: '' },
      user: { id: staff.phone, name: '' },
      bot: { id: this.ourNumber, name: '' },
    };
    await this.adapter.continueConversation(reference, async (context) => {
      setSendKey(context, key);
      await context.sendActivity(text);
    });
    return 'sent';
  }
}
