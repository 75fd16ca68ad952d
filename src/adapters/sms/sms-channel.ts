import type { TurnContext } from 'botbuilder';
import type { AppConfig } from '../../config.js';
import type { Logger } from '../../logging.js';
import type { SmsRoutes } from '../../server.js';
import type { ParticipantRepository } from '../../store/participants.js';
import type { SmsInboundRepository } from '../../store/sms-inbound.js';
import type { SmsOutboundRepository } from '../../store/sms-outbound.js';
import { SmsInboundWorker } from './inbound-worker.js';
import { SmsSender } from './outbound-sender.js';
import { SmsAdapter } from './sms-adapter.js';
import { createSmsRoutes } from './sms-routes.js';
import { createTwilioClient } from './twilio-client.js';
import { SMS_CHANNEL_ID } from './twilio-to-activity.js';

/** The SMS channel's parts, put together: routes in, a worker for stored texts, a sender out. */
export interface SmsChannel {
  readonly adapter: SmsAdapter;
  readonly routes: SmsRoutes;
  start(): void;
  stop(): Promise<void>;
}

export function createSmsChannel(
  config: AppConfig,
  deps: {
    readonly smsInbound: SmsInboundRepository;
    readonly smsOutbound: SmsOutboundRepository;
    readonly participants: ParticipantRepository;
    readonly bot: { run(context: TurnContext): Promise<void> };
    readonly logger: Logger;
  },
): SmsChannel {
  const twilio = config.twilio;
  if (!twilio) throw new Error('SMS is not configured');
  const { smsInbound, smsOutbound, participants, bot, logger } = deps;
  const publicUrl = twilio.publicUrl.replace(/\/+$/, '');

  const onUnsubscribed = async (address: string) => {
    const participant = await participants.findByAddress(SMS_CHANNEL_ID, address);
    if (participant && participant.status !== 'opted_out') await participants.optOut(participant.id);
  };
  const client = createTwilioClient({ accountSid: twilio.accountSid, authToken: twilio.authToken, apiUrl: twilio.apiUrl, timeoutMs: 10_000 });
  const sender = new SmsSender(client, smsOutbound, logger, {
    from: { phoneNumber: twilio.phoneNumber, messagingServiceSid: twilio.messagingServiceSid },
    statusCallbackUrl: `${publicUrl}/api/sms/status`,
    messagesPerSecond: config.program.sms.messagesPerSecond,
    onUnsubscribed,
  });
  const adapter = new SmsAdapter(smsOutbound, () => sender.kick(), { keepAccents: config.program.sms.keepAccents });
  const worker = new SmsInboundWorker(smsInbound, adapter, (context) => bot.run(context), logger);
  const routes = createSmsRoutes({
    authToken: twilio.authToken,
    publicUrl,
    inbound: smsInbound,
    outbound: smsOutbound,
    onStored: () => worker.kick(),
    onUnsubscribed,
    logger,
  });
  return {
    adapter,
    routes,
    start: () => {
      worker.start();
      sender.start();
    },
    stop: async () => {
      await worker.stop();
      await sender.stop();
    },
  };
}
