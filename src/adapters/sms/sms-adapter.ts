import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type ResourceResponse,
} from 'botbuilder';
import { TextChannelAdapter } from '../text-channel-adapter.js';
import { isCritical, isErased, setQueuedInboundId } from '../../bots/turn-state.js';
import type { InboundSms } from '../../store/sms-inbound.js';
import type { SmsOutboundRepository } from '../../store/sms-outbound.js';
import type { SmartEncodingOptions } from './gsm7.js';
import { renderActivityForSms, resolveNumberedReply, type SmsOption } from './render.js';
import { splitForSms } from './split.js';
import { twilioToActivity } from './twilio-to-activity.js';

const INBOUND_SID = Symbol('peerline.sms.inboundSid');
const SEND_KEY = Symbol('peerline.sms.sendKey');
const REPLY_SEQ = Symbol('peerline.sms.replySeq');
const OWN_WORDS = Symbol('peerline.sms.ownWords');

/** Gives the texts a proactive turn sends a stable key, so a retried occurrence is never sent twice. */
export function setSendKey(context: TurnContext, key: string): void {
  context.turnState.set(SEND_KEY, key);
}

/** Marks the texts of this turn as relaying a person's own message: their emoji are kept. */
export function markOwnWords(context: TurnContext): void {
  context.turnState.set(OWN_WORDS, true);
}

/** The MessageSid of the stored text this turn answers, if it answers one. */
export function inboundSid(context: TurnContext): string | undefined {
  return context.turnState.get(INBOUND_SID) as string | undefined;
}

/** What an SMS activity's channelData carries besides Twilio's fields. */
export interface SmsTurnData {
  /** The text as typed, before a numbered reply was read as its option: keywords are checked on this. */
  readonly rawText: string;
}

/**
 * The Twilio SMS channel as a botbuilder adapter: a stored inbound text becomes a turn, and
 * what the bot sends is rendered for SMS and queued durably for the sender.
 */
export class SmsAdapter extends TextChannelAdapter {
  constructor(
    private readonly outbound: SmsOutboundRepository,
    private readonly onQueued: () => void,
    private readonly encoding: SmartEncodingOptions = {},
  ) {
    super();
  }

  /** Runs the turn for one stored inbound text; resolves when the turn and its queueing are done. */
  async processInbound(message: InboundSms, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = twilioToActivity(
      {
        MessageSid: message.messageSid,
        From: message.fromAddress,
        To: message.toAddress,
        Body: message.body,
        NumMedia: String(message.numMedia),
        ...(message.optOutType ? { OptOutType: message.optOutType } : {}),
      },
      new Date(message.receivedAt),
    );
    const rawText = activity.text ?? '';
    // A turn run again (its first run was cut off) reads the options the person saw, not those of its own first replies.
    const options = (await this.outbound.latestOptions(message.fromAddress, replyKeyBase(message.messageSid))) as SmsOption[];
    activity.text = resolveNumberedReply(rawText, Array.isArray(options) ? options : []);
    activity.channelData = { ...(activity.channelData as object), rawText } satisfies SmsTurnData;
    const context = new TurnContext(this, activity);
    context.turnState.set(INBOUND_SID, message.messageSid);
    setQueuedInboundId(context, message.messageSid);
    await this.runMiddleware(context, logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    const keyBase = this.keyBase(context);
    for (const activity of activities) {
      if (activity.type !== ActivityTypes.Message) {
        responses.push({ id: '' });
        continue;
      }
      const to = activity.conversation?.id ?? activity.recipient?.id;
      if (!to) throw new Error('an SMS reply needs the participant number as its conversation id');
      // GSM-7 before queueing rather than Twilio's `smartEncoded` flag: what is queued is what is sent, so the
      // tests, the bench and the split count the real segments, and any Twilio-compatible API gets the same text.
      const ownWords = context.turnState.get(OWN_WORDS) === true;
      const rendered = renderActivityForSms(activity, { ...this.encoding, keepEmoji: ownWords });
      const parts = splitForSms(rendered.text);
      const ephemeral = isErased(context);
      const critical = isCritical(context);
      const seq = (context.turnState.get(REPLY_SEQ) as number | undefined) ?? 0;
      context.turnState.set(REPLY_SEQ, seq + 1);
      const rows = parts.map((body, index) => ({
        dedupeKey: `${keyBase}:${seq}:${index}`,
        toAddress: to,
        body,
        options: index === parts.length - 1 ? rendered.options : null,
        ephemeral,
        critical,
      }));
      await this.outbound.enqueue(rows);
      responses.push({ id: rows[0]?.dedupeKey ?? '' });
    }
    this.onQueued();
    return responses;
  }

  // Replies to an inbound text are keyed by its MessageSid: a turn re-run after a crash
  // queues the same keys again, and the unique index drops them.
  private keyBase(context: TurnContext): string {
    const sendKey = context.turnState.get(SEND_KEY) as string | undefined;
    if (sendKey) return `send:${sendKey}`;
    const inboundSid = context.turnState.get(INBOUND_SID) as string | undefined;
    return inboundSid ? replyKeyBase(inboundSid) : `adhoc:${randomUUID()}`;
  }
}

/** The dedupe key prefix of the replies to one inbound text. */
function replyKeyBase(messageSid: string): string {
  return `reply:${messageSid}`;
}
