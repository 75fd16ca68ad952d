import { randomUUID } from 'node:crypto';
import Bottleneck from 'bottleneck';
import type { Logger } from '../../logging.js';
import type { ClaimedSms, SmsOutboundRepository } from '../../store/sms-outbound.js';
import { ClaimLoop } from '../../scheduler/claim-loop.js';
import { maskPhone } from './phone.js';
import { retryAfterMs, type TwilioClient } from './twilio-client.js';

// How many of a recipient's latest messages are compared when a send is in doubt, and how far
// Twilio's clock may be behind ours.
const RECONCILE_LOOKBACK = 20;
const CLOCK_SKEW_MS = 5 * 60_000;

/** Twilio's error for a recipient who texted STOP: they are opted out at the carrier. */
export const TWILIO_UNSUBSCRIBED = 21610;

export interface SmsSenderOptions {
  readonly from: { readonly phoneNumber?: string; readonly messagingServiceSid?: string };
  readonly statusCallbackUrl: string;
  readonly messagesPerSecond: number;
  readonly maxAttempts?: number;
  readonly pollMs?: number;
  readonly leaseMs?: number;
  /** Called when Twilio says the recipient is unsubscribed (error 21610). */
  readonly onUnsubscribed: (address: string) => Promise<void>;
}

interface TwilioFailure {
  status?: number;
  code?: number;
}

/**
 * Sends queued texts through the Twilio REST API at the sender's rate, retrying 429 and 5xx
 * with backoff (honouring Retry-After), recording Twilio's id and status for each.
 */
export class SmsSender {
  private readonly owner = randomUUID();
  /** Claims whose outcome could not be recorded while the database was away; handed back once it answers. */
  private readonly stranded = new Set<number>();
  private limiter: Bottleneck;
  private readonly loop: ClaimLoop<ClaimedSms>;
  private readonly maxAttempts: number;
  private readonly leaseMs: number;

  constructor(
    private readonly client: TwilioClient,
    private readonly outbound: SmsOutboundRepository,
    private readonly logger: Logger,
    private readonly options: SmsSenderOptions,
  ) {
    this.limiter = this.newLimiter();
    this.maxAttempts = options.maxAttempts ?? 6;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.loop = new ClaimLoop({
      pollMs: options.pollMs ?? 500,
      // No more in hand than the rate sends in half a lease: a claimed text waiting for the rate never outlives its claim.
      capacity: Math.max(1, Math.min(32, Math.floor((options.messagesPerSecond * this.leaseMs) / 2000))),
      claim: async (free) => {
        await this.handBackStranded();
        return this.outbound.claimDue(this.owner, this.leaseMs, free);
      },
      // A text dropped by stop() while it waited for the rate limiter is handed back unsent.
      handle: (message) => this.limiter.schedule(() => this.send(message)).catch(() => this.handBack(message)),
      onClaimError: (error) => this.logger.warn({ err: error }, 'could not claim outbound texts; will retry'),
      // Texts waiting for the rate are handed back at once rather than sent after stop().
      onStopping: () => this.limiter.stop({ dropWaitingJobs: true }).catch(() => undefined),
    });
  }

  start(): void {
    if (this.loop.running) return;
    this.limiter = this.newLimiter();
    this.loop.start();
  }

  kick(): void {
    this.loop.kick();
  }

