/** A Twilio-compatible REST server on loopback that records what the twilio client sends. */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { segmentCount } from '../../src/adapters/sms/gsm7.js';

/** One accepted `Messages.create`. */
export interface FakeTwilioMessage {
  sid: string;
  to: string;
  from?: string;
  messagingServiceSid?: string;
  body: string;
  statusCallback?: string;
  /** Every form field as sent. */
  form: Record<string, string>;
  receivedAt: Date;
}

/** Every POST to Messages.json, including the ones answered with a fault. */
export interface FakeTwilioAttempt {
  to: string;
  body: string;
  status: number;
  receivedAt: Date;
}

/** The next answer to a send, instead of 201. */
export interface FakeTwilioFault {
  /** With `acceptThenDrop`, ignored: the text is accepted and the connection dropped before any answer. */
  status: number;
  acceptThenDrop?: boolean;
  /** Seconds, sent as the Retry-After header. */
  retryAfter?: number;
  /** Twilio error code; a sensible default per status. */
  code?: number;
  message?: string;
}

/** The running fake and its controls. */
export interface FakeTwilio {
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Accepted sends, oldest first. */
  readonly messages: readonly FakeTwilioMessage[];
  readonly attempts: readonly FakeTwilioAttempt[];
  /** Delay before every answer, in milliseconds. */
  latencyMs: number;
  /** While set, every Messages.list (the sender's lookup of a text in doubt) is answered with this fault. */
  lookupFault: FakeTwilioFault | undefined;
  /** How many Messages.list requests came, answered or not. */
  readonly lookups: number;
  failNext(fault: FakeTwilioFault): void;
  waitForMessages(count: number, timeoutMs?: number): Promise<readonly FakeTwilioMessage[]>;
  reset(): void;
  close(): Promise<void>;
}

/** Options for {@link startFakeTwilio}. */
export interface FakeTwilioOptions {
  accountSid?: string;
  authToken?: string;
  latencyMs?: number;
}

const API_VERSION = '2010-04-01';
const MAX_BODY = 1600;
const MESSAGES_PATH = new RegExp(`^/${API_VERSION}/Accounts/([^/]+)/Messages\\.json$`);
const DEFAULT_ERRORS: Readonly<Record<number, { code: number; message: string }>> = {
  400: { code: 21211, message: "The 'To' number is not a valid phone number." },
  401: { code: 20003, message: 'Authenticate' },
  404: { code: 20404, message: 'The requested resource was not found' },
  429: { code: 20429, message: 'Too Many Requests' },
  500: { code: 20500, message: 'Internal Server Error' },
  503: { code: 20503, message: 'Service Unavailable' },
};

