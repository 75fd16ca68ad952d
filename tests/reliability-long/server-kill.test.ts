/**
 * The real server (`node --import tsx src/index.ts`) killed with SIGKILL in the middle of SMS
 * load and started again on the same database; and one of two instances sharing it killed.
 * Twilio's side posts a webhook again, with the same MessageSid, until it is answered 200.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../src/bench/server-process.js';
import { smsInbound } from '../../src/store/schema.js';
import { FIXTURE_PROGRAM } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';
import { OUR_NUMBER, PUBLIC_URL, SmsHarness, until } from '../helpers/sms-harness.js';
import { SCRIPT, TwilioLikeClient, expectAnsweredOnce, recordGolden, textScript, type Golden } from '../helpers/sms-load.js';

const serverUrl = process.env.DATABASE_URL?.trim() || undefined;
const postgres = databaseTargets.find((target) => target.name === 'postgres');
const PEOPLE = 20;

if (!serverUrl) console.warn('[server kill] skipped: these tests need the PostgreSQL server; set DATABASE_URL');

describe.skipIf(!serverUrl || !postgres)('the server killed (SIGKILL) in the middle of SMS load (needs DATABASE_URL)', () => {
  let sms: SmsHarness;
  let programDir: string;
  let env: Record<string, string>;
  let golden: Golden;
  let client: TwilioLikeClient;
  /** The servers up now; a text is posted to one of them. */
  const live: ServerProcess[] = [];
  const all: ServerProcess[] = [];
  let turn = 0;

  const start = async (): Promise<ServerProcess> => {
    const server = await startServerProcess(env);
    live.push(server);
    all.push(server);
    return server;
  };
  const kill = (server: ServerProcess): void => {
    live.splice(live.indexOf(server), 1);
    server.kill();
  };

  beforeAll(async () => {
    sms = await SmsHarness.start(postgres!, { mode: 'none' });
    programDir = mkdtempSync(path.join(tmpdir(), 'peerline-kill-'));
    const program = path.join(programDir, 'program.json');
    // The fixture's 1 text a second is one long code's pace; the test's texts go faster.
    writeFileSync(program, JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE_PROGRAM, 'utf8')), sms: { messagesPerSecond: 100, twilioHandlesOptOutKeywords: true } }));
    env = {
      DATABASE_URL: sms.databaseUrl,
      PROGRAM_CONFIG: program,
      PUBLIC_URL,
      TWILIO_ACCOUNT_SID: sms.fake.accountSid,
      TWILIO_AUTH_TOKEN: sms.fake.authToken,
      TWILIO_PHONE_NUMBER: OUR_NUMBER,
      TWILIO_API_URL: sms.fake.url,
      LOG_LEVEL: 'warn',
    };
    // Two at once: they share the database (and serialise its migrations between them).
    const starting = performance.now();
    await Promise.all([start(), start()]);
    const started = performance.now();
    // Posts go to the servers up now, in turn; a dead one's posts fail and are posted again elsewhere.
    client = new TwilioLikeClient(sms, () => {
      turn += 1;
      return live[turn % Math.max(1, live.length)]?.url ?? 'http://127.0.0.1:9';
    });
    golden = await recordGolden(sms, client).catch((error: unknown) => {
      throw new Error(`${String(error)}; the server's last log lines: ${all.flatMap((server) => server.logTail()).join('\n')}`);
    });
    console.log(`[server kill] two servers healthy in ${Math.round(started - starting)} ms; the script's replies recorded in ${Math.round(performance.now() - started)} ms`);
  });
  afterAll(async () => {
    await Promise.allSettled(all.map((server) => server.stop(2000)));
    await sms?.close();
    if (programDir) rmSync(programDir, { recursive: true, force: true });
  });

  /** Twenty people texting the script; `fault` runs meanwhile; then each text must be answered exactly once. */
  const underLoad = async (name: string, fault: () => Promise<string>) => {
    const started = performance.now();
    const repliesBefore = sms.fake.messages.length;
    const people = Array.from({ length: PEOPLE }, () => sms.newNumber());
    const runs = people.map((person) => textScript(sms, client, person, golden, 4000));
    const atKill = await fault();
    const sids = await Promise.all(runs);
    const figures = await expectAnsweredOnce(
      sms,
      people.map((number, index) => ({ number, sids: sids[index] ?? [] })),
      golden,
      90_000,
    );
    const retried = [...client.deliveries.entries()].filter(([sid, delivery]) => sids.flat().includes(sid) && delivery.outcomes.length > 1).length;
    console.log(
      `[server kill: ${name}] ${figures.texts} texts (${SCRIPT.length} each from ${PEOPLE} people), ${retried} posted again after no answer, ` +
        `at the kill: ${atKill}; ${sms.fake.messages.length - repliesBefore} replies, ${figures.duplicates} duplicates, ${figures.missing} missing, ` +
        `${Math.round(performance.now() - started)} ms`,
    );
  };

  /** Waits until `count` replies arrived for this load, then says what was stored, done and answered. */
  const midLoad = async (repliesFrom: number, count: number): Promise<string> => {
    await until(() => sms.fake.messages.length - repliesFrom >= count, `${count} replies before the kill`, 60_000);
    const rows = await sms.db.select({ status: smsInbound.status, claimedBy: smsInbound.claimedBy }).from(smsInbound);
    const pending = rows.filter((row) => row.status === 'pending');
    return `${rows.length} texts stored, ${pending.length} pending (${pending.filter((row) => row.claimedBy !== null).length} claimed), ${sms.fake.messages.length - repliesFrom} replies`;
  };

  it('one of two servers sharing the database killed: the other answers what it held, once', { timeout: 180_000 }, async () => {
    expect(live).toHaveLength(2);
    const victim = live[0]!;
    await underLoad('two servers, one killed', async () => {
      const state = await midLoad(sms.fake.messages.length, 60);
      kill(victim);
      return state;
    });
  });

  it('the only server killed and started again on the same database: no acknowledged text lost, none answered twice', { timeout: 180_000 }, async () => {
    expect(live).toHaveLength(1);
    const only = live[0]!;
    await underLoad('one server, restarted', async () => {
      const state = await midLoad(sms.fake.messages.length, 60);
      kill(only);
      await start();
      return state;
    });
  });
});
