import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseTargets } from './helpers/databases.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { startFakeConnector, type FakeConnector } from './helpers/fake-connector.js';

const target = databaseTargets[0]!;

const activity = (serviceUrl: string, overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'emulator',
  serviceUrl,
  from: { id: 'emulator-user', name: 'User' },
  recipient: { id: 'bot', name: 'peerline' },
  conversation: { id: 'conv-1' },
  text: 'hi',
  ...overrides,
});

describe('HTTP surface', () => {
  let harness: TestApp;
  let connector: FakeConnector;
  let base: string;

  beforeAll(async () => {
    harness = await startTestApp(target);
    connector = await startFakeConnector();
    const address = await harness.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await harness?.close();
    await connector?.close();
  });
  beforeEach(() => {
    connector.activities.length = 0;
  });

  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('GET /healthz is 200 while the database answers', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('an anonymous activity is answered through its serviceUrl when MicrosoftAppId is unset', async () => {
    const response = await post('/api/messages', JSON.stringify(activity(connector.url)));
    expect(response.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(reply?.text).toMatch(/automated peer-support assistant/);
    expect(reply?.suggestedActions?.actions.map((action) => action.title)).toEqual(['Yes', 'No']);
  });

  it('a redelivered activity (same id) is answered once', async () => {
    const once = activity(connector.url, { conversation: { id: 'conv-redelivered' }, from: { id: 'redelivered' } });
    expect((await post('/api/messages', JSON.stringify(once))).status).toBe(200);
    expect((await post('/api/messages', JSON.stringify(once))).status).toBe(200);
    await connector.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The Emulator channel also gets botbuilder's trace activities; only messages are replies.
    expect(connector.activities.filter((sent) => sent.type === 'message')).toHaveLength(1);
  });

  it('malformed JSON is 400 and nothing is sent', async () => {
    const response = await post('/api/messages', '{"type": "message",');
    expect(response.status).toBe(400);
    expect(connector.activities).toHaveLength(0);
  });

  it.each([
    ['an array', '[1,2,3]'],
    ['an object that is not an activity', '{"hello":"world"}'],
    ['an activity without a conversation', JSON.stringify({ type: 'message', channelId: 'x', serviceUrl: 'http://127.0.0.1:1', from: { id: 'a' } })],
  ])('%s is 400 with a clear error', async (_, body) => {
    const response = await post('/api/messages', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'ACTIVITY.INVALID', message: expect.stringContaining('not a Bot Framework activity') });
  });

  it('a body in another content type is 400', async () => {
    const response = await post('/api/messages', 'type=message', 'text/plain');
    expect(response.status).toBe(400);
  });

  it('a body over the limit is refused with 413', async () => {
    const response = await post('/api/messages', JSON.stringify(activity(connector.url, { text: 'x'.repeat(300_000) })));
    expect(response.status).toBe(413);
  });

  it('an unknown activity type is accepted and ignored', async () => {
    const response = await post('/api/messages', JSON.stringify(activity(connector.url, { type: 'somethingNew', text: undefined })));
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connector.activities).toHaveLength(0);
  });

  it('a person opening a chat in the Emulator is greeted with the consent question', async () => {
    const update = activity(connector.url, {
      type: 'conversationUpdate',
      text: undefined,
      conversation: { id: 'conv-greeting' },
      from: { id: 'greeted-user' },
      membersAdded: [{ id: 'greeted-user' }, { id: 'bot' }],
    });
    expect((await post('/api/messages', JSON.stringify(update))).status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(reply?.text).toMatch(/Is it OK to text you\?/);
  });

  it('POST /api/sms answers 503 when Twilio is not configured', async () => {
    const response = await post('/api/sms', 'From=%2B15551230000&Body=hi', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'SMS.NOT_CONFIGURED' });
  });
});

describe('HTTP surface with Bot Framework credentials', () => {
  let harness: TestApp;
  let base: string;
  beforeAll(async () => {
    harness = await startTestApp(target, { MicrosoftAppId: randomUUID(), MicrosoftAppPassword: 'not-a-real-secret' });
    base = `http://127.0.0.1:${(await harness.app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => harness?.close());

  it('an activity without a valid token is 401 and changes nothing', async () => {
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('http://127.0.0.1:9', { from: { id: 'intruder' } })),
    });
    expect(response.status).toBe(401);
    expect(await harness.app.participants.findByAddress('emulator', 'intruder')).toBeUndefined();
  });
});

describe('health when the database goes away', () => {
  it('GET /healthz is 503 once the database stops answering', async () => {
    const harness = await startTestApp(target);
    const base = `http://127.0.0.1:${(await harness.app.listen(0, '127.0.0.1')).port}`;
    await harness.database.close();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'database unavailable' });
    await harness.close().catch(() => undefined);
  });
});

describe('a database that goes away mid-conversation', () => {
  let harness: TestApp;
  let connector: FakeConnector;
  let base: string;
  beforeAll(async () => {
    harness = await startTestApp(target);
    connector = await startFakeConnector();
    base = `http://127.0.0.1:${(await harness.app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await harness?.close().catch(() => undefined);
    await connector?.close();
  });

  const send = (text: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(connector.url, { text, conversation: { id: 'outage' }, from: { id: 'outage-user' } })),
    });

  it('an ordinary message gets a short, kind answer with the crisis line, never a stack trace', async () => {
    await send('hi');
    await connector.waitFor(1);
    await harness.database.close();
    connector.activities.length = 0;
    await send('what can you do');
    const [reply] = (await connector.waitFor(1)).filter((sent) => sent.type === 'message');
    expect(reply?.text).toMatch(/Sorry, something went wrong on my side/);
    expect(reply?.text).toContain('988');
    expect(reply?.text).not.toMatch(/Error|at \w+ \(/);
  });

  it('a crisis message still gets the crisis lines, though nothing can be recorded', async () => {
    connector.activities.length = 0;
    await send("i'm going to kill myself tonight");
    const [reply] = (await connector.waitFor(1)).filter((sent) => sent.type === 'message');
    expect(reply?.text).toMatch(/glad you told me/);
    expect(reply?.text).toContain('call or text 988');
    expect(reply?.text).toMatch(/Please reach out to one of these lines now/);
  });
});
