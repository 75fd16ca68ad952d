import type { Request, Response } from 'restify';
import twilio from 'twilio';
import { z } from 'zod';
import type { Logger } from '../../logging.js';
import type { SmsRoutes } from '../../server.js';
import { isDatabaseUnavailable } from '../../store/database.js';
import type { SmsInboundRepository } from '../../store/sms-inbound.js';
import type { SmsOutboundRepository } from '../../store/sms-outbound.js';
import { TWILIO_UNSUBSCRIBED } from './outbound-sender.js';
import { parseTwilioInbound } from './twilio-to-activity.js';

const FORM = 'application/x-www-form-urlencoded';
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

const statusSchema = z.object({
  MessageSid: z.string().regex(/^[A-Za-z0-9]{2,64}$/),
  MessageStatus: z.string().regex(/^[a-z_]{2,32}$/),
  ErrorCode: z.string().regex(/^\d{1,6}$/).optional(),
});

export interface SmsRouteOptions {
  readonly authToken: string;
  readonly publicUrl: string;
  readonly inbound: SmsInboundRepository;
  readonly outbound: SmsOutboundRepository;
  readonly onStored: () => void;
  readonly onUnsubscribed: (address: string) => Promise<void>;
  readonly logger: Logger;
}

const error = (res: Response, status: number, code: string, message: string) => res.send(status, { code, message });

/** The Twilio webhooks: signed or refused, stored before acknowledged. */
export function createSmsRoutes(options: SmsRouteOptions): SmsRoutes {
  const { authToken, publicUrl, inbound, outbound, onStored, onUnsubscribed, logger } = options;

  // Twilio signs the URL it was given (PUBLIC_URL + path and query) and the form fields.
  const signed = (req: Request): boolean => {
    const signature = req.header('x-twilio-signature');
    const params = req.body as unknown;
    if (!signature || typeof params !== 'object' || params === null || Array.isArray(params)) return false;
    const url = `${publicUrl.replace(/\/+$/, '')}${req.url ?? ''}`;
    return twilio.validateRequest(authToken, signature, url, params as Record<string, unknown>);
  };

  // Twilio posts forms; a JSON body with the same fields would still pass the signature check.
  const isForm = (req: Request): boolean => (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase() === FORM;
  const refuseNonForm = (res: Response) => error(res, 415, 'SMS.CONTENT_TYPE', `Twilio webhooks are ${FORM}`);

  return {
    async inbound(req, res) {
      if (!isForm(req)) {
        refuseNonForm(res);
        return;
      }
      if (!signed(req)) {
        error(res, 403, 'SMS.SIGNATURE_INVALID', 'missing or invalid X-Twilio-Signature');
        return;
      }
      const parsed = parseTwilioInbound(req.body);
      if (!parsed.ok) {
        error(res, 400, 'SMS.INBOUND_INVALID', parsed.error);
        return;
      }
      const form = parsed.value;
      try {
        const { inserted } = await inbound.store({
          messageSid: form.MessageSid,
          fromAddress: form.From,
          toAddress: form.To,
          body: form.Body,
          numMedia: Number(form.NumMedia ?? '0'),
          optOutType: form.OptOutType ?? null,
        });
        if (!inserted) logger.info({ event: 'sms_retry' }, 'Twilio retried a text already stored');
        else logger.debug({ messageSid: form.MessageSid, chars: form.Body.length, numMedia: Number(form.NumMedia ?? '0'), event: 'sms_stored' }, 'inbound text stored');
      } catch (cause) {
        // Not stored, so not acknowledged: Twilio keeps it (and its fallback URL can take it).
        logger.error({ err: cause, unavailable: isDatabaseUnavailable(cause) }, 'could not store an inbound text');
        error(res, 503, 'SMS.STORE_FAILED', 'the message could not be stored; please retry');
        return;
      }
      res.setHeader('content-type', 'text/xml');
      res.sendRaw(200, EMPTY_TWIML);
      onStored();
    },

    async status(req, res) {
      if (!isForm(req)) {
        refuseNonForm(res);
        return;
      }
      if (!signed(req)) {
        error(res, 403, 'SMS.SIGNATURE_INVALID', 'missing or invalid X-Twilio-Signature');
        return;
      }
      const parsed = statusSchema.safeParse(req.body);
      if (!parsed.success) {
        error(res, 400, 'SMS.STATUS_INVALID', 'MessageSid and MessageStatus are required');
        return;
      }
      const { MessageSid, MessageStatus, ErrorCode } = parsed.data;
      try {
        const row = await outbound.recordStatus(MessageSid, MessageStatus, ErrorCode);
        if (row && ErrorCode === String(TWILIO_UNSUBSCRIBED)) await onUnsubscribed(row.toAddress);
        if (ErrorCode) logger.warn({ outboundId: row?.id, status: MessageStatus, errorCode: ErrorCode }, 'text not delivered');
        else logger.debug({ outboundId: row?.id, status: MessageStatus, event: 'sms_status' }, 'delivery status recorded');
      } catch (cause) {
        logger.error({ err: cause }, 'could not record a delivery status');
        error(res, 503, 'SMS.STORE_FAILED', 'the status could not be stored; please retry');
        return;
      }
      res.send(204);
    },
  };
}
