import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logging.js';
import { isDatabaseUnavailable } from '../../store/database.js';
import type { InboundSms, SmsInboundRepository } from '../../store/sms-inbound.js';
import { ClaimLoop } from '../../scheduler/claim-loop.js';
import type { SmsAdapter } from './sms-adapter.js';

export interface SmsInboundWorkerOptions {
  readonly concurrency?: number;
  readonly pollMs?: number;
  /** How long a claim lives without renewal: a killed instance's texts wait this long for another. */
  readonly leaseMs?: number;
  /** After this many failed attempts a message is set aside so the sender's next ones go on (a database outage does not count). */
  readonly maxAttempts?: number;
}

// A turn that failed because the database was away is tried again this soon after it is back.
const UNAVAILABLE_RETRY_MS = 1000;

/**
 * Takes stored inbound texts and runs their turns: each exactly once in effect, in order
 * per sender, across restarts and instances (claims are leases in Postgres).
 */
export class SmsInboundWorker {
  private readonly owner = randomUUID();
  /** Claims whose turn failed while the database was away and that could not be handed back then. */
  private readonly stranded = new Set<number>();
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
    this.leaseMs = options.leaseMs ?? 15_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.loop = new ClaimLoop({
      pollMs: options.pollMs ?? 500,
      capacity: options.concurrency ?? 16,
      claim: async (free) => {
        await this.handBackStranded();
        return this.inbound.claimNext(this.owner, this.leaseMs, free);
      },
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
      // A database outage is nobody's fault: the text waits for the database, however long, and is never set aside.
      const unavailable = isDatabaseUnavailable(error);
      const giveUp = !unavailable && message.attempts >= this.maxAttempts;
      const fields = { err: error, inboundId: message.id, attempts: message.attempts, giveUp };
      if (unavailable) this.logger.warn(fields, 'inbound text waits for the database');
      else this.logger.error(fields, 'inbound text failed');
      try {
        if (giveUp) await this.inbound.fail(message.id);
        else await this.inbound.release(message.id, this.owner, unavailable ? UNAVAILABLE_RETRY_MS : Math.min(30_000, 500 * 2 ** message.attempts));
      } catch {
        // The database is away: hand the claim back as soon as it answers again (the lease is the last resort).
        if (!giveUp) this.stranded.add(message.id);
      }
    } finally {
      clearInterval(renewal);
    }
  }

  /** Hands back the claims a failed turn left while the database was away, so they are claimed again now. */
  private async handBackStranded(): Promise<void> {
    for (const id of [...this.stranded]) {
      await this.inbound.release(id, this.owner, 0);
      this.stranded.delete(id);
    }
  }
}
