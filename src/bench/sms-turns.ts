import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../app.js';
import { DEFAULT_PROGRAM_FILE, loadConfig } from '../config.js';
import { createLogger } from '../logging.js';
import { startFakeTwilio, type FakeTwilio } from '../../tests/helpers/fake-twilio.js';
import { inboundSmsParams, postSignedForm } from '../../tests/helpers/twilio-signing.js';
import { ClosedLoop, type LoadResult, type TurnTiming } from './closed-loop.js';
import { ReplyInbox } from './reply-inbox.js';

const PUBLIC_URL = 'https://peerline-bench.example.org';
const OUR_NUMBER = '+12025550100';
// The schema's ceiling (`sms.messagesPerSecond`): the bench measures the bot, not the carrier's pace.
const MESSAGES_PER_SECOND = 1000;

/** A message and how many texts the bot answers it with. */
interface ScriptLine {
  readonly body: string;
  readonly replies: number;
}

// Enrollment as a new participant goes through it: consent, name, place (the last turn also sends the menu).
const ENROLLMENT: readonly ScriptLine[] = [
  { body: 'hi', replies: 1 },
  { body: 'yes', replies: 1 },
  { body: 'Sam', replies: 1 },
  { body: 'Washington DC', replies: 3 },
];
// Then the measured stream: open the menu, pick 2 (My goals: a read of their goals); one text each.
const LOOP: readonly ScriptLine[] = [
  { body: 'menu', replies: 1 },
  { body: '2', replies: 1 },
];

/** Options for {@link benchSmsTurns}. */
export interface SmsBenchOptions {
  readonly databaseUrl: string;
  readonly participants: number;
  readonly warmUpTurns: number;
  readonly measuredTurns: number;
  /** Turns of one participant alone afterwards: the latency without queueing. */
  readonly soloTurns: number;
}

/** The measured phases, plus texts that arrived when none was expected (should be 0). */
export interface SmsBenchResult {
  readonly measured: LoadResult;
  readonly solo: LoadResult;
  readonly unexpectedReplies: number;
}

/**
 * Participants texting the real server concurrently: signed webhooks into /api/sms, replies
 * timed on arrival at a Twilio-compatible server on loopback.
 */
export async function benchSmsTurns(options: SmsBenchOptions): Promise<SmsBenchResult> {
  const fake = await startFakeTwilio();
  const programDir = mkdtempSync(path.join(tmpdir(), 'peerline-bench-program-'));
  let app: App | undefined;
  const inbox = new ReplyInbox();
  const stopDispatch = dispatchReplies(fake, inbox);
  try {
    app = await createApp(loadConfig(benchEnv(fake, options.databaseUrl, writeProgramCopy(programDir))), {
      logger: createLogger('warn', process.stderr),
    });
    const { port } = await app.listen(0, '127.0.0.1');
    const text = texter(`http://127.0.0.1:${port}`, fake, inbox);
    await Promise.all(
      Array.from({ length: options.participants }, async (_, client) => {
        for (const line of ENROLLMENT) await text(client, line);
      }),
    );
    const loop = new ClosedLoop((client, seq) => text(client, LOOP[seq % LOOP.length] ?? { body: 'menu', replies: 1 }));
    await loop.run(options.participants, options.warmUpTurns);
    const measured = await loop.run(options.participants, options.measuredTurns);
    const solo = await loop.run(1, options.soloTurns);
    await new Promise((resolve) => setTimeout(resolve, 500)); // any extra text would arrive by now
    return { measured, solo, unexpectedReplies: inbox.unexpected };
  } finally {
    stopDispatch();
    await app?.close();
    await fake.close();
    rmSync(programDir, { recursive: true, force: true });
  }
}

/** The participant number of client `index`: valid-looking US numbers +1 202 555 2000… */
function participantNumber(index: number): string {
  return `+1202555${String(2000 + index).padStart(4, '0')}`;
}

function benchEnv(fake: FakeTwilio, databaseUrl: string, programFile: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PROGRAM_CONFIG: programFile,
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: fake.accountSid,
    TWILIO_AUTH_TOKEN: fake.authToken,
    TWILIO_PHONE_NUMBER: OUR_NUMBER,
    TWILIO_API_URL: fake.url,
    LOG_LEVEL: 'warn',
  };
}

function writeProgramCopy(dir: string): string {
  const program = JSON.parse(readFileSync(DEFAULT_PROGRAM_FILE, 'utf8')) as Record<string, unknown>;
  const file = path.join(dir, 'program.json');
  writeFileSync(file, JSON.stringify({ ...program, sms: { messagesPerSecond: MESSAGES_PER_SECOND, twilioHandlesOptOutKeywords: true, flood: { texts: 10_000, windowSeconds: 1 } } }));
  return file;
}

/** Sends one participant's text and times it: webhook → 200, and webhook → its last reply at Twilio. */
function texter(base: string, fake: FakeTwilio, inbox: ReplyInbox) {
  return async (client: number, line: ScriptLine): Promise<TurnTiming> => {
    const from = participantNumber(client);
    const replies = Array.from({ length: line.replies }, () => inbox.expect(from));
    const messageSid = `SM${randomBytes(16).toString('hex')}`;
    const params = inboundSmsParams({ messageSid, accountSid: fake.accountSid, from, to: OUR_NUMBER, body: line.body });
    const start = performance.now();
    const response = await postSignedForm(base, '/api/sms', PUBLIC_URL, fake.authToken, params);
    await response.arrayBuffer();
    const ackMs = performance.now() - start;
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    const arrivals = await Promise.all(replies);
    return { latencyMs: Math.max(...arrivals) - start, ackMs };
  };
}

/** Hands every text the fake Twilio accepts to the inbox, by recipient; returns a stop function. */
function dispatchReplies(fake: FakeTwilio, inbox: ReplyInbox): () => void {
  let running = true;
  let seen = 0;
  void (async () => {
    while (running) {
      try {
        await fake.waitForMessages(seen + 1, 1000);
      } catch {
        continue; // quiet for a second: wait again
      }
      for (; seen < fake.messages.length; seen += 1) inbox.deliver(fake.messages[seen]?.to ?? '');
    }
  })();
  return () => {
    running = false;
  };
}
