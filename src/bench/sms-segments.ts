import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { segmentCount } from '../adapters/sms/gsm7.js';
import { createApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logging.js';
import type { Lang } from '../messages/language.js';
import { smsInbound, smsOutbound } from '../store/schema.js';
import { startFakeTwilio, type FakeTwilio } from '../../tests/helpers/fake-twilio.js';
import { inboundSmsParams, postSignedForm } from '../../tests/helpers/twilio-signing.js';
import { writeBenchProgram } from './bench-program.js';
import { playConversation, scriptedConversations, SCRIPT_LANGUAGES, type ConversationReplies } from './segment-scripts.js';

const PUBLIC_URL = 'https://peerline-bench.example.org';
const OUR_NUMBER = '+12025550100';
const TURN_TIMEOUT_MS = 20_000;

/** Segments of every reply and of every conversation in one language. */
export interface LanguageSegments {
  readonly lang: Lang;
  readonly perReply: readonly number[];
  readonly perConversation: readonly number[];
  readonly conversations: readonly ConversationReplies[];
}

/**
 * Plays the scripted conversations of every language through the real app over SMS (signed
 * webhooks in, a Twilio-compatible server on loopback out, an embedded database of its own) and
 * counts the segments of each text Twilio was given.
 */
export async function benchSmsSegments(): Promise<LanguageSegments[]> {
  const fake = await startFakeTwilio();
  const dir = mkdtempSync(path.join(tmpdir(), 'peerline-bench-segments-'));
  let app: App | undefined;
  try {
    const config = loadConfig({
      DATA_DIR: path.join(dir, 'data'),
      PROGRAM_CONFIG: writeBenchProgram(dir, { sms: { messagesPerSecond: 1000, twilioHandlesOptOutKeywords: true, flood: { texts: 10_000, windowSeconds: 1 } } }),
      PUBLIC_URL,
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_PHONE_NUMBER: OUR_NUMBER,
      TWILIO_API_URL: fake.url,
      LOG_LEVEL: 'silent',
    });
    app = await createApp(config, { logger: createLogger('silent', process.stderr) });
    const { port } = await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${port}`;
    const results: LanguageSegments[] = [];
    let person = 3000;
    for (const lang of SCRIPT_LANGUAGES) {
      const conversations: ConversationReplies[] = [];
      for (const conversation of scriptedConversations(lang)) {
        const from = `+1202555${String((person += 1)).padStart(4, '0')}`;
        conversations.push(await playConversation(conversation, (text) => exchange(app!, fake, base, from, text)));
      }
      const replies = conversations.map((c) => c.turns.flatMap((turn) => turn.replies.map(segmentCount)));
      results.push({ lang, perReply: replies.flat(), perConversation: replies.map((r) => r.reduce((a, b) => a + b, 0)), conversations });
    }
    return results;
  } finally {
    await app?.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Texts `body` from `from` and returns what Twilio was given for `from` once the turn is done and its texts sent. */
async function exchange(app: App, fake: FakeTwilio, base: string, from: string, body: string): Promise<string[]> {
  const before = fake.messages.filter((m) => m.to === from).length;
  const messageSid = `SM${randomBytes(16).toString('hex')}`;
  const response = await postSignedForm(
    base,
    '/api/sms',
    PUBLIC_URL,
    fake.authToken,
    inboundSmsParams({ messageSid, accountSid: fake.accountSid, from, to: OUR_NUMBER, body }),
  );
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
  const { db } = app.database;
  const deadline = Date.now() + TURN_TIMEOUT_MS;
  for (;;) {
    const [inbound] = await db.select({ status: smsInbound.status }).from(smsInbound).where(eq(smsInbound.messageSid, messageSid));
    const queued = await db.select({ id: smsOutbound.id }).from(smsOutbound).where(and(eq(smsOutbound.status, 'queued'), eq(smsOutbound.toAddress, from)));
    if (inbound !== undefined && inbound.status !== 'pending' && queued.length === 0) break;
    if (Date.now() > deadline) throw new Error(`the reply to "${body}" took more than ${TURN_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return fake.messages.filter((m) => m.to === from).slice(before).map((m) => m.body);
}
