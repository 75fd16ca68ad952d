import type { StaffContact } from '../../config.js';
import type { AlertOutcome, StaffMessage, StaffNotifier } from '../../handoff/staff-notifier.js';
import type { SmsAdapter } from './sms-adapter.js';
import { SmsProactiveSender } from './sms-proactive-sender.js';
import { SMS_CHANNEL_ID, SMS_SERVICE_URL } from './twilio-to-activity.js';

/** Alerts a staff member by text to their phone, through the same queue as every other SMS. */
export class SmsStaffNotifier implements StaffNotifier {
  readonly channel = SMS_CHANNEL_ID;

  private readonly sender: SmsProactiveSender;

  constructor(
    adapter: SmsAdapter,
    private readonly ourNumber: string,
  ) {
    this.sender = new SmsProactiveSender(adapter);
  }

  async notify(staff: StaffContact, message: StaffMessage, key: string): Promise<AlertOutcome> {
    if (!staff.phone) return 'unreachable';
    const reference = {
      channelId: SMS_CHANNEL_ID,
      serviceUrl: SMS_SERVICE_URL,
      conversation: { id: staff.phone, isGroup: false, conversationType: 'personal', name: '' },
      user: { id: staff.phone, name: '' },
      bot: { id: this.ourNumber, name: '' },
    };
    // Staff texts carry the participant's own words (relay lines, the earlier messages): their emoji stay.
    await this.sender.send(reference, message.text, key, { critical: message.handoff.urgency === 'urgent', ownWords: true });
    return 'sent';
  }
}