  /** Stops claiming; a send under way finishes and is recorded, texts still waiting go back to the queue. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }

  // One long code sends about one text a second; Twilio queues beyond that, we queue here first.
  private newLimiter(): Bottleneck {
    return new Bottleneck({ minTime: Math.ceil(1000 / this.options.messagesPerSecond), maxConcurrent: null });
  }

  private async handBack(message: ClaimedSms): Promise<void> {
    await this.outbound
      .unclaim(message.id, this.owner)
      .catch((cause: unknown) => this.logger.warn({ err: cause, outboundId: message.id }, 'could not hand back a text; its lease will expire'));
  }

  private async send(message: ClaimedSms): Promise<void> {
    if (!this.loop.running) return this.handBack(message);
    const { phoneNumber, messagingServiceSid } = this.options.from;
    try {
      // A claimer that died mid-send, or a request that timed out, may have reached Twilio: ask before sending again.
      const already = message.wasInDoubt ? await this.lookUpBeforeResend(message) : undefined;
      if (already) {
        await this.outbound.markSent(message, already.sid, already.status);
        this.logger.warn({ outboundId: message.id, toMasked: maskPhone(message.toAddress), event: 'sms_not_resent' }, 'text was accepted before a crash; not sent again');
        return;
      }
      const sent = await this.client.messages.create({
        to: message.toAddress,
        body: message.body,
        ...(messagingServiceSid ? { messagingServiceSid } : { from: phoneNumber }),
        statusCallback: this.options.statusCallbackUrl,
      });
      await this.outbound.markSent(message, sent.sid, sent.status);
      this.logger.info({ outboundId: message.id, toMasked: maskPhone(message.toAddress), status: sent.status }, 'text sent');
    } catch (error) {
      await this.handleFailure(message, error).catch((cause: unknown) => {
        // Twilio may have it: once the database answers, the text is handed back in doubt (asked about before any resend).
        this.stranded.add(message.id);
        this.logger.warn({ err: cause, outboundId: message.id }, 'could not record a send outcome; will hand it back');
      });
    }
  }

  private async handBackStranded(): Promise<void> {
    for (const id of [...this.stranded]) {
      await this.outbound.releaseInDoubt(id, this.owner);
      this.stranded.delete(id);
    }
  }

  /**
   * Asks Twilio whether it has this text already. A crisis reply or alert whose question keeps
   * failing is sent on its last try rather than marked failed: a possible duplicate is the lesser harm.
   */
  private async lookUpBeforeResend(message: ClaimedSms): Promise<{ sid: string; status: string } | undefined> {
    try {
      return await this.alreadyAccepted(message);
    } catch (error) {
      if (!message.critical || message.attempts < this.maxAttempts) throw error;
      this.logger.warn({ err: error, outboundId: message.id, toMasked: maskPhone(message.toAddress), event: 'sms_sent_in_doubt' }, 'could not ask Twilio about a crisis text in doubt: sending it');
      return undefined;
    }
  }

  /** The message Twilio already accepted for this text, if any: same recipient and body, created since it was queued. */
  private async alreadyAccepted(message: ClaimedSms): Promise<{ sid: string; status: string } | undefined> {
    const since = message.createdAt.getTime() - CLOCK_SKEW_MS;
    const recent = await this.client.messages.list({ to: message.toAddress, limit: RECONCILE_LOOKBACK });
    const match = recent.find((candidate) => candidate.body === message.body && candidate.dateCreated.getTime() >= since);
    return match ? { sid: match.sid, status: match.status } : undefined;
  }

  private async handleFailure(message: ClaimedSms, error: unknown): Promise<void> {
    const { status, code } = (error ?? {}) as TwilioFailure;
    const errorCode = code !== undefined ? String(code) : status !== undefined ? `HTTP_${status}` : 'NETWORK';
    if (code === TWILIO_UNSUBSCRIBED) {
      await this.outbound.markFailed(message.id, errorCode);
      await this.options.onUnsubscribed(message.toAddress);
      this.logger.warn({ outboundId: message.id, toMasked: maskPhone(message.toAddress), errorCode }, 'recipient is unsubscribed at the carrier');
      return;
    }
    const transient = status === undefined || status === 429 || status >= 500;
    if (transient && message.attempts < this.maxAttempts) {
      const backoff = Math.min(60_000, 1000 * 2 ** (message.attempts - 1)) * (0.75 + Math.random() / 2);
      const delay = Math.max(retryAfterMs(error) ?? 0, Math.round(backoff));
      // With no answer at all (a timeout, a dropped connection) Twilio may have the text: the next try asks first.
      await this.outbound.scheduleRetry(message.id, delay, errorCode, status === undefined || message.wasInDoubt);
      this.logger.warn({ outboundId: message.id, errorCode, attempts: message.attempts, retryInMs: delay }, 'send failed; will retry');
      return;
    }
    await this.outbound.markFailed(message.id, errorCode);
    this.logger.error({ outboundId: message.id, errorCode, attempts: message.attempts }, 'send failed for good');
  }
}
