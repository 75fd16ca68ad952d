import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { ConsoleAdapter } from '../../src/adapters/console-adapter.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging.js';
import type { Database } from '../../src/store/database.js';
import type { DatabaseTarget } from './databases.js';
import { logCaptures } from './log-scan.js';

export const FIXTURE_PROGRAM = path.resolve('tests/fixtures/program.json');

/** Log lines a test can read back (and scan for bodies and numbers). */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  constructor() {
    super();
    logCaptures().add(this);
  }

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
}

export interface TestApp {
  readonly app: App;
  readonly database: Database;
  readonly logs: LogCapture;
  close(): Promise<void>;
}

/** A program file change that lets SMS tests send faster than one long code's 1 text a second. */
export const FAST_SMS = { sms: { messagesPerSecond: 50, twilioHandlesOptOutKeywords: true, flood: { texts: 10_000, windowSeconds: 1 } } };

/** The whole app on a fresh database of `target`, configured from the fixture program file. */
export async function startTestApp(
  target: DatabaseTarget,
  env: Record<string, string> = {},
  options: { now?: () => Date; program?: Record<string, unknown> } = {},
): Promise<TestApp> {
  const database = await target.open();
  const logs = new LogCapture();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peerline-test-'));
  let programFile = FIXTURE_PROGRAM;
  if (options.program) {
    programFile = path.join(dataDir, 'program.json');
    writeFileSync(programFile, JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE_PROGRAM, 'utf8')), ...options.program }));
  }
  const config = loadConfig({
    PROGRAM_CONFIG: programFile,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ...env,
  });
  const app = await createApp(config, { database, logger: createLogger(config.logLevel, logs), now: options.now });
  return { app, database, logs, close: () => app.close() };
}

/** A participant typing in the console channel; each `say` resolves to the bot's replies. */
export class ChatDriver {
  private replies: string[] = [];
  private readonly adapter: ConsoleAdapter;

  constructor(
    private readonly app: App,
    userId: string,
  ) {
    this.adapter = new ConsoleAdapter((text) => this.replies.push(text), userId);
    this.adapter.onTurnError = app.onTurnError;
  }

  async say(text: string): Promise<string[]> {
    this.replies = [];
    await this.adapter.receive(text, (context) => this.app.bot.run(context));
    return this.replies;
  }

  /** Says each line in turn; returns the replies to the last. */
  async sayAll(lines: readonly string[]): Promise<string[]> {
    let last: string[] = [];
    for (const line of lines) last = await this.say(line);
    return last;
  }
}
