import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Activity, TurnContext } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import type { PeerlineCloudAdapter } from './adapters/teams/cloud-adapter.js';
import type { Logger } from './logging.js';

/** The largest request body accepted; a 100 KB message fits, a flood does not. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The Twilio webhooks, mounted only when SMS is configured. */
export interface SmsRoutes {
  inbound(req: Request, res: Response): Promise<void>;
  status(req: Request, res: Response): Promise<void>;
}

export interface ServerOptions {
  readonly cloudAdapter: PeerlineCloudAdapter;
  readonly runTurn: (context: TurnContext) => Promise<void>;
  readonly ping: () => Promise<boolean>;
  /** Named readiness checks for /readyz; each true when this instance can take work on that count. */
  readonly readiness?: Readonly<Record<string, () => Promise<boolean>>>;
  readonly sms?: SmsRoutes;
  readonly logger: Logger;
}

// Only what the bot needs to answer; everything else passes through to the Bot Framework.
const activityEnvelope = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: z.looseObject({ id: z.string().min(1).max(1024) }),
  recipient: z.looseObject({ id: z.string().min(1).max(1024) }).optional(),
  text: z.string().optional(),
});

const sendError = (res: Response, status: number, code: string, message: string): void => {
  res.send(status, { code, message });
};

// No caller of ours compresses a request; a gzip body inflates past any size limit checked on the wire.
const refuseEncodedBodies = (req: Request, res: Response, next: (error?: false) => void): void => {
  const encoding = (req.header('content-encoding') ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') {
    next();
    return;
  }
  sendError(res, 415, 'HTTP.ENCODING_UNSUPPORTED', 'compressed request bodies are not accepted; send the body uncompressed');
  next(false);
};

/** The HTTP surface: Bot Framework activities, Twilio webhooks and the health check. */
export function createServer(options: ServerOptions): Server {
  const { cloudAdapter, runTurn, ping, sms, logger, readiness = { database: ping } } = options;
  const server = restify.createServer({ name: 'peerline', handleUncaughtExceptions: false });
  server.use(refuseEncodedBodies);
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, keepExtensions: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const envelope = activityEnvelope.safeParse(req.body);
    if (!envelope.success) {
      const fields = [...new Set(envelope.error.issues.map((issue) => issue.path.join('.') || '(body)'))];
      sendError(res, 400, 'ACTIVITY.INVALID', `not a Bot Framework activity; check: ${fields.join(', ')}`);
      return;
    }
    try {
      const answer = await cloudAdapter.processAuthenticated(req.header('authorization') ?? '', req.body as Activity, runTurn);
      if (answer?.body === undefined) res.send(answer?.status ?? 200);
      else res.send(answer.status, answer.body);
    } catch (error) {
      if (res.headersSent) return;
      const status = (error as { statusCode?: unknown }).statusCode;
      if (status === 401 || status === 403) {
        sendError(res, 401, 'ACTIVITY.UNAUTHORIZED', 'missing or invalid Bot Framework authorization');
      } else if ((error as { name?: unknown }).name === 'FetchError') {
        // The Bot Framework's signing keys could not be fetched: nothing was done, and the channel retries.
        logger.warn({ err: error }, 'the Bot Framework identity service could not be reached');
        sendError(res, 503, 'ACTIVITY.AUTH_UNAVAILABLE', 'the sender could not be authenticated just now; please retry');
      } else {
        logger.error({ err: error }, 'activity could not be processed');
        sendError(res, 500, 'ACTIVITY.FAILED', 'the activity could not be processed');
      }
    }
  });

  const smsUnavailable = async (_req: Request, res: Response) =>
    sendError(res, 503, 'SMS.NOT_CONFIGURED', 'SMS is not configured on this server');
  server.post('/api/sms', sms ? async (req: Request, res: Response) => sms.inbound(req, res) : smsUnavailable);
  server.post('/api/sms/status', sms ? async (req: Request, res: Response) => sms.status(req, res) : smsUnavailable);

  server.get('/healthz', async (_req: Request, res: Response) => {
    const healthy = await ping();
    res.send(healthy ? 200 : 503, { status: healthy ? 'ok' : 'database unavailable' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const checks: Record<string, boolean> = {};
    for (const [name, check] of Object.entries(readiness)) checks[name] = await check().catch(() => false);
    const ready = Object.values(checks).every(Boolean);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
  });

  // A request Node cannot parse (a smuggling attempt, a header with a bare CR) never reaches a route; it still gets a clear answer.
  server.server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const [status, code] = error.code === 'HPE_HEADER_OVERFLOW' ? ['431 Request Header Fields Too Large', 'HTTP.HEADERS_TOO_LARGE'] : ['400 Bad Request', 'HTTP.MALFORMED'];
    const body = JSON.stringify({ code, message: 'the request is not well-formed HTTP' });
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, route: req.getRoute()?.path }, 'request failed');
    callback();
  });
  return server;
}

/** Starts listening; resolves with the bound address (port 0 picks a free one). */
export async function listen(server: Server, port: number, host = '0.0.0.0'): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  return server.address() as AddressInfo;
}

/** Stops accepting connections and closes idle keep-alive ones; in-flight requests finish. */
export async function stopListening(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.server.closeIdleConnections();
  await closed;
}
