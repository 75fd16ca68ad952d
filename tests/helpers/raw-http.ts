/** HTTP requests written byte by byte, for what fetch refuses to send: bad headers, bad bytes, chunked bodies, smuggling attempts. */
import { connect } from 'node:net';

/** What came back, as read off the socket. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface RawRequest {
  readonly method: string;
  readonly path: string;
  /** Header lines as written, in order; a value may hold anything, CR and LF included. */
  readonly headers?: readonly (readonly [string, string])[];
  readonly body?: Buffer | string;
  /** Sent as chunks with no Content-Length. */
  readonly chunked?: boolean;
  /** No Content-Length header is added (the caller sets its own, or none). */
  readonly noLength?: boolean;
}

/** Writes `request` to `base` on its own connection and reads the answer until the server closes it. */
export function rawRequest(base: string, request: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  const url = new URL(base);
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body ?? '', 'utf8');
  const lines = [`${request.method} ${request.path} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close'];
  for (const [name, value] of request.headers ?? []) lines.push(`${name}: ${value}`);
  if (request.chunked) lines.push('Transfer-Encoding: chunked');
  else if (!request.noLength) lines.push(`Content-Length: ${body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  let payload = body;
  if (request.chunked) {
    const chunks: Buffer[] = [];
    for (let at = 0; at < body.length; at += 16_384) {
      const chunk = body.subarray(at, at + 16_384);
      chunks.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
    }
    payload = Buffer.concat([...chunks, Buffer.from('0\r\n\r\n')]);
  }
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const received: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to ${request.method} ${request.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (data: Buffer) => received.push(data));
    // The server may answer (413) and close before the whole body is written: that is an answer, not a failure.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) {
        reject(new Error(`no HTTP answer to ${request.method} ${request.path}: ${JSON.stringify(text.slice(0, 200))}`));
        return;
      }
      const [statusLine = '', ...headerLines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let rest = text.slice(split + 4);
      if (/chunked/i.test(headers['transfer-encoding'] ?? '')) rest = unchunk(rest);
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest });
    });
    socket.write(Buffer.concat([head, payload]));
  });
}

function unchunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    if (eol < 0) return out;
    const size = parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}
