import { ConversationState, TestAdapter, TurnContext, type StatePropertyAccessor } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeerlineBot } from '../../src/bots/peerline-bot.js';
import type { TurnStep } from '../../src/bots/turn-step.js';
import { sql } from 'drizzle-orm';
import { ConversationLock } from '../../src/store/conversation-lock.js';
import { turnLocks } from '../../src/store/schema.js';
import type { Database } from '../../src/store/database.js';
import { PostgresStorage } from '../../src/store/postgres-storage.js';
import { databaseTargets } from '../helpers/databases.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A step that reads a counter, dawdles, and writes it back plus one: a lost update waiting to happen. */
class SlowCounterStep implements TurnStep {
  readonly name = 'slow-counter';
  constructor(private readonly counter: StatePropertyAccessor<number>) {}
  async run(context: TurnContext): Promise<'handled'> {
    const count = await this.counter.get(context, 0);
    await sleep(40);
    await this.counter.set(context, count + 1);
    return 'handled';
  }
}

/** A lock that does not lock: what the bot would be without serialisation. */
const noLock = { run: <T>(_key: string, work: () => Promise<T>) => work() } as unknown as ConversationLock;

describe.each(databaseTargets)('turns of one conversation on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => database?.close());

  /** Two instances of the bot on one database, as two servers behind a load balancer. */
  const twoInstances = (lockFor: () => ConversationLock) =>
    [0, 1].map(() => {
      const conversationState = new ConversationState(new PostgresStorage(database.db));
      const counter = conversationState.createProperty<number>('count');
      const bot = new PeerlineBot({
        conversationState,
        lock: lockFor(),
        messageSteps: [new SlowCounterStep(counter)],
        greetingSteps: [],
        onTurnError: async (_context, error) => {
          throw error;
        },
      });
      return { bot, counter, conversationState };
    });

  const sendAtOnce = async (instances: ReturnType<typeof twoInstances>, conversationId: string, perInstance: number) => {
    const adapter = new TestAdapter();
    const activity = (i: number) => ({
      ...TestAdapter.createConversation(conversationId),
      type: 'message',
      text: `message ${i}`,
      id: `${conversationId}-${i}`,
    });
    const turns = instances.flatMap((instance, n) =>
      Array.from({ length: perInstance }, (_, i) => instance.bot.run(new TurnContext(adapter, activity(n * perInstance + i)))),
    );
    await Promise.all(turns);
    const reader = new TurnContext(adapter, activity(999));
    return instances[0]!.counter.get(reader, 0);
  };

  it('two activities for one conversation at the same moment, on two instances, are both applied', async () => {
    const instances = twoInstances(() => new ConversationLock(database.db));
    expect(await sendAtOnce(instances, 'serialised', 3)).toBe(6);
  });

  it('without the serialisation the same load loses updates (the test above has teeth)', async () => {
    const instances = twoInstances(() => noLock);
    expect(await sendAtOnce(instances, 'unserialised', 3)).toBeLessThan(6);
  });

  it('a lease left by a crashed instance expires and the conversation goes on', async () => {
    // The row a process killed mid-turn leaves behind: nobody renews or releases it.
    await database.db.insert(turnLocks).values({ conversationKey: 'stuck', owner: 'dead-instance', expiresAt: sql`now() + interval '200 milliseconds'` });
    const survivor = new ConversationLock(database.db, { leaseMs: 200, waitMs: 5_000 });
    const started = Date.now();
    await expect(survivor.run('stuck', async () => 'ran')).resolves.toBe('ran');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('a lock this instance could not release (the database went away) does not hold up its next turn for the lease', async () => {
    let failDeletes = 1;
    // The database as the lock sees it: the release of the first turn is cut off.
    const flaky = new Proxy(database.db, {
      get(target, property, receiver) {
        if (property === 'delete' && failDeletes > 0) {
          failDeletes -= 1;
          return () => ({ where: () => Promise.reject(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' })) });
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const lock = new ConversationLock(flaky, { leaseMs: 10_000, waitMs: 20_000 });
    await lock.run('cut-off', async () => 'first');
    const started = Date.now();
    await expect(lock.run('cut-off', async () => 'second')).resolves.toBe('second');
    expect(Date.now() - started).toBeLessThan(2_000);
    // Another instance still waits for it: only the holder knows its own lock is stale.
    const other = new ConversationLock(database.db, { waitMs: 100 });
    await lock.run('cut-off-2', async () => {
      await expect(other.run('cut-off-2', async () => 'ran')).rejects.toMatchObject({ code: 'TURN.CONVERSATION_BUSY' });
    });
  });

  it('gives up with a clear error when another holder keeps the conversation too long', async () => {
    const holder = new ConversationLock(database.db, { leaseMs: 5_000 });
    let release!: () => void;
    const held = holder.run('busy', () => new Promise<void>((resolve) => (release = resolve)));
    await sleep(20);
    const impatient = new ConversationLock(database.db, { waitMs: 100 });
    await expect(impatient.run('busy', async () => 'ran')).rejects.toMatchObject({ code: 'TURN.CONVERSATION_BUSY' });
    release();
    await held;
  });
});
