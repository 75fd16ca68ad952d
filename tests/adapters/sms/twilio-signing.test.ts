import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinUrl, postSignedForm, signTwilioRequest } from '../../helpers/twilio-signing.js';

const AUTH_TOKEN = '12345678901234567890123456789012';
const PUBLIC_URL = 'https://peerline.example.org';
const PARAMS = {
  MessageSid: 'SM0123456789abcdef0123456789abcdef',
  From: '+12025550147',
  To: '+12025550100',
  Body: 'Ça va? 100% & more = "fine"',
  NumMedia: '0',
};

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  params: Record<string, string>;
}

let server: Server;
let baseUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, params: Object.fromEntries(new URLSearchParams(body)) });
      res.writeHead(200, { 'Content-Type': 'text/xml' }).end('<Response/>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('signTwilioRequest', () => {
  it("produces a signature twilio's validator accepts", () => {
    const url = `${PUBLIC_URL}/api/sms`;
    const signature = signTwilioRequest(AUTH_TOKEN, url, PARAMS);
    expect(twilio.validateRequest(AUTH_TOKEN, signature, url, PARAMS)).toBe(true);
  });

  it.each([
    ['another token', (s: string) => twilio.validateRequest('x'.repeat(32), s, `${PUBLIC_URL}/api/sms`, PARAMS)],
    ['another URL', (s: string) => twilio.validateRequest(AUTH_TOKEN, s, `${PUBLIC_URL}/api/sms/status`, PARAMS)],
    ['a changed body', (s: string) => twilio.validateRequest(AUTH_TOKEN, s, `${PUBLIC_URL}/api/sms`, { ...PARAMS, Body: 'STOP' })],
  ])('is rejected for %s', (_name, validate) => {
    expect(validate(signTwilioRequest(AUTH_TOKEN, `${PUBLIC_URL}/api/sms`, PARAMS))).toBe(false);
  });
});

describe('postSignedForm', () => {
  it('posts the form to the server, signed for the public URL', async () => {
    received.length = 0;
    const response = await postSignedForm(baseUrl, '/api/sms', `${PUBLIC_URL}/`, AUTH_TOKEN, PARAMS);
    expect(response.status).toBe(200);
    const [request] = received;
    expect(request?.path).toBe('/api/sms');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.params).toEqual(PARAMS);
    const signature = request?.headers['x-twilio-signature'];
    expect(typeof signature).toBe('string');
    expect(twilio.validateRequest(AUTH_TOKEN, String(signature), `${PUBLIC_URL}/api/sms`, request?.params ?? {})).toBe(true);
  });

  it('can forge a signature or leave it out', async () => {
    received.length = 0;
    await postSignedForm(baseUrl, 'api/sms', PUBLIC_URL, AUTH_TOKEN, PARAMS, { signature: 'forged' });
    await postSignedForm(baseUrl, 'api/sms', PUBLIC_URL, AUTH_TOKEN, PARAMS, { signature: null });
    expect(received.map((r) => r.headers['x-twilio-signature'])).toEqual(['forged', undefined]);
  });
});

describe('joinUrl', () => {
  it.each([
    ['https://a.example', '/api/sms', 'https://a.example/api/sms'],
    ['https://a.example/', '/api/sms', 'https://a.example/api/sms'],
    ['https://a.example/base/', 'api/sms', 'https://a.example/base/api/sms'],
  ])('%s + %s = %s', (base, path, expected) => {
    expect(joinUrl(base, path)).toBe(expected);
  });
});
