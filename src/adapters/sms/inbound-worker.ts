import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logging.js';
import type { InboundSms, SmsInboundRepository } from '../../store/sms-inbound.js';
import { ClaimLoop } from '../../scheduler/claim-loop.js';
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
  private readonly loop: ClaimLoop<InboundSms>;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly inbound: SmsInboundRepository,
    private readonly adapter: SmsAdapter,
    private readonly logic: (context: TurnContext) => Promise<void>,
    private readonly logger: Logger,
    options: SmsInboundWorkerOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.loop = new ClaimLoop({
      pollMs: options.pollMs ?? 500,
      capacity: options.concurrency ?? 16,
      claim: (free) => this.inbound.claimNext(this.owner, this.leaseMs, free),
      handle: (message) => this.handle(message),
      onClaimError: (error) => this.logger.warn({ err: error }, 'could not claim inbound texts; will retry'),
    });
  }

  start(): void {
    this.loop.start();
  }

  /** Looks for work now (a webhook just stored a message). */
  kick(): void {
    this.loop.kick();
  }

  /** Stops claiming and waits for every turn in hand: none runs against a closed database. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }

  private async handle(message: InboundSms): Promise<void> {
    const renewal = setInterval(() => void this.inbound.renew(message.id, this.owner, this.leaseMs).catch(() => undefined), this.leaseMs / 3);
    renewal.unref();
    const started = performance.now();
    try {
      await this.adapter.processInbound(message, this.logic);
      await this.inbound.complete(message.id);
      this.logger.debug({ inboundId: message.id, attempts: message.attempts, ms: Math.round(performance.now() - started), event: 'sms_turn_done' }, 'inbound text answered');
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
