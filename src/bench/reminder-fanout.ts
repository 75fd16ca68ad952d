import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startFakeTwilio, type FakeTwilio } from '../../tests/helpers/fake-twilio.js';
import { MAX_MESSAGES_PER_SECOND, writeBenchProgram } from './bench-program.js';
import { fanoutNumber, seedDueReminders, type FanoutSeed } from './fanout-seed.js';
import { note } from './figure.js';
import { tallyRecipients, type RecipientTally } from './recipient-tally.js';
import { createBenchDatabase } from './server-database.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

const PUBLIC_URL = 'https://peerline-bench.example.org';
const OUR_NUMBER = '+12025550100';
const INSTANCES = 3;
const WATCH_MS = 250;
const PROGRESS_EVERY_MS = 2_000;
const NOTE_EVERY_MS = 30_000;
// Longer than the reminder lease (120 s) and the text lease (60 s) together: a run that stops
// moving for this long will not move again.
const STALL_MS = 300_000;

/** Options for {@link benchReminderFanout}. */
export interface FanoutOptions {
  /** The PostgreSQL server; the run gets a database of its own there and drops it after. */
  readonly serverUrl: string;
  readonly occurrences: number;
}

/** The seeded occurrences' rows after the run. */
export interface FanoutRows {
  readonly sent: number;
  readonly pending: number;
  /** Skipped rows by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /** Rows claimed more than once: held by the killed instance and taken over when their lease ran out (or retried). */
  readonly claimedTwice: number;
  /** Tomorrow's occurrences planned after each one finished (should equal the occurrences). */
  readonly nextPlanned: number;
  /** Texts still queued. */
  readonly queuedTexts: number;
  /** Texts claimed more than once: held by the killed instance's sender and taken over when its lease ran out. */
  readonly textsClaimedTwice: number;
}

/** When the rows were finished, in epoch milliseconds. */
interface RowTimes {
  /** The last row marked sent on its first claim. */
  readonly firstClaimLastSentAt: number | undefined;
  /** The last row finished after a second claim. */
  readonly takenOverLastDoneAt: number | undefined;
}

/** What one fan-out run saw. */
export interface FanoutResult {
  readonly occurrences: number;
  readonly instances: number;
  /** Each instance's carrier pace, `sms.messagesPerSecond`. */
  readonly messagesPerSecondPerInstance: number;
  readonly tally: RecipientTally;
  /** Texts at the carrier when one instance was killed; undefined if the run ended first. */
  readonly killedAfterMessages: number | undefined;
  /** Rows due (the seed's commit) → the last text at the carrier. */
  readonly elapsedMs: number;
  /** Rows due → the first text at the carrier. */
  readonly firstMessageMs: number | undefined;
  /** Rows marked sent (their text queued) on their first claim, and rows due → the last of them. */
  readonly dispatchedFirstClaim: number;
  readonly dispatchMs: number | undefined;
  /** Rows due → the last row finished after being taken over from the killed instance. */
  readonly takenOverDoneMs: number | undefined;
  /** Recipients with a second text that arrived after the kill while their first arrived before it. */
  readonly duplicatesAcrossKill: number;
  readonly rows: FanoutRows;
  readonly seedMs: number;
  /** Log lines (warnings and worse) the instances wrote. */
  readonly instanceLogLines: number;
  /** Why the run stopped before every occurrence was done, if it did. */
  readonly unfinished?: string;
}

/**
 * A minute's reminders for many people, sent through the real pipeline: occurrences seeded as
 * due in the shared database, three server processes claiming and dispatching them and sending
 * the texts to a Twilio-compatible server on loopback, one process killed with SIGKILL once a
 * third of the texts arrived. Runs until every occurrence is finished and no text is queued.
 */