/** Starts the fake on 127.0.0.1 with a free port. */
export async function startFakeTwilio(options: FakeTwilioOptions = {}): Promise<FakeTwilio> {
  const accountSid = options.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const initialLatency = options.latencyMs ?? 0;
  const messages: FakeTwilioMessage[] = [];
  const attempts: FakeTwilioAttempt[] = [];
  const faults: FakeTwilioFault[] = [];
  let lookups = 0;
  const waiters = new Set<() => void>();
  let baseUrl = '';

  const fake: FakeTwilio = {
    get url() {
      return baseUrl;
    },
    accountSid,
    authToken,
    messages,
    attempts,
    latencyMs: initialLatency,
    lookupFault: undefined,
    get lookups() {
      return lookups;
    },
    failNext: (fault) => void faults.push(fault),
    waitForMessages: (count, timeoutMs = 5000) => waitFor(count, timeoutMs),
    reset: () => {
      messages.length = 0;
      attempts.length = 0;
      faults.length = 0;
      fake.latencyMs = initialLatency;
      fake.lookupFault = undefined;
      lookups = 0;
    },
    close: () => close(),
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('fake twilio failed', error);
      if (!res.headersSent) sendJson(res, 500, errorBody(500));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    if (fake.latencyMs > 0) await sleep(fake.latencyMs);
    if (!isAuthorized(req.headers.authorization)) return sendJson(res, 401, errorBody(401));
    const url = new URL(req.url ?? '/', 'http://fake');
    const match = MESSAGES_PATH.exec(url.pathname);
    if (match === null || match[1] !== accountSid || (req.method !== 'POST' && req.method !== 'GET')) {
      return sendJson(res, 404, errorBody(404));
    }
    if (req.method === 'GET') {
      lookups += 1;
      const fault = fake.lookupFault;
      if (fault !== undefined) return sendJson(res, fault.status, errorBody(fault.status, fault.code, fault.message));
      return sendJson(res, 200, messageList(url));
    }
    const form = Object.fromEntries(new URLSearchParams(raw));
    const to = form.To ?? '';
    const body = form.Body ?? '';
    const record = (status: number): void => void attempts.push({ to, body, status, receivedAt: new Date() });

    const fault = faults.shift();
    if (fault?.acceptThenDrop) {
      record(201);
      messages.push(accepted(form, to, body));
      for (const wake of waiters) wake();
      req.socket.destroy();
      return;
    }
    if (fault !== undefined) {
      record(fault.status);
      if (fault.retryAfter !== undefined) res.setHeader('Retry-After', String(fault.retryAfter));
      return sendJson(res, fault.status, errorBody(fault.status, fault.code, fault.message));
    }
    const invalid = validateSend(form);
    if (invalid !== undefined) {
      record(400);
      return sendJson(res, 400, errorBody(400, invalid.code, invalid.message));
    }
    record(201);
    const message = accepted(form, to, body);
    messages.push(message);
    for (const wake of waiters) wake();
    sendJson(res, 201, messageResource(message));
  }

  function accepted(form: Record<string, string>, to: string, body: string): FakeTwilioMessage {
    return {
      sid: `SM${randomBytes(16).toString('hex')}`,
      to,
      ...(form.From === undefined ? {} : { from: form.From }),
      ...(form.MessagingServiceSid === undefined ? {} : { messagingServiceSid: form.MessagingServiceSid }),
      body,
      ...(form.StatusCallback === undefined ? {} : { statusCallback: form.StatusCallback }),
      form,
      receivedAt: new Date(),
    };
  }

  // Messages.list: newest first, filtered by To, one page (what a reconciling sender reads).
  function messageList(url: URL): Record<string, unknown> {
    const to = url.searchParams.get('To');
    const pageSize = Number(url.searchParams.get('PageSize') ?? 50);
    const matching = messages.filter((message) => to === null || message.to === to).reverse().slice(0, pageSize);
    return {
      messages: matching.map(messageResource),
      end: Math.max(0, matching.length - 1),
      first_page_uri: `${url.pathname}${url.search}`,
      next_page_uri: null,
      page: 0,
      page_size: pageSize,
      previous_page_uri: null,
      start: 0,
      uri: `${url.pathname}${url.search}`,
    };
  }

  function isAuthorized(header: string | undefined): boolean {
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    return header === expected;
  }

  function messageResource(message: FakeTwilioMessage): Record<string, unknown> {
    const now = message.receivedAt.toUTCString().replace('GMT', '+0000');
    return {
      account_sid: accountSid,
      api_version: API_VERSION,
      body: message.body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: message.from ?? null,
      messaging_service_sid: message.messagingServiceSid ?? null,
      num_media: '0',
      num_segments: String(segmentCount(message.body)),
      price: null,
      price_unit: 'USD',
      sid: message.sid,
      status: message.from === undefined ? 'accepted' : 'queued',
      subresource_uris: { media: `/${API_VERSION}/Accounts/${accountSid}/Messages/${message.sid}/Media.json` },
      to: message.to,
      uri: `/${API_VERSION}/Accounts/${accountSid}/Messages/${message.sid}.json`,
    };
  }

  function waitFor(count: number, timeoutMs: number): Promise<readonly FakeTwilioMessage[]> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (messages.length < count) return;
        cleanup();
        resolve(messages);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake twilio: expected ${count} messages within ${timeoutMs} ms, got ${messages.length}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  }

  function close(): Promise<void> {
    return new Promise((resolve, reject) => {
      server.close((error) => (error === undefined ? resolve() : reject(error)));
      server.closeAllConnections();
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return fake;
}

// Twilio's own answers to the mistakes a sender can make.
function validateSend(form: Record<string, string>): { code: number; message: string } | undefined {
  if (!form.To) return { code: 21604, message: "A 'To' phone number is required." };
  if (!form.From && !form.MessagingServiceSid) return { code: 21603, message: "A 'From' phone number is required." };
  if (!form.Body && !form.MediaUrl) return { code: 21602, message: 'Message body is required.' };
  if ((form.Body ?? '').length > MAX_BODY) {
    return { code: 21617, message: 'The concatenated message body exceeds the 1600 character limit.' };
  }
  return undefined;
}

function errorBody(status: number, code?: number, message?: string): Record<string, unknown> {
  const fallback = DEFAULT_ERRORS[status] ?? { code: status * 100, message: 'Error' };
  const errorCode = code ?? fallback.code;
  return {
    code: errorCode,
    message: message ?? fallback.message,
    more_info: `https://www.twilio.com/docs/errors/${errorCode}`,
    status,
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
