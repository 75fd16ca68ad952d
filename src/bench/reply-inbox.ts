/** A reply the bench waits for: resolved with the `performance.now()` it arrived at. */
interface Waiter {
  readonly resolve: (arrivedAt: number) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Replies per conversation: a client says it expects one before sending, and learns when it
 * arrived. Replies nobody expected are counted, so a turn that answers twice is noticed.
 */
export class ReplyInbox {
  private readonly waiters = new Map<string, Waiter[]>();
  private unexpectedCount = 0;

  constructor(private readonly timeoutMs = 30_000) {}

  /** Replies that arrived while nobody waited for one on their conversation. */
  get unexpected(): number {
    return this.unexpectedCount;
  }

  /** Resolves when the next reply to `conversation` arrives. */
  expect(conversation: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const queue = this.waiters.get(conversation) ?? [];
        this.waiters.set(conversation, queue.filter((waiter) => waiter.timer !== timer));
        reject(new Error(`no reply within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      const queue = this.waiters.get(conversation) ?? [];
      queue.push({ resolve, reject, timer });
      this.waiters.set(conversation, queue);
    });
  }

  /** Records a reply to `conversation` that arrived now. */
  deliver(conversation: string): void {
    const arrivedAt = performance.now();
    const waiter = this.waiters.get(conversation)?.shift();
    if (!waiter) {
      this.unexpectedCount += 1;
      return;
    }
    clearTimeout(waiter.timer);
    waiter.resolve(arrivedAt);
  }
}
