/** The whole app with the SMS channel on loopback: signed webhooks in, a fake Twilio out, one shared database. */
import { randomBytes } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { expect } from 'vitest';
import { listen } from '../../src/server.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import type { Participant } from '../../src/store/participants.js';
import { smsInbound, smsOutbound } from '../../src/store/schema.js';
import { SMS_CHANNEL_ID } from '../../src/adapters/sms/twilio-to-activity.js';
import { startTestApp, type TestApp } from './app.js';
import type { DatabaseTarget } from './databases.js';
import { startFakeTwilio, type FakeTwilio, type FakeTwilioMessage } from './fake-twilio.js';
import { inboundSmsParams, postSignedForm, type SignedPostOptions } from './twilio-signing.js';

/** The external base URL Twilio is given; signatures are made for it. */
export const PUBLIC_URL = 'https://peerline.example.org';
/** Our long code. */
export const OUR_NUMBER = '+12025550100';
/** Where Twilio should send delivery reports. */
export const STATUS_CALLBACK_URL = `${PUBLIC_URL}/api/sms/status`;

/** Opt-out words that must never appear in a text as a command (STOP is checked apart). */
export const OPT_OUT_COMMAND = /\b(CANCEL|END|QUIT|STOPALL|UNSUBSCRIBE|REVOKE|OPTOUT)\b/;
const OPTION_TITLE_OPT_OUT = /^\d+ (stop|stopall|unsubscribe|cancel|end|quit|revoke|optout)$/im;
const STOP_ALLOWED = /Reply STOP\b|STOP to opt out/g;

/** A flood limit scripted conversations never reach. */
export const NO_FLOOD_LIMIT = { texts: 10_000, windowSeconds: 1 } as const;

/** Options for {@link SmsHarness.start}. */
export interface SmsHarnessOptions {
  /** The per-sender rate in the program file copy; high by default so tests do not wait on it. */
  readonly messagesPerSecond?: number;
  readonly twilioHandlesOptOutKeywords?: boolean;
  /** The flood limit; scripted conversations type faster than people, so it is out of their way by default. */
  readonly flood?: { readonly texts: number; readonly windowSeconds: number };
  /** Extra or changed environment settings for every instance. */
  readonly env?: Readonly<Record<string, string>>;
  /** The clock every instance reads (scheduler tests move it instead of sleeping). */
  readonly now?: () => Date;
  /** Further program file changes for every instance. */
  readonly program?: Readonly<Record<string, unknown>>;
  /**
   * On the PostgreSQL server: the URL the app instances connect with, from the database's own
   * (a fault-injecting proxy in between). The harness's own queries go straight to the server.
   */
  readonly appDatabaseUrl?: (url: string) => string;
}

/** How an instance runs: everything, HTTP without the SMS workers (a process that dies after acknowledging), or nothing. */
export type InstanceMode = 'full' | 'http-only' | 'none';

/** One app on the harness's database. */
export interface SmsInstance {
  readonly test: TestApp;
  /** Where it listens (empty when it does not). */
  readonly base: string;
  readonly closed: boolean;
  close(): Promise<void>;
}

/** A database several app instances open at once; dropped (or closed) by the harness at the end. */
interface SharedDatabase {
  readonly name: DatabaseTarget['name'];
  /** A handle for one app: closing it leaves the database to the others. */
  handle(): Promise<Database>;
  readonly db: Database['db'];
  /** The database's URL on the PostgreSQL server (undefined on PGlite). */
  readonly url?: string;
  close(): Promise<void>;
}

