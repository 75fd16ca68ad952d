import type { Logger } from '../logging.js';

/** One periodic clean-up: forgets records older than its age. */
export interface PruneJob {
  readonly name: string;
  readonly keepMs: number;
  readonly prune: (before: Date) => Promise<number>;
}

/**
 * Forgets what is only kept for a while: activity ids used to drop redeliveries, finished due
 * work. Any instance may run it; the deletes are idempotent.
 */
export class Housekeeping {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly jobs: readonly PruneJob[],
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly everyMs = 60 * 60_000,
  ) {}

  start(): void {
    if (this.timer) return;
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
        removed[job.name] = await job.prune(new Date(this.now().getTime() - job.keepMs));
      } catch (error) {
        this.logger.warn({ err: error, job: job.name }, 'housekeeping job failed; will retry');
      }
    }
    this.logger.info({ event: 'housekeeping', removed }, 'housekeeping done');
    return removed;
  }
}
