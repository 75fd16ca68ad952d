import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

/** A Bot Connector `serviceUrl` on loopback that records what the bot posts. */
export interface FakeConnector {
  readonly url: string;
  readonly activities: Partial<Activity>[];
  /** Activities the bot replaced (PUT), such as a card redrawn once claimed. */
  readonly updates: Partial<Activity>[];
  readonly authorizations: (string | undefined)[];
  waitFor(count: number, timeoutMs?: number): Promise<Partial<Activity>[]>;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const activities: Partial<Activity>[] = [];
  const updates: Partial<Activity>[] = [];
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
        activities.push(JSON.parse(body) as Partial<Activity>);
        authorizations.push(req.headers.authorization);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${activities.length}` }));
        return;
      }
      if (req.method === 'PUT' && /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(req.url ?? '')) {
        updates.push(JSON.parse(body) as Partial<Activity>);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: (JSON.parse(body) as { id?: string }).id ?? '' }));
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    activities,
    updates,
    authorizations,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (activities.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} activities, got ${activities.length}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return activities;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
