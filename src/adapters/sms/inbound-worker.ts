import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logging.js';
import type { InboundSms, SmsInboundRepository } from '../../store/sms-inbound.js';
import type { SmsAdapter } from './sms-adapter.js';

export interface SmsInboundWorkerOptions {
  readonly concurrency?: number;
  readonly pollMs?: number;
  readonly leaseMs?: number;
  /** After this many failed attempts a message is set aside so the sender's next ones go on. */
  readonly maxAttempts?: number;
}

/**
 * Takes stored inbound texts and runs their turns: each exactly once in effect, in order
 * per sender, across restarts and instances (claims are leases in Postgres).
 */
export class SmsInboundWorker {
  private readonly owner = randomUUID();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly inbound: SmsInboundRepository,
    private readonly adapter: SmsAdapter,
    private readonly logic: (context: TurnContext) => Promise<void>,
    private readonly logger: Logger,
    options: SmsInboundWorkerOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 16;
    this.pollMs = options.pollMs ?? 500;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for work now (a webhook just stored a message). */
  kick(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /**
   * Stops claiming and waits for the turns in flight, including those of a claim that was under way: a message
   * claimed after stop returned would run against a closed database and sit leased until its lease ran out.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.pumping;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async pump(): Promise<void> {
    const free = this.concurrency - this.inFlight.size;
    if (free <= 0) return;
    let claimed: InboundSms[];
    try {
      claimed = await this.inbound.claimNext(this.owner, this.leaseMs, free);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not claim inbound texts; will retry');
      return;
    }
    for (const message of claimed) {
      const work = this.handle(message).finally(() => {
        this.inFlight.delete(work);
        this.kick(); // the sender's next message may now be claimable
      });
      this.inFlight.add(work);
    }
  }

  private async handle(message: InboundSms): Promise<void> {
    const renewal = setInterval(() => void this.inbound.renew(message.id, this.owner, this.leaseMs).catch(() => undefined), this.leaseMs / 3);
    renewal.unref();
    try {
      await this.adapter.processInbound(message, this.logic);
      await this.inbound.complete(message.id);
    } catch (error) {
      const giveUp = message.attempts >= this.maxAttempts;
      this.logger.error({ err: error, inboundId: message.id, attempts: message.attempts, giveUp }, 'inbound text failed');
      try {
        if (giveUp) await this.inbound.fail(message.id);
        else await this.inbound.release(message.id, this.owner, Math.min(30_000, 500 * 2 ** message.attempts));
      } catch {
        // The database is away: the lease expires and the message is claimed again.
      }
    } finally {
      clearInterval(renewal);
    }
  }
}
