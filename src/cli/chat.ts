import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import readline from 'node:readline';
import type { Activity } from 'botbuilder';
import { CONSOLE_CHANNEL, ConsoleAdapter } from '../adapters/console-adapter.js';
import { renderActivityForSms, resolveNumberedReply, type SmsOption } from '../adapters/sms/render.js';
import { TextChannelProactiveSender } from '../adapters/text-channel-proactive-sender.js';
import { createApp } from '../app.js';
import { ConfigError, loadConfig, type AppConfig } from '../config.js';
import { serverFileFor } from '../server-file.js';
import { createLogger } from '../logging.js';
import pino from 'pino';

/**
 * `npm run chat`: talk to the bot as an SMS participant would. With a server running on
 * this DATA_DIR (PGlite allows one process), lines go to its /api/messages the way the
 * Bot Framework Emulator sends them, with a loopback serviceUrl that also shows proactive
 * messages; otherwise the bot runs in this process on the same database.
 */

interface Session {
  send(text: string): Promise<void>;
  close(): Promise<void>;
}

const userId = (() => {
  const at = process.argv.indexOf('--as');
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : 'console-user';
})();

const print = (text: string) => process.stdout.write(`${text}\n\n`);

function runningServerPort(config: AppConfig): number | undefined {
  const file = serverFileFor(config);
  if (!existsSync(file)) return undefined;
  try {
    const { pid, port } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; port: number };
    process.kill(pid, 0); // throws if that process is gone
    return port;
  } catch {
    return undefined;
  }
}

async function localSession(config: AppConfig): Promise<Session> {
  const adapter = new ConsoleAdapter(print, userId);
  const app = await createApp(config, {
    logger: createLogger('warn', pino.destination(2)),
    proactiveSenders: new Map([[CONSOLE_CHANNEL, new TextChannelProactiveSender(adapter)]]),
  });
  adapter.onTurnError = app.onTurnError;
  // Reminders and check-in prompts due while the chat is open appear in the terminal.
  app.reminders.start();
  return {
    send: (text) => adapter.receive(text, (context) => app.bot.run(context)),
    close: () => app.close(),
  };
}

async function remoteSession(port: number): Promise<Session> {
  let options: readonly SmsOption[] = [];
  const inbox = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      try {
        const activity = JSON.parse(body) as Partial<Activity>;
        if (activity.type === 'message') {
          const rendered = renderActivityForSms(activity);
          options = rendered.options;
          print(rendered.text);
        }
      } catch {
        // not an activity: nothing to show
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  await new Promise<void>((resolve) => inbox.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(inbox.address() as AddressInfo).port}`;
  return {
    send: async (text) => {
      const activity = {
        type: 'message',
        id: randomUUID(),
        channelId: CONSOLE_CHANNEL,
        serviceUrl,
        from: { id: userId, name: userId },
        recipient: { id: 'peerline', name: 'peerline' },
        conversation: { id: `console-${userId}`, conversationType: 'personal' },
        timestamp: new Date().toISOString(),
        text: resolveNumberedReply(text, options),
      };
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      if (response.status === 401) throw new Error('the server requires Bot Framework authentication (MicrosoftAppId is set); chat cannot sign in');
      if (!response.ok) print(`(the server answered ${response.status})`);
    },
    close: () => new Promise<void>((resolve) => inbox.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const port = runningServerPort(config);
  const session = port !== undefined ? await remoteSession(port) : await localSession(config);
  const interactive = process.stdin.isTTY === true;
  if (interactive) {
    process.stdout.write(
      `peerline chat as "${userId}" (${port !== undefined ? `via the server on port ${port}` : 'in this process'}). Ctrl-D to leave.\n\n`,
    );
  }
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    if (!interactive) process.stdout.write(`> ${line}\n`);
    await session.send(line);
  }
  await session.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `chat failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
