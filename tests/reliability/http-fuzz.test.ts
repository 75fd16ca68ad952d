/**
 * Random and hostile requests against every route of the real server: it answers each one, never with a 5xx, every
 * refusal is a JSON {code, message}, and a request that failed its signature or authentication changes nothing.
 * The random part is seeded; a failure names the seed, and FUZZ_SEED=<seed> replays it.
 */
import { gzipSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server.js';
import { databaseTargets } from '../helpers/databases.js';
import { rawRequest, type RawRequest, type RawResponse } from '../helpers/raw-http.js';
import { rowsMentioning, tableCounts } from '../helpers/rows-mentioning.js';
import { newMessageSid, OUR_NUMBER, PUBLIC_URL, SmsHarness, until } from '../helpers/sms-harness.js';
import { signTwilioRequest } from '../helpers/twilio-signing.js';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const FORM = 'application/x-www-form-urlencoded';
// Whatever fails its signature or authentication carries one of these, so a row holding one is a row it wrote.
const INTRUDER_PREFIX = '+1303555';
const INTRUDER_ID = 'fuzz-intruder';
const FORGED_SID = 'SMf0rged';

/** A small, fast, seeded generator (mulberry32). */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}

const intruderNumber = (n: number) => `${INTRUDER_PREFIX}${String(n % 10_000).padStart(4, '0')}`;
const forgedSid = (n: number) => `${FORGED_SID}${String(n).padStart(24, '0')}`;

const activity = (n: number, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  id: `fuzz-${n}`,
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: `${INTRUDER_ID}-${n}`, name: 'Intruder' },
  recipient: { id: 'bot' },
  conversation: { id: `${INTRUDER_ID}-conv-${n}` },
  text: 'hi',
  ...extra,
});

/** Every answer is an answer: no 5xx, and a refusal says what is wrong in JSON. */
function expectClearAnswer(response: RawResponse, what: string): void {
  expect(response.status, `${what}: an HTTP status`).toBeGreaterThanOrEqual(200);
  expect(response.status, `${what}: no 5xx (${response.body.slice(0, 200)})`).toBeLessThan(500);
  if (response.status < 400) return;
  let parsed: unknown;
  expect(() => (parsed = JSON.parse(response.body)), `${what}: a JSON error, got ${response.body.slice(0, 200)}`).not.toThrow();
  expect(parsed, `${what}: {code, message}`).toEqual({ code: expect.any(String), message: expect.any(String) });
}

