/** How a claim loop gets and does its work. */
export interface ClaimLoopOptions<T> {
  /** How often to look for work when nobody kicks. */
  readonly pollMs: number;
  /** How many items may be in hand at once. */
  readonly capacity: number;
  /** Claims up to `free` items (row locks and leases in Postgres). */
  readonly claim: (free: number) => Promise<T[]>;
  /** Does one item; it must handle its own failures. */
  readonly handle: (item: T) => Promise<void>;
  readonly onClaimError: (error: unknown) => void;
  /** Runs after claiming has stopped and before the items in hand are awaited. */
  readonly onStopping?: () => Promise<void>;
}

/**
 * Claims work from the database and does it, looking again when kicked, on a timer, and each
 * time an item finishes (the next of a sender's items may only then be claimable). stop()
 * waits for a claim under way and every item it brought, so nothing runs after it returns.
 */
export class ClaimLoop<T> {
  private readonly inHand = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private claiming: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(private readonly options: ClaimLoopOptions<T>) {}

  get running(): boolean {
    return !this.stopped;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for work now. */
  kick(): void {
    if (this.stopped) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    this.claiming = this.claim().finally(() => {
      this.claiming = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.claiming;
    await this.options.onStopping?.();
    while (this.inHand.size > 0) await Promise.allSettled([...this.inHand]);
  }

  private async claim(): Promise<void> {
    const free = this.options.capacity - this.inHand.size;
    if (free <= 0) return;
    let items: T[];
    try {
      items = await this.options.claim(free);
    } catch (error) {
      this.options.onClaimError(error);
      return;
    }
    for (const item of items) {
      const work = this.options.handle(item).finally(() => {
        this.inHand.delete(work);
        this.kick();
      });
      this.inHand.add(work);
    }
  }
}