async function openShared(target: DatabaseTarget, appUrl: (url: string) => string = (url) => url): Promise<SharedDatabase> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (target.name === 'postgres' && serverUrl) {
    const name = `peerline_sms_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handles: Database[] = [];
    const open = async (via = (plain: string) => plain) => {
      const database = await openDatabase({ url: via(url.toString()), poolSize: 8 });
      handles.push(database);
      return database;
    };
    // The harness's own handle, for its queries: apps come and go with theirs.
    const own = await open();
    return {
      name: target.name,
      db: own.db,
      url: url.toString(),
      handle: () => open(appUrl),
      close: async () => {
        await Promise.allSettled(handles.map((database) => database.close()));
        await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  // PGlite lives in this process: every instance gets the same Database object.
  const database = await target.open();
  return {
    name: target.name,
    db: database.db,
    handle: async () => ({ ...database, close: async () => undefined }),
    close: () => database.close(),
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let numberSeq = 100 + Math.floor(Math.random() * 100);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something other than undefined/false. */
export async function until<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(15);
  }
}

/**
 * The SMS channel end to end: a fake Twilio, one database, and one or more app instances on it.
 * It remembers every body and number a test sends, so {@link checkHygiene} can scan logs and replies.
 */
export class SmsHarness {
  readonly instances: SmsInstance[] = [];
  private readonly sentBodies = new Set<string>();
  private readonly numbers = new Set<string>([OUR_NUMBER]);
  private hygieneFrom = 0;
  private readonly logOffsets = new Map<SmsInstance, number>();

  private constructor(
    readonly fake: FakeTwilio,
    private readonly shared: SharedDatabase,
    private readonly smsProgram: { readonly messagesPerSecond: number; readonly twilioHandlesOptOutKeywords: boolean; readonly flood: { readonly texts: number; readonly windowSeconds: number } },
    private readonly env: Readonly<Record<string, string>>,
    private readonly appOptions: { readonly now?: () => Date; readonly program?: Readonly<Record<string, unknown>> } = {},
  ) {}

  /** A fake Twilio, a database of `target`, and one full instance listening on loopback. */
  static async start(target: DatabaseTarget, options: SmsHarnessOptions & { mode?: InstanceMode } = {}): Promise<SmsHarness> {
    const fake = await startFakeTwilio();
    const shared = await openShared(target, options.appDatabaseUrl);
    const sms = {
      messagesPerSecond: options.messagesPerSecond ?? 100,
      twilioHandlesOptOutKeywords: options.twilioHandlesOptOutKeywords ?? true,
      flood: options.flood ?? NO_FLOOD_LIMIT,
    };
    const harness = new SmsHarness(fake, shared, sms, options.env ?? {}, { now: options.now, program: options.program });
    await harness.addInstance(options.mode ?? 'full');
    return harness;
  }

  /** The first instance. */
  get app(): TestApp {
    return this.first.test;
  }

  /** Where the most recently started instance that is still open listens. */
  get base(): string {
    const listening = this.instances.filter((instance) => instance.base !== '' && !instance.closed).at(-1);
    if (!listening) throw new Error('no instance is listening');
    return listening.base;
  }

  get db(): Database['db'] {
    return this.shared.db;
  }

  /** The harness database's URL on the PostgreSQL server, for a server started as its own process. */
  get databaseUrl(): string {
    if (this.shared.url === undefined) throw new Error('the harness database is not on a PostgreSQL server');
    return this.shared.url;
  }

  private get first(): SmsInstance {
    const instance = this.instances[0];
    if (!instance) throw new Error('no instance');
    return instance;
  }

  /** Another app instance on the same database. */
  async addInstance(mode: InstanceMode = 'full'): Promise<SmsInstance> {
    const shared = this.shared;
    const target: DatabaseTarget = { name: shared.name, open: () => shared.handle() };
    const test = await startTestApp(
      target,
      {
        TWILIO_ACCOUNT_SID: this.fake.accountSid,
        TWILIO_AUTH_TOKEN: this.fake.authToken,
        TWILIO_PHONE_NUMBER: OUR_NUMBER,
        TWILIO_API_URL: this.fake.url,
        PUBLIC_URL,
        ...this.env,
      },
      { now: this.appOptions.now, program: { ...this.appOptions.program, sms: this.smsProgram } },
    );
    let base = '';
    if (mode === 'full') base = `http://127.0.0.1:${(await test.app.listen(0, '127.0.0.1')).port}`;
    if (mode === 'http-only') base = `http://127.0.0.1:${(await listen(test.app.server, 0, '127.0.0.1')).port}`;
    let closing: Promise<void> | undefined;
    const instance: SmsInstance = {
      test,
      base,
      get closed() {
        return closing !== undefined;
      },
      close: () => (closing ??= test.close()),
    };
    this.instances.push(instance);
    return instance;
  }

  /** A fresh participant number, +1202555xxxx. */
  newNumber(): string {
    numberSeq += 1;
    const number = `+1202555${String(numberSeq % 10_000).padStart(4, '0')}`;
    this.numbers.add(number);
    return number;
  }

  /** Posts a signed form to `path` on an instance (the first by default). */
  post(pathName: string, params: Record<string, string>, options: SignedPostOptions & { base?: string; signedFor?: string } = {}): Promise<Response> {
    const { base = this.base, signedFor = PUBLIC_URL, ...signing } = options;
    return postSignedForm(base, pathName, signedFor, this.fake.authToken, params, signing);
  }

  /** A participant's text as Twilio posts it; resolves with the response and the MessageSid used. */
  async text(
    from: string,
    body: string,
    extra: Record<string, string> = {},
    options: { base?: string } = {},
  ): Promise<{ response: Response; messageSid: string }> {
    this.numbers.add(from);
    if (body.trim().length >= 6) this.sentBodies.add(body);
    const messageSid = extra.MessageSid ?? newMessageSid();
    const params = inboundSmsParams({ messageSid, accountSid: this.fake.accountSid, from, to: OUR_NUMBER, body, extra });
    const response = await this.post('/api/sms', params, options);
    return { response, messageSid };
  }

  /** Texts `body` and expects a 200 acknowledgement. */
  async say(from: string, body: string, extra: Record<string, string> = {}, options: { base?: string } = {}): Promise<string> {
    const { response, messageSid } = await this.text(from, body, extra, options);
    expect(response.status, `ack for a text from ${from}`).toBe(200);
    await response.arrayBuffer();
    return messageSid;
  }

  /** Texts `body`, waits for `count` more replies to `from`, returns the new ones. */
  async exchange(from: string, body: string, count = 1, extra: Record<string, string> = {}): Promise<string[]> {
    const before = this.sentTo(from).length;
    await this.say(from, body, extra);
    const replies = await this.waitForReplies(from, before + count);
    return replies.slice(before).map((message) => message.body);
  }

  /** What the fake Twilio accepted for `to`, oldest first. */
  sentTo(to: string): FakeTwilioMessage[] {
    return this.fake.messages.filter((message) => message.to === to);
  }

  async waitForReplies(to: string, count: number, timeoutMs = 8000): Promise<FakeTwilioMessage[]> {
    return until(() => (this.sentTo(to).length >= count ? this.sentTo(to) : undefined), `${count} texts to ${to} (got ${this.sentTo(to).length})`, timeoutMs);
  }

  /** Every one of these texts is stored (an acknowledged text must be). */
  async expectStored(messageSids: readonly string[]): Promise<void> {
    const rows = await this.db.select({ id: smsInbound.id }).from(smsInbound).where(inArray(smsInbound.messageSid, [...messageSids]));
    expect(rows, 'every acknowledged text is stored').toHaveLength(messageSids.length);
  }

  /** Waits until these inbound texts are processed and their replies handed to Twilio (or given up on). */
  async waitProcessed(messageSids: readonly string[], timeoutMs = 8000): Promise<void> {
    await until(
      async () => {
        const rows = await this.db.select({ status: smsInbound.status }).from(smsInbound).where(inArray(smsInbound.messageSid, [...messageSids]));
        return rows.length === messageSids.length && rows.every((row) => row.status !== 'pending');
      },
      `inbound ${messageSids.join(', ')} processed`,
      timeoutMs,
    );
    await this.waitOutboundSettled(timeoutMs);
  }

  /** Waits until no text is queued for sending right now. */
  async waitOutboundSettled(timeoutMs = 8000): Promise<void> {
    await until(
      async () => (await this.db.select({ id: smsOutbound.id }).from(smsOutbound).where(eq(smsOutbound.status, 'queued'))).length === 0,
      'the outbound queue to drain',
      timeoutMs,
    );
  }

  async inboundRows(messageSid: string) {
    return this.db.select().from(smsInbound).where(eq(smsInbound.messageSid, messageSid));
  }

  /** How many inbound texts are stored, whatever their state. */
  async inboundCount(): Promise<number> {
    return (await this.db.select({ id: smsInbound.id }).from(smsInbound)).length;
  }

  async outboundRows(to: string) {
    return this.db.select().from(smsOutbound).where(eq(smsOutbound.toAddress, to)).orderBy(asc(smsOutbound.id));
  }

  async participant(address: string): Promise<Participant | undefined> {
    return this.app.app.participants.findByAddress(SMS_CHANNEL_ID, address);
  }

  /**
   * Every text sent since the last check uses no opt-out word as a command, and no log line of any instance
   * holds a body a test sent or a full phone number.
   */
  checkHygiene(): void {
    for (const message of this.fake.messages.slice(this.hygieneFrom)) {
      expect(message.body, 'a reply uses an opt-out word as a command').not.toMatch(OPT_OUT_COMMAND);
      expect(message.body, 'an option title is an opt-out word').not.toMatch(OPTION_TITLE_OPT_OUT);
      expect(message.body.replace(STOP_ALLOWED, ''), 'STOP outside "Reply STOP"/"STOP to opt out"').not.toMatch(/\bSTOP\b/);
    }
    this.hygieneFrom = this.fake.messages.length;
    const nationals = [...this.numbers].map((number) => number.replace(/^\+1/, ''));
    for (const instance of this.instances) {
      const lines = instance.test.logs.lines.slice(this.logOffsets.get(instance) ?? 0);
      this.logOffsets.set(instance, instance.test.logs.lines.length);
      for (const line of lines) {
        for (const body of this.sentBodies) expect(line.includes(body), `a log line holds a message body: ${line.slice(0, 200)}`).toBe(false);
        for (const national of nationals) expect(line.includes(national), `a log line holds a phone number: ${line.slice(0, 200)}`).toBe(false);
      }
    }
  }

  /** Log lines of every instance (for tests that look for an event). */
  logLines(): string[] {
    return this.instances.flatMap((instance) => instance.test.logs.lines);
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.instances.map((instance) => instance.close()));
    await this.shared.close();
    await this.fake.close();
  }
}

/** A MessageSid shaped like Twilio's. */
export function newMessageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}