describe.each(databaseTargets)('HTTP fuzzing on $name', (target) => {
  let harness: SmsHarness;

  beforeAll(async () => {
    // Bot Framework authentication on, as in production: /api/messages without a valid token must change nothing.
    harness = await SmsHarness.start(target, {
      env: { MicrosoftAppId: '5f0c2b1e-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' },
    });
  });
  afterAll(async () => harness?.close());

  const sign = (path: string, params: Record<string, string>) => signTwilioRequest(harness.fake.authToken, `${PUBLIC_URL}${path}`, params);
  const send = (request: RawRequest) => rawRequest(harness.base, request);
  const form = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const twilioText = (from: string, body: string, sid = newMessageSid()): Record<string, string> => ({
    ToCountry: 'US',
    SmsMessageSid: sid,
    NumMedia: '0',
    MessageSid: sid,
    From: from,
    To: OUR_NUMBER,
    Body: body,
    NumSegments: '1',
    AccountSid: harness.fake.accountSid,
    ApiVersion: '2010-04-01',
  });
  const signedPost = (path: string, params: Record<string, string>, headers: [string, string][] = []): RawRequest => ({
    method: 'POST',
    path,
    headers: [['Content-Type', FORM], ['X-Twilio-Signature', sign(path, params)], ...headers],
    body: form(params),
  });

  /** The hostile requests a person would think of first; none of them passes a signature or authentication. */
  function unauthenticated(): [string, RawRequest][] {
    const text = (n: number, body = 'hi') => twilioText(intruderNumber(n), body, forgedSid(n));
    const json = (body: string, headers: [string, string][] = []): RawRequest => ({
      method: 'POST',
      path: '/api/messages',
      headers: [['Content-Type', 'application/json'], ...headers],
      body,
    });
    return [
      ['an absent signature', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM]], body: form(text(1)) }],
      ['a forged signature', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['X-Twilio-Signature', 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=']], body: form(text(2)) }],
      ['a signature for other fields', { ...signedPost('/api/sms', text(3)), body: form(text(3, 'changed after signing')) }],
      ['a signature for another URL', { ...signedPost('/api/sms/status', text(4)), path: '/api/sms' }],
      ['an empty signature', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['X-Twilio-Signature', '']], body: form(text(5)) }],
      ['a status callback with no signature', { method: 'POST', path: '/api/sms/status', headers: [['Content-Type', FORM]], body: form({ MessageSid: forgedSid(6), MessageStatus: 'failed', ErrorCode: '21610' }) }],
      ['JSON to the form route', { method: 'POST', path: '/api/sms', headers: [['Content-Type', 'application/json']], body: JSON.stringify(text(7)) }],
      ['text/plain to the form route', { method: 'POST', path: '/api/sms', headers: [['Content-Type', 'text/plain']], body: form(text(8)) }],
      ['no content type', { method: 'POST', path: '/api/sms', body: form(text(9)) }],
      ['multipart to the form route', { method: 'POST', path: '/api/sms', headers: [['Content-Type', 'multipart/form-data; boundary=XX']], body: `--XX\r\nContent-Disposition: form-data; name="From"\r\n\r\n${intruderNumber(10)}\r\n--XX--\r\n` }],
      ['multipart without a boundary', { method: 'POST', path: '/api/sms', headers: [['Content-Type', 'multipart/form-data']], body: 'garbage' }],
      ['a body over the limit', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM]], body: `Body=${'x'.repeat(MAX_BODY_BYTES + 10)}` }],
      ['a chunked body over the limit, with no length', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM]], body: `Body=${'x'.repeat(MAX_BODY_BYTES * 2)}`, chunked: true }],
      ['a chunked JSON body over the limit', { ...json(`{"text":"${'x'.repeat(MAX_BODY_BYTES * 2)}"}`), chunked: true }],
      ['a gzip body', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['Content-Encoding', 'gzip']], body: gzipSync(form(text(11))) }],
      ['a deflate body', { ...json('', [['Content-Encoding', 'deflate']]), body: deflateSync(JSON.stringify(activity(12))) }],
      ['a gzip bomb', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['Content-Encoding', 'gzip']], body: gzipSync(Buffer.alloc(20_000_000, 'a')) }],
      ['deeply nested JSON arrays', json(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)],
      ['deeply nested JSON objects', json(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`)],
      ['an activity nested deep inside', json(JSON.stringify(activity(13, { channelData: JSON.parse(`${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`) as unknown })))],
      ['malformed JSON', json('{"type": "message",')],
      ['invalid UTF-8 in JSON', { ...json(''), body: Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')]) }],
      ['invalid UTF-8 in a form', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM]], body: Buffer.concat([Buffer.from('Body='), Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(`&From=${encodeURIComponent(intruderNumber(14))}`)]) }],
      ['broken percent escapes', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM]], body: 'Body=%FF%FE%C3&From=%E0%A4%A&To=%' }],
      ['an activity without a token', json(JSON.stringify(activity(15)))],
      ['an activity with a garbage token', json(JSON.stringify(activity(16)), [['Authorization', 'Bearer not.a.jwt']])],
      ['an activity with Basic auth', json(JSON.stringify(activity(17)), [['Authorization', 'Basic YWRtaW46YWRtaW4=']])],
      ['an activity with a NUL in its ids', json(JSON.stringify(activity(18, { from: { id: `${INTRUDER_ID}\u0000-18` }, text: 'a\u0000b' })))],
      ['a prototype-polluting form', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM]], body: '__proto__[admin]=1&constructor[prototype][admin]=1&Body[]=a&Body[]=b' }],
      ['a prototype-polluting activity', json(`{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}},"type":"message"}`)],
      ['header injection: a value with CR LF', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['X-Twilio-Signature', 'abc\r\nX-Injected: 1']], body: form(text(19)) }],
      ['header injection: a bare CR', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['X-Twilio-Signature', 'abc\rSet-Cookie: x=1']], body: form(text(20)) }],
      ['header injection: a NUL in a value', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['X-Twilio-Signature', 'abc\u0000def']], body: form(text(21)) }],
      ['smuggling: Content-Length and chunked', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['Content-Length', '4']], body: form(text(22)), chunked: true }],
      ['smuggling: two Content-Lengths', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['Content-Length', '3'], ['Content-Length', '40']], body: form(text(23)), noLength: true }],
      ['a folded header line', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['X-Twilio-Signature', 'abc\r\n def']], body: form(text(24)) }],
      ['huge headers', { method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['X-Pad', 'x'.repeat(100_000)]], body: form(text(25)) }],
      ['a GET with a body on the webhook', { method: 'GET', path: '/api/sms', headers: [['Content-Type', FORM]], body: form(text(26)) }],
      ['a POST to the health check', { method: 'POST', path: '/healthz', headers: [['Content-Type', 'application/json']], body: '{"status":"down"}' }],
      ['a health check with a gzip header and garbage', { method: 'GET', path: '/healthz', headers: [['Content-Encoding', 'gzip'], ['Content-Type', 'application/json']], body: 'garbage' }],
      ['a path traversal', { method: 'GET', path: '/api/../../etc/passwd', body: '' }],
      ['an absurd method', { method: 'BREW', path: '/api/sms', body: '' }],
    ];
  }

  it('hostile requests that fail their signature or authentication are answered clearly and change nothing', async () => {
    const before = await tableCounts(harness.db);
    const cases = unauthenticated();
    for (const [what, request] of cases) {
      const response = await send(request);
      expectClearAnswer(response, what);
      expect(response.status, `${what} is refused`).toBeGreaterThanOrEqual(400);
      expect(response.headers['x-injected'], `${what}: no injected header`).toBeUndefined();
      expect(response.headers['set-cookie'], `${what}: no injected cookie`).toBeUndefined();
    }
    // Give a wrongly accepted request time to reach the database.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await tableCounts(harness.db)).toEqual(before);
    expect(harness.fake.messages).toHaveLength(0);
    expect((await send({ method: 'GET', path: '/healthz' })).status).toBe(200);
  });

  it('a refusal names the problem: 403 for a signature, 415 for a content type or encoding, 413 for size, 401 for a token', async () => {
    const byName = new Map(unauthenticated());
    const status = async (name: string) => {
      const response = await send(byName.get(name)!);
      return [response.status, (JSON.parse(response.body) as { code: string }).code];
    };
    expect(await status('a forged signature')).toEqual([403, 'SMS.SIGNATURE_INVALID']);
    expect(await status('JSON to the form route')).toEqual([415, 'SMS.CONTENT_TYPE']);
    expect(await status('a gzip body')).toEqual([415, 'HTTP.ENCODING_UNSUPPORTED']);
    expect((await status('a chunked body over the limit, with no length'))[0]).toBe(413);
    expect(await status('an activity without a token')).toEqual([401, 'ACTIVITY.UNAUTHORIZED']);
    expect(await status('smuggling: Content-Length and chunked')).toEqual([400, 'HTTP.MALFORMED']);
  });

  it('a correctly signed gzip body is refused with 415, not stored', async () => {
    const from = harness.newNumber();
    const params = twilioText(from, 'compressed hello');
    const response = await send({ ...signedPost('/api/sms', params, [['Content-Encoding', 'gzip']]), body: gzipSync(form(params)) });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'HTTP.ENCODING_UNSUPPORTED' });
    expect(await harness.inboundRows(params.MessageSid!)).toEqual([]);
  });

  it.each(['MessageSid', 'From', 'To', 'Body'])('a signed text without %s is refused by validation, naming the field', async (field) => {
    const params = twilioText(harness.newNumber(), 'hello there');
    delete params[field];
    const stored = await harness.inboundCount();
    const response = await send(signedPost('/api/sms', params));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ code: 'SMS.INBOUND_INVALID', message: expect.stringContaining(field) });
    expect(await harness.inboundCount()).toBe(stored);
  });

  it('a signed text without any one of the fields Twilio adds but we do not need is still taken', async () => {
    const optional = ['ToCountry', 'SmsMessageSid', 'NumMedia', 'NumSegments', 'AccountSid', 'ApiVersion'];
    const sids: string[] = [];
    for (const field of optional) {
      const params = twilioText(harness.newNumber(), 'hello there');
      delete params[field];
      const response = await send(signedPost('/api/sms', params));
      expect(response.status, `without ${field}`).toBe(200);
      sids.push(params.MessageSid!);
    }
    await harness.expectStored(sids);
  });

  it.each(['MessageSid', 'MessageStatus'])('a signed status callback without %s is refused by validation', async (field) => {
    const params: Record<string, string> = { MessageSid: newMessageSid(), MessageStatus: 'delivered', AccountSid: harness.fake.accountSid };
    delete params[field];
    const response = await send(signedPost('/api/sms/status', params));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'SMS.STATUS_INVALID' });
  });

  it('a signed text with a NUL, odd bytes or a header-shaped body is stored and answered, never a 5xx', async () => {
    const from = harness.newNumber();
    const bodies = ['hello\u0000there, NUL inside', 'line one\r\nSet-Cookie: session=stolen\r\n\r\n<script>', '\u202Eevil\u202C 🙂 e\u0301 \uFFFD', 'x'.repeat(1600)];
    const sids: string[] = [];
    for (const body of bodies) {
      const params = twilioText(from, body);
      const response = await send(signedPost('/api/sms', params));
      expect(response.status, JSON.stringify(body.slice(0, 30))).toBe(200);
      expect(response.headers['set-cookie']).toBeUndefined();
      sids.push(params.MessageSid!);
    }
    // Raw bytes that are not UTF-8: the server reads them as U+FFFD, which is what a sender signing that text signs.
    const rawSid = newMessageSid();
    const rawParams = { ...twilioText(from, '\uFFFD(\uFFFD', rawSid) };
    const rawBody = Buffer.concat([Buffer.from(`${form({ ...rawParams, Body: '' })}&Body=`.replace('Body=&', '')), Buffer.from([0xff, 0x28, 0xc3])]);
    const raw = await send({ method: 'POST', path: '/api/sms', headers: [['Content-Type', FORM], ['X-Twilio-Signature', sign('/api/sms', rawParams)]], body: rawBody });
    expectClearAnswer(raw, 'raw invalid UTF-8 bytes, signed');
    if (raw.status === 200) sids.push(rawSid);
    await harness.expectStored(sids);
    await harness.waitProcessed(sids, 15_000);
    const [nul] = await harness.inboundRows(sids[0]!);
    expect(nul?.body).toBe('hellothere, NUL inside');
    expect(nul?.status).toBe('done');
    expect(harness.sentTo(from).length).toBeGreaterThan(0);
  });

  it(`survives a seeded storm of random requests (seed ${SEED}; FUZZ_SEED=${SEED} replays it)`, async () => {
    const random = seeded(SEED);
    const senders = [harness.newNumber(), harness.newNumber(), harness.newNumber()];
    const alphabet = ['a', 'Z', ' ', '\u0000', '\r', '\n', '%', '&', '=', '+', '"', '\\', '{', '[', 'é', '🙂', '\uD800', '\u202E', '<', '\t'];
    const junk = (max: number) => Array.from({ length: random.int(max) }, () => random.pick(alphabet)).join('');
    const randomJson = (depth: number): unknown => {
      const kind = random.int(depth > 6 ? 3 : 6);
      if (kind === 0) return junk(20);
      if (kind === 1) return random.next() * 1e9 - 5e8;
      if (kind === 2) return random.pick([null, true, false, '', 0]);
      if (kind === 3) return Array.from({ length: random.int(4) }, () => randomJson(depth + 1));
      return Object.fromEntries(Array.from({ length: random.int(5) }, () => [random.pick(['type', 'text', 'from', 'id', 'channelId', 'serviceUrl', 'conversation', junk(6)]), randomJson(depth + 1)]));
    };
    const randomForm = (n: number, signedBy: 'us' | 'intruder') => {
      const params = signedBy === 'us' ? twilioText(random.pick(senders), junk(40)) : twilioText(intruderNumber(n), junk(40), forgedSid(n));
      for (const key of Object.keys(params)) {
        const roll = random.int(10);
        if (roll === 0) delete params[key];
        else if (roll === 1) params[key] = junk(12);
      }
      if (random.int(4) === 0) params[junk(8)] = junk(8);
      return params;
    };
    const generate = (n: number): { request: RawRequest; authentic: boolean } => {
      const route = random.pick(['/api/sms', '/api/sms', '/api/sms/status', '/api/messages', '/healthz']);
      if (route === '/healthz') return { request: { method: random.pick(['GET', 'GET', 'POST', 'PUT']), path: route, body: junk(30) }, authentic: true };
      if (route === '/api/messages') {
        const body = random.int(3) === 0 ? junk(200) : JSON.stringify(random.int(2) === 0 ? activity(1000 + n, { text: junk(50) }) : randomJson(0));
        const auth: [string, string][] = random.int(2) === 0 ? [['Authorization', `Bearer ${junk(30).replace(/[^ -~]/g, '')}`]] : [];
        const type = random.pick(['application/json', 'application/json', 'text/plain', FORM, 'application/json; charset=latin1']);
        return { request: { method: 'POST', path: route, headers: [['Content-Type', type], ...auth], body }, authentic: false };
      }
      const params = route === '/api/sms' ? randomForm(n, random.int(3) === 0 ? 'us' : 'intruder') : { MessageSid: random.int(2) ? forgedSid(n) : junk(10), MessageStatus: random.pick(['delivered', 'failed', junk(8)]), ErrorCode: random.pick(['21610', '30003', junk(4)]) };
      const authentic = route === '/api/sms' && params.From !== undefined && !params.From.startsWith(INTRUDER_PREFIX) && random.int(4) !== 0;
      const signature = authentic ? sign(route, params) : random.pick(['', 'AAAA', sign(route, { ...params, Body: 'other' })]);
      const contentType = authentic || random.int(2) === 0 ? FORM : random.pick(['application/json', 'text/plain', 'multipart/form-data']);
      return { request: { method: 'POST', path: route, headers: [['Content-Type', contentType], ['X-Twilio-Signature', signature]], body: form(params) }, authentic };
    };

    const requests = Array.from({ length: 160 }, (_, n) => generate(n));
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const index = next++;
        const { request } = requests[index]!;
        const response = await send(request);
        expectClearAnswer(response, `request ${index} (seed ${SEED}): ${request.method} ${request.path}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));

    // What failed its signature or authentication left no trace anywhere.
    expect(await rowsMentioning(harness.db, [INTRUDER_PREFIX.slice(1), INTRUDER_ID, FORGED_SID])).toEqual([]);
    // The server is still up and working: health, and a plain text answered.
    expect((await send({ method: 'GET', path: '/healthz' })).status).toBe(200);
    const from = harness.newNumber();
    await harness.say(from, 'hello after the storm');
    await until(() => harness.sentTo(from).length > 0, 'a reply after the storm', 15_000);
  });
});
