import type { Logger } from '../logging.js';

/** One periodic job: returns how many rows it forgot or fixed. */
export interface HousekeepingJob {
  readonly name: string;
  readonly run: (now: Date) => Promise<number>;
}

/** A job that forgets records older than `keepMs`. */
export function pruneJob(name: string, keepMs: number, prune: (before: Date) => Promise<number>): HousekeepingJob {
  return { name, run: (now) => prune(new Date(now.getTime() - keepMs)) };
}

/**
 * Periodic upkeep: forgets what is only kept for a while (activity ids used to drop
 * redeliveries, finished due work, relay transcripts) and plans schedules left unplanned. Any
 * instance may run it; every job is idempotent.
 */
export class Housekeeping {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly jobs: readonly HousekeepingJob[],
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly everyMs = 60 * 60_000,
  ) {}

  /** Runs every job now and then every hour. */
  start(): void {
    if (this.timer) return;
    this.running = this.runOnce();
    this.timer = setInterval(() => {
      this.running = this.runOnce();
    }, this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs every job once; a failing job is logged and the others still run. */
  async runOnce(): Promise<Record<string, number>> {
    const removed: Record<string, number> = {};
    for (const job of this.jobs) {
      try {
        removed[job.name] = await job.run(this.now());
      } catch (error) {
        this.logger.warn({ err: error, job: job.name }, 'housekeeping job failed; will retry');
      }
    }
    this.logger.info({ event: 'housekeeping', removed }, 'housekeeping done');
    return removed;
  }
}
