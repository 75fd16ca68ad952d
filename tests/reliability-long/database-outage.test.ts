/**
 * The PostgreSQL server going away in the middle of SMS load, through a TCP proxy between the
 * app and the server: unreachable for seconds, restarted (every connection cut), and gone in the
 * middle of a turn. Twilio's side is a client that posts a webhook again, with the same
 * MessageSid, until it is answered 200.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, openDatabase } from '../../src/store/database.js';
import { checkIns, participants } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';
import { SmsHarness } from '../helpers/sms-harness.js';
import { SCRIPT, TwilioLikeClient, expectAnsweredOnce, recordGolden, textScript, type Golden } from '../helpers/sms-load.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

const serverUrl = process.env.DATABASE_URL?.trim() || undefined;
const postgres = databaseTargets.find((target) => target.name === 'postgres');
const PEOPLE = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (!serverUrl) console.warn('[database outage] skipped: these tests need the PostgreSQL server; set DATABASE_URL');

describe.skipIf(!serverUrl || !postgres)('the PostgreSQL server going away in the middle of SMS load (needs DATABASE_URL)', () => {
  let proxy: TcpProxy;
  let sms: SmsHarness;
  let client: TwilioLikeClient;
  let golden: Golden;

  beforeAll(async () => {
    const server = new URL(serverUrl ?? '');
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    sms = await SmsHarness.start(postgres!, { appDatabaseUrl: (url) => proxy.via(url) });
    client = new TwilioLikeClient(sms, () => sms.base);
    golden = await recordGolden(sms, client);
  });
  afterEach(() => sms.checkHygiene());
  afterAll(async () => {
    await sms?.close();
    await proxy?.close();
  });

  /** Polls /healthz until stopped; the statuses seen. */
  const watchHealth = () => {
    const seen: number[] = [];
    let watching = true;
    const done = (async () => {
      while (watching) {
        const response = await fetch(`${sms.base}/healthz`).catch(() => undefined);
        seen.push(response?.status ?? 0);
        await response?.arrayBuffer();
        await sleep(200);
      }
    })();
    return {
      seen,
      stop: async () => {
        watching = false;
        await done;
      },
    };
  };

  const health = async () => {
    const response = await fetch(`${sms.base}/healthz`);
    await response.arrayBuffer();
    return response.status;
  };

  /** Twenty people texting the script while `fault` runs; then every text must be answered exactly once. */
  const underLoad = async (name: string, fault: () => Promise<void>) => {
    const started = performance.now();
    const outcomesBefore = client.outcomes();
    const people = Array.from({ length: PEOPLE }, () => sms.newNumber());
    const runs = people.map((person) => textScript(sms, client, person, golden));
    await fault();
    const sids = await Promise.all(runs);
    const figures = await expectAnsweredOnce(
      sms,
      people.map((number, index) => ({ number, sids: sids[index] ?? [] })),
      golden,
    );
    // No turn half-written: each person's check-in is stored once, whole, with the answers they gave.
    const ids = (await sms.db.select({ id: participants.id }).from(participants).where(inArray(participants.address, people))).map((row) => row.id);
    const stored = await sms.db.select().from(checkIns).where(inArray(checkIns.participantId, ids));
    expect(stored).toHaveLength(PEOPLE);
    for (const row of stored) expect(row).toMatchObject({ mood: 6, craving: 3, sleepHours: 7, used: false });
    for (const person of people) {
      const [row] = await sms.db.select({ name: participants.name, status: participants.status }).from(participants).where(eq(participants.address, person));
      expect(row).toMatchObject({ name: 'Jo', status: 'active' });
    }
    expect(await health()).toBe(200);
    const outcomes = Object.fromEntries(Object.entries(client.outcomes()).map(([key, count]) => [key, count - (outcomesBefore[key] ?? 0)]));
    console.log(
      `[database outage: ${name}] ${figures.texts} texts (${SCRIPT.length} each from ${PEOPLE} people), posts answered ${JSON.stringify(outcomes)}, ` +
        `${figures.replies} replies, ${figures.duplicates} duplicates, ${figures.missing} missing, ${proxy.cut} connections cut so far, ` +
        `${Math.round(performance.now() - started)} ms`,
    );
    return outcomes;
  };

  it('unreachable for seconds: webhooks are refused with 503 and /healthz says 503; afterwards every text is answered once, in order', { timeout: 120_000 }, async () => {
    let healthDuring: number[] = [];
    const outcomes = await underLoad('unreachable 4 s', async () => {
      await sleep(1500);
      proxy.unreachable();
      const watch = watchHealth();
      await sleep(4000);
      await watch.stop();
      healthDuring = watch.seen;
      proxy.reachable();
    });
    expect(healthDuring.length).toBeGreaterThan(3);
    expect(healthDuring.every((status) => status === 503), `/healthz during the outage: ${healthDuring.join(' ')}`).toBe(true);
    expect(outcomes['503'], 'webhooks refused during the outage').toBeGreaterThan(0);
    expect(Object.keys(outcomes).filter((status) => status !== '200' && status !== '503'), 'answers other than 200 and 503').toEqual([]);
  });

  it('restarted three times (every connection cut, accepted again at once): every text is answered once, in order', { timeout: 120_000 }, async () => {
    const outcomes = await underLoad('3 restarts', async () => {
      for (let restart = 0; restart < 3; restart += 1) {
        await sleep(1200);
        proxy.restart();
      }
    });
    expect(Object.keys(outcomes).filter((status) => status !== '200' && status !== '503')).toEqual([]);
  });

  it('a connection cut in the middle of a transaction fails that transaction, not the process', async () => {
    const database = await openDatabase({ url: proxy.via(sms.databaseUrl), poolSize: 2 });
    try {
      let inside!: () => void;
      const entered = new Promise<void>((resolve) => (inside = resolve));
      const transaction = database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        inside();
        await sleep(300); // the connection is checked out of the pool, between two statements
        await tx.execute(sql`select 2`);
      });
      await entered;
      proxy.restart();
      const outcome = await transaction.then(() => 'committed', (error: unknown) => error);
      expect(isDatabaseUnavailable(outcome), `the transaction's error: ${String(outcome)}`).toBe(true);
      await expect(database.ping()).resolves.toBe(true);
    } finally {
      await database.close();
    }
  });

  it.each([
    ['before its replies are queued', 'insert into "sms_outbound"'],
    // The state write is a prepared statement: its text crosses the wire once per connection, its name every time.
    ['after its replies are queued, before the conversation state is written', 'bot_state_write'],
    ['after the conversation state is written, before the text is marked done', 'update "sms_inbound" set "status"'],
  ])('gone in the middle of a turn, %s: the turn is run again and answered once, never twice', { timeout: 120_000 }, async (when, marker) => {
    // Twice, well into the load (the 40th such statement, then 50 more on): most people are in their check-in by then.
    let triggered = 0;
    await underLoad(`mid-turn, ${when}`, async () => {
      for (const occurrence of [40, 50]) {
        await Promise.race([proxy.unreachableOn(marker, occurrence).then(() => (triggered += 1)), sleep(20_000)]);
        await sleep(1500);
        proxy.reachable();
      }
    });
    expect(triggered, `the database went away at ${marker}`).toBe(2);
  });
});
