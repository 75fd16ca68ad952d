/** Twilio's inbound message webhook form: validation, and mapping to a botbuilder message activity. */
import { type Activity, ActivityTypes } from 'botbuilder';
import { z } from 'zod';
import { boundInboundText } from '../../bots/inbound-text.js';

/** Channel id of every SMS activity; dialogs and stores key on it. */
export const SMS_CHANNEL_ID = 'sms';
/** Stands in for a Bot Framework service URL, which SMS has none of. */
export const SMS_SERVICE_URL = 'sms:twilio';
/** Longest inbound text handed to the bot; Twilio itself caps a concatenated SMS at 1600. */
export const MAX_INBOUND_TEXT = 4000;

const MAX_RAW_BODY = 16_000;
const MAX_FIELD = 256;

const sid = z.string().regex(/^[A-Za-z0-9]{2,64}$/);
const e164 = z.string().regex(/^\+[1-9]\d{1,14}$/);
// To is our own sender: a long code in E.164 or a short code.
const ourNumber = z.string().regex(/^\+?\d{3,15}$/);
const shortText = z.string().max(MAX_FIELD);

/** The webhook fields we use; unknown fields are dropped, absurd sizes rejected. */
export const twilioInboundSchema = z.object({
  MessageSid: sid,
  From: e164,
  To: ourNumber,
  Body: z.string().max(MAX_RAW_BODY),
  NumMedia: z.string().regex(/^\d{1,2}$/).optional(),
  OptOutType: shortText.optional(),
  FromCountry: shortText.optional(),
  FromZip: shortText.optional(),
  FromCity: shortText.optional(),
  FromState: shortText.optional(),
});

/** A validated inbound webhook form. */
export type TwilioInbound = z.infer<typeof twilioInboundSchema>;

/** What an SMS activity carries in `channelData`. */
export interface SmsChannelData {
  messageSid: string;
  numMedia: number;
  optOutType?: string;
  fromCountry?: string;
  fromZip?: string;
  fromCity?: string;
  fromState?: string;
}

/** Result of parsing a webhook form; the error names the bad fields and never their values. */
export type TwilioInboundParse = { ok: true; value: TwilioInbound } | { ok: false; error: string };

/** Validates a webhook form without throwing. */
export function parseTwilioInbound(form: unknown): TwilioInboundParse {
  const result = twilioInboundSchema.safeParse(form);
  if (result.success) return { ok: true, value: result.data };
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || '(form)'))].sort();
  return { ok: false, error: `invalid or missing fields: ${fields.join(', ')}` };
}

/** Raised when a form that should have been validated upstream is not valid. */
export class TwilioInboundError extends Error {
  readonly code = 'SMS.INBOUND_INVALID';
}

/** Maps a Twilio inbound webhook form to the message activity the bot sees. */
export function twilioToActivity(form: Record<string, unknown>, receivedAt: Date): Activity {
  const parsed = parseTwilioInbound(form);
  if (!parsed.ok) throw new TwilioInboundError(parsed.error);
  const inbound = parsed.value;
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    id: inbound.MessageSid,
    channelId: SMS_CHANNEL_ID,
    serviceUrl: SMS_SERVICE_URL,
    timestamp: receivedAt,
    from: { id: inbound.From, name: '' },
    recipient: { id: inbound.To, name: '' },
    conversation: { id: inbound.From, name: '', isGroup: false, conversationType: 'personal' },
    text: cleanInboundText(inbound.Body),
    channelData: toChannelData(inbound),
  };
  // Activity marks wire-optional fields (callerId, label, listenFor…) as required; SMS has nothing to put there.
  return activity as Activity;
}

function toChannelData(inbound: TwilioInbound): SmsChannelData {
  return {
    messageSid: inbound.MessageSid,
    numMedia: Number(inbound.NumMedia ?? '0'),
    ...optional('optOutType', inbound.OptOutType),
    ...optional('fromCountry', inbound.FromCountry),
    ...optional('fromZip', inbound.FromZip),
    ...optional('fromCity', inbound.FromCity),
    ...optional('fromState', inbound.FromState),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

/** Line breaks made `\n`, other control characters removed, capped without splitting a surrogate pair. */
// Line breaks as \n, then the same cleaning and bound as every channel, at SMS's tighter cap.
function cleanInboundText(body: string): string {
  return boundInboundText(body.replace(/\r\n?/g, '\n'), MAX_INBOUND_TEXT);
}