export async function benchReminderFanout(options: FanoutOptions): Promise<FanoutResult | { readonly skipped: string }> {
  const database = await createBenchDatabase(options.serverUrl);
  if ('skipped' in database) return database;
  const fake = await startFakeTwilio();
  const programDir = mkdtempSync(path.join(tmpdir(), 'peerline-bench-fanout-'));
  const servers: ServerProcess[] = [];
  try {
    const env = instanceEnv(fake, database.url, programDir);
    // All at once: the instances serialise the migrations between them.
    const started = await Promise.allSettled(Array.from({ length: INSTANCES }, () => startServerProcess(env)));
    for (const outcome of started) if (outcome.status === 'fulfilled') servers.push(outcome.value);
    const failed = started.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;

    note(`reminder fan-out: seeding ${options.occurrences} occurrences`);
    const seedStart = performance.now();
    const seed = await seedDueReminders(database.url, options.occurrences, OUR_NUMBER);
    const seedMs = performance.now() - seedStart;
    const victim = servers[INSTANCES - 1];
    if (!victim) throw new Error('no instance to kill');
    const watched = await watchUntilDone(database.url, fake, seed, victim, options.occurrences);
    const rows = await readRows(database.url, seed);
    const expected = Array.from({ length: options.occurrences }, (_, index) => fanoutNumber(index));
    const { first, last } = arrivalSpan(fake);
    const due = seed.dueSince.getTime();
    return {
      occurrences: options.occurrences,
      instances: INSTANCES,
      messagesPerSecondPerInstance: MAX_MESSAGES_PER_SECOND,
      tally: tallyRecipients(expected, fake.messages.map((message) => message.to)),
      killedAfterMessages: watched.killedAfterMessages,
      elapsedMs: last === undefined ? 0 : last - due,
      firstMessageMs: first === undefined ? undefined : first - due,
      dispatchedFirstClaim: rows.dispatchedFirstClaim,
      dispatchMs: rows.times.firstClaimLastSentAt === undefined ? undefined : rows.times.firstClaimLastSentAt - due,
      takenOverDoneMs: rows.times.takenOverLastDoneAt === undefined ? undefined : rows.times.takenOverLastDoneAt - due,
      duplicatesAcrossKill: watched.killedAt === undefined ? 0 : repeatsAcross(fake, watched.killedAt),
      rows: rows.counts,
      seedMs,
      instanceLogLines: servers.reduce((sum, server) => sum + server.logLines, 0),
      ...(watched.unfinished ? { unfinished: watched.unfinished } : {}),
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await fake.close();
    rmSync(programDir, { recursive: true, force: true });
    await database.drop().catch((error: unknown) => note(`could not drop the fan-out database: ${String(error)}`));
  }
}

function instanceEnv(fake: FakeTwilio, databaseUrl: string, programDir: string): Record<string, string> {
  const program = writeBenchProgram(programDir, { reminders: { outsideWindow: 'defer', staleAfterMinutes: 180, maxPerDay: 3 } });
  return {
    DATABASE_URL: databaseUrl,
    PROGRAM_CONFIG: program,
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: fake.accountSid,
    TWILIO_AUTH_TOKEN: fake.authToken,
    TWILIO_PHONE_NUMBER: OUR_NUMBER,
    TWILIO_API_URL: fake.url,
    LOG_LEVEL: 'warn',
  };
}

/** The first and last arrival at the fake Twilio, in epoch milliseconds (a loop: too many for Math.max's arguments). */
function arrivalSpan(fake: FakeTwilio): { first: number | undefined; last: number | undefined } {
  let first: number | undefined;
  let last: number | undefined;
  for (const message of fake.messages) {
    const at = message.receivedAt.getTime();
    if (first === undefined || at < first) first = at;
    if (last === undefined || at > last) last = at;
  }
  return { first, last };
}

/** Recipients whose first text arrived before `moment` (epoch ms) and another one after it. */
function repeatsAcross(fake: FakeTwilio, moment: number): number {
  const firstAt = new Map<string, number>();
  const repeated = new Set<string>();
  for (const message of fake.messages) {
    const at = message.receivedAt.getTime();
    const first = firstAt.get(message.to);
    if (first === undefined) firstAt.set(message.to, at);
    else if (Math.min(first, at) < moment && Math.max(first, at) >= moment) repeated.add(message.to);
  }
  return repeated.size;
}

interface Watched {
  readonly killedAfterMessages: number | undefined;
  /** When the instance was killed, epoch ms. */
  readonly killedAt: number | undefined;
  readonly unfinished?: string;
}

/**
 * Kills `victim` once a third of the texts arrived, and waits until no seeded occurrence is
 * pending and no text is queued, or until the run stalls or runs out of time.
 */
async function watchUntilDone(databaseUrl: string, fake: FakeTwilio, seed: FanoutSeed, victim: ServerProcess, total: number): Promise<Watched> {
  const killAt = Math.ceil(total / 3);
  // Generous: at the carrier's pace this takes about total / 300 s, plus a lease.
  const deadline = performance.now() + 300_000 + total * 10;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let killedAfterMessages: number | undefined;
    let killedAt: number | undefined;
    let last = { messages: -1, pending: -1 };
    let lastMove = performance.now();
    let lastCheck = 0;
    let lastNote = performance.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
      const messages = fake.messages.length;
      if (killedAfterMessages === undefined && messages >= killAt) {
        victim.kill();
        killedAt = Date.now();
        killedAfterMessages = messages;
        note(`reminder fan-out: killed one instance (SIGKILL) after ${messages} texts`);
      }
      const now = performance.now();
      if (now - lastCheck < PROGRESS_EVERY_MS) continue;
      lastCheck = now;
      const { pending, queued } = await progress(client, seed);
      if (pending === 0 && queued === 0) return { killedAfterMessages, killedAt };
      if (messages !== last.messages || pending !== last.pending) lastMove = now;
      last = { messages, pending };
      if (now - lastNote >= NOTE_EVERY_MS) {
        lastNote = now;
        note(`reminder fan-out: ${messages} texts at the carrier, ${pending} occurrences pending, ${queued} texts queued`);
      }
      if (now - lastMove > STALL_MS) return { killedAfterMessages, killedAt, unfinished: `no progress for ${STALL_MS / 1000} s` };
      if (now > deadline) return { killedAfterMessages, killedAt, unfinished: 'timed out' };
    }
  } finally {
    await client.end();
  }
}

