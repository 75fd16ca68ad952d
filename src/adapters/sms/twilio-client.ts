/** The Twilio REST client: retries off, Retry-After kept on errors, optionally pointed at a compatible server. */
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';

/** The real twilio client type. */
export type TwilioClient = twilio.Twilio;

/** Credentials and where the REST API lives. */
export interface TwilioClientOptions {
  readonly accountSid: string;
  readonly authToken: string;
  /** Base URL replacing https://api.twilio.com and every other Twilio host; Twilio's own when absent. */
  readonly apiUrl?: string;
  /** Per-request timeout in milliseconds (the library's default is 30 s). */
  readonly timeoutMs?: number;
}

/**
 * The library's RestException drops response headers, so Retry-After would be lost; this client throws the same
 * RestException with `retryAfterMs` added. It also sends every request to one base URL when given one: the library
 * builds absolute URLs on several Twilio hosts (api., messaging., …), and this is the one seam that sees them all.
 */
class PeerlineRequestClient extends twilio.RequestClient {
  constructor(
    private readonly base: URL | undefined,
    options: RequestClient.RequestClientOptions,
  ) {
    super(options);
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const uri = this.base === undefined ? opts.uri : rebase(opts.uri, this.base);
    const response = await super.request({ ...opts, uri });
    const retryAfter = response.statusCode >= 400 ? parseRetryAfter(response.headers?.['retry-after']) : undefined;
    if (retryAfter !== undefined) throw Object.assign(new twilio.RestException(response), { retryAfterMs: retryAfter });
    return response;
  }
}

/** The twilio client with its own retries off: the outbound sender retries with backoff and Retry-After itself. */
export function createTwilioClient(opts: TwilioClientOptions): TwilioClient {
  const base = opts.apiUrl === undefined ? undefined : new URL(opts.apiUrl);
  const httpClient = new PeerlineRequestClient(base, { autoRetry: false, timeout: opts.timeoutMs });
  return twilio(opts.accountSid, opts.authToken, { httpClient, autoRetry: false });
}

/** The Retry-After a failed Twilio request carried, in milliseconds, if any. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof twilio.RestException) || !('retryAfterMs' in error)) return undefined;
  return typeof error.retryAfterMs === 'number' ? error.retryAfterMs : undefined;
}

function rebase(uri: string, base: URL): string {
  const target = new URL(uri);
  const prefix = base.pathname.replace(/\/+$/, '');
  return new URL(`${prefix}${target.pathname}${target.search}`, base.origin).href;
}

// Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
