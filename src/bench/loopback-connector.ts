import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const REPLY_PATH = /^\/v3\/conversations\/([^/]+)\/activities\b/;

/** A Bot Connector `serviceUrl` on loopback that reports each reply's conversation id. */
export interface LoopbackConnector {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the connector; `onReply` is called with the conversation id of every activity posted. */
export async function startLoopbackConnector(onReply: (conversationId: string) => void): Promise<LoopbackConnector> {
  let replies = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = REPLY_PATH.exec(req.url ?? '');
      if (req.method !== 'POST' || !match?.[1]) {
        res.writeHead(404);
        res.end();
        return;
      }
      JSON.parse(Buffer.concat(chunks).toString('utf8')); // read it as the real connector would
      replies += 1;
      onReply(decodeURIComponent(match[1]));
      // restify patches ServerResponse in this process, so writeHead does not chain here.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${replies}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