async function progress(client: pg.Client, seed: FanoutSeed): Promise<{ pending: number; queued: number }> {
  const { rows } = await client.query<{ pending: number; queued: number }>(
    `select (select count(*)::int from scheduled_messages where status = 'pending' and occurrence_at = $1) as pending,
            (select count(*)::int from sms_outbound where status = 'queued') as queued`,
    [seed.occurrenceAt],
  );
  return rows[0] ?? { pending: -1, queued: -1 };
}

async function readRows(databaseUrl: string, seed: FanoutSeed): Promise<{ counts: FanoutRows; dispatchedFirstClaim: number; times: RowTimes }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const byStatus = await client.query<{ status: string; reason: string | null; rows: number }>(
      `select status, skip_reason as reason, count(*)::int as rows
       from scheduled_messages where occurrence_at = $1 group by status, skip_reason`,
      [seed.occurrenceAt],
    );
    const [other] = (
      await client.query<{
        first_claim: number;
        first_claim_last_ms: string | null;
        twice: number;
        twice_last_ms: string | null;
        next_planned: number;
        queued: number;
        texts_twice: number;
      }>(
        `select count(*) filter (where status = 'sent' and attempts = 1)::int as first_claim,
                (extract(epoch from max(sent_at) filter (where attempts = 1)) * 1000)::bigint::text as first_claim_last_ms,
                count(*) filter (where attempts > 1)::int as twice,
                (extract(epoch from max(done_at) filter (where attempts > 1)) * 1000)::bigint::text as twice_last_ms,
                (select count(*)::int from scheduled_messages where occurrence_at > $1 and status = 'pending') as next_planned,
                (select count(*)::int from sms_outbound where status = 'queued') as queued,
                (select count(*)::int from sms_outbound where attempts > 1) as texts_twice
         from scheduled_messages where occurrence_at = $1`,
        [seed.occurrenceAt],
      )
    ).rows;
    const skipped: Record<string, number> = {};
    let sent = 0;
    let pending = 0;
    for (const row of byStatus.rows) {
      if (row.status === 'sent') sent += row.rows;
      else if (row.status === 'pending') pending += row.rows;
      else skipped[row.reason ?? 'unknown'] = (skipped[row.reason ?? 'unknown'] ?? 0) + row.rows;
    }
    const epochMs = (text: string | null | undefined): number | undefined => (text === null || text === undefined ? undefined : Number(text));
    return {
      counts: {
        sent,
        pending,
        skipped,
        claimedTwice: other?.twice ?? 0,
        nextPlanned: other?.next_planned ?? 0,
        queuedTexts: other?.queued ?? 0,
        textsClaimedTwice: other?.texts_twice ?? 0,
      },
      dispatchedFirstClaim: other?.first_claim ?? 0,
      times: { firstClaimLastSentAt: epochMs(other?.first_claim_last_ms), takenOverLastDoneAt: epochMs(other?.twice_last_ms) },
    };
  } finally {
    await client.end();
  }
}
