import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { turnLocks } from './schema.js';

export interface ConversationLockOptions {
  /** How long a lease lives without renewal; a crashed holder's lease expires after this. */
  readonly leaseMs?: number;
  /** How long to wait for another holder before giving up. */
  readonly waitMs?: number;
}

/** A turn that could not start because another turn of the conversation held on too long. */
export class ConversationBusyError extends Error {
  readonly code = 'TURN.CONVERSATION_BUSY';
  constructor() {
    super('another turn of this conversation is still running');
    this.name = 'ConversationBusyError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one conversation's turns one at a time, across every instance on the database.
 * Inside one process a promise chain orders the turns; between processes a row in
 * `turn_locks` is the lease, renewed while the turn runs and expiring if its holder dies.
 *
 * Every hold has its own token (`<instance>/<uuid>`): renewing and releasing touch only the
 * row of that hold, so a holder whose lease ran out cannot release the next holder's lock.
 * A row left by this instance itself (its release failed because the database was away) is
 * stale by construction, since the promise chain lets one turn per conversation run here:
 * it is taken over at once instead of waiting out the lease.
 */
export class ConversationLock {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly owner = randomUUID();
  private readonly leaseMs: number;
  private readonly waitMs: number;

  constructor(
    private readonly db: Db,
    options: ConversationLockOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 15_000;
    this.waitMs = options.waitMs ?? 60_000;
  }

  /** Runs `work` once no other turn of `key` runs here or on another instance. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await previous;
      return await this.runLeased(key, work);
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  private async runLeased<T>(key: string, work: () => Promise<T>): Promise<T> {
    const token = `${this.owner}/${randomUUID()}`;
    await this.acquire(key, token);
    const renewal = setInterval(() => void this.renew(key, token).catch(() => undefined), Math.max(50, this.leaseMs / 3));
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      await this.db
        .delete(turnLocks)
        .where(and(eq(turnLocks.conversationKey, key), eq(turnLocks.owner, token)))
        .catch(() => undefined); // if the database is gone, the row is taken over by our next turn or expires
    }
  }

  private async acquire(key: string, token: string): Promise<void> {
    const deadline = Date.now() + this.waitMs;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      if (await this.tryAcquire(key, token)) return;
      if (Date.now() > deadline) throw new ConversationBusyError();
      await sleep(pause + Math.random() * pause);
    }
  }

  private async tryAcquire(key: string, token: string): Promise<boolean> {
    const expires = sql`now() + ${`${this.leaseMs} milliseconds`}::interval`;
    const rows = await this.db
      .insert(turnLocks)
      .values({ conversationKey: key, owner: token, expiresAt: expires })
      .onConflictDoUpdate({
        target: turnLocks.conversationKey,
        set: { owner: token, expiresAt: expires },
        setWhere: sql`${turnLocks.expiresAt} < now() or starts_with(${turnLocks.owner}, ${`${this.owner}/`})`,
      })
      .returning({ owner: turnLocks.owner });
    return rows.length > 0;
  }

  private async renew(key: string, token: string): Promise<void> {
    await this.db
      .update(turnLocks)
      .set({ expiresAt: sql`now() + ${`${this.leaseMs} milliseconds`}::interval` })
      .where(and(eq(turnLocks.conversationKey, key), eq(turnLocks.owner, token)));
  }
}
