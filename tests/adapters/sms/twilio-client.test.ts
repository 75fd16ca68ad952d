import twilio from 'twilio';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTwilioClient, retryAfterMs } from '../../../src/adapters/sms/twilio-client.js';
import { type FakeTwilio, startFakeTwilio } from '../../helpers/fake-twilio.js';

const TO = '+12025550147';
const FROM = '+12025550100';

let fake: FakeTwilio;
let client: twilio.Twilio;

beforeAll(async () => {
  fake = await startFakeTwilio();
  client = createTwilioClient({ accountSid: fake.accountSid, authToken: fake.authToken, apiUrl: fake.url });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected the send to fail'),
    (error: unknown) => error,
  );
}

describe('createTwilioClient against a Twilio-compatible server', () => {
  it('posts Messages.create to the server at apiUrl and returns its resource', async () => {
    const message = await client.messages.create({
      to: TO,
      from: FROM,
      body: 'Hello from peerline',
      statusCallback: 'https://peerline.example.org/api/sms/status',
    });
    expect(message.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(message.status).toBe('queued');
    expect(message.to).toBe(TO);
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({
      sid: message.sid,
      to: TO,
      from: FROM,
      body: 'Hello from peerline',
      statusCallback: 'https://peerline.example.org/api/sms/status',
    });
  });

  it('sends from a messaging service when given one', async () => {
    const message = await client.messages.create({ to: TO, messagingServiceSid: 'MG' + 'a'.repeat(32), body: 'hi' });
    expect(message.status).toBe('accepted');
    expect(fake.messages[0]?.messagingServiceSid).toBe('MG' + 'a'.repeat(32));
    expect(fake.messages[0]?.from).toBeUndefined();
  });

  it('does not retry a 429 itself, and passes Retry-After on', async () => {
    fake.failNext({ status: 429, retryAfter: 7 });
    const error = await rejection(client.messages.create({ to: TO, from: FROM, body: 'hi' }));
    expect(error).toBeInstanceOf(twilio.RestException);
    expect(error).toMatchObject({ status: 429, code: 20429 });
    expect(retryAfterMs(error)).toBe(7000);
    expect(fake.attempts).toHaveLength(1);
    expect(fake.messages).toHaveLength(0);
  });

  it('sends on the next attempt after a fault', async () => {
    fake.failNext({ status: 429 });
    const error = await rejection(client.messages.create({ to: TO, from: FROM, body: 'one' }));
    expect(retryAfterMs(error)).toBeUndefined();
    await client.messages.create({ to: TO, from: FROM, body: 'one' });
    expect(fake.attempts.map((a) => a.status)).toEqual([429, 201]);
    expect(fake.messages.map((m) => m.body)).toEqual(['one']);
  });

  it('does not retry a 500 itself', async () => {
    fake.failNext({ status: 500 });
    const error = await rejection(client.messages.create({ to: TO, from: FROM, body: 'hi' }));
    expect(error).toMatchObject({ status: 500, code: 20500 });
    expect(fake.attempts).toHaveLength(1);
  });

  it('reports an unsubscribed recipient as Twilio error 21610', async () => {
    fake.failNext({ status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' });
    const error = await rejection(client.messages.create({ to: TO, from: FROM, body: 'hi' }));
    expect(error).toMatchObject({ status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' });
  });

  it('is refused with a wrong auth token', async () => {
    const wrong = createTwilioClient({ accountSid: fake.accountSid, authToken: 'not-the-token', apiUrl: fake.url });
    const error = await rejection(wrong.messages.create({ to: TO, from: FROM, body: 'hi' }));
    expect(error).toMatchObject({ status: 401, code: 20003 });
    expect(fake.messages).toHaveLength(0);
  });

  it('keeps a path prefix in apiUrl', async () => {
    const prefixed = createTwilioClient({
      accountSid: fake.accountSid,
      authToken: fake.authToken,
      apiUrl: `${fake.url}/twilio/`,
    });
    // The fake serves no /twilio prefix, so a 404 proves the prefix reached the server.
    await expect(prefixed.messages.create({ to: TO, from: FROM, body: 'hi' })).rejects.toMatchObject({ status: 404 });
  });

  it('rejects a body Twilio would reject (over 1600 characters)', async () => {
    const error = await rejection(client.messages.create({ to: TO, from: FROM, body: 'x'.repeat(1601) }));
    expect(error).toMatchObject({ status: 400, code: 21617 });
  });
});

describe('the fake Twilio server', () => {
  it('waits for messages sent concurrently, in the order it received them', async () => {
    const waiting = fake.waitForMessages(3, 2000);
    await Promise.all(['a', 'b', 'c'].map((body) => client.messages.create({ to: TO, from: FROM, body })));
    const messages = await waiting;
    expect(messages.map((m) => m.body).sort()).toEqual(['a', 'b', 'c']);
  });

  it('fails waitForMessages when too few arrive in time', async () => {
    await expect(fake.waitForMessages(1, 50)).rejects.toThrow(/expected 1 messages within 50 ms, got 0/);
  });

  it('answers after the configured latency', async () => {
    fake.latencyMs = 120;
    const started = performance.now();
    await client.messages.create({ to: TO, from: FROM, body: 'slow' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('forgets messages, attempts, faults and latency on reset', async () => {
    fake.failNext({ status: 500 });
    fake.latencyMs = 500;
    fake.reset();
    expect(fake.latencyMs).toBe(0);
    await client.messages.create({ to: TO, from: FROM, body: 'fresh' });
    expect(fake.attempts.map((a) => a.status)).toEqual([201]);
    expect(fake.messages.map((m) => m.body)).toEqual(['fresh']);
  });
});
