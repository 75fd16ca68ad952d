import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { ChatDriver, FAST_SMS, startTestApp, type TestApp } from '../helpers/app.js';
import { startFakeTwilio, type FakeTwilio } from '../helpers/fake-twilio.js';
import { rowsMentioning } from '../helpers/rows-mentioning.js';
import { postSignedForm } from '../helpers/twilio-signing.js';

const PUBLIC_URL = 'https://peerline.example.org';
const OUR_NUMBER = '+12025550100';

describe.each(databaseTargets)('DELETE MY DATA on $name', (target) => {
  let twilio: FakeTwilio;
  let harness: TestApp;
  let base: string;

  beforeAll(async () => {
    twilio = await startFakeTwilio();
    harness = await startTestApp(
      target,
      {
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_PHONE_NUMBER: OUR_NUMBER,
      TWILIO_API_URL: twilio.url,
      PUBLIC_URL,
      },
      { program: FAST_SMS },
    );
    base = `http://127.0.0.1:${(await harness.app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await harness?.close();
    await twilio?.close();
  });

  it('after a confirmation, erases the person: no row anywhere refers to them, and says so', async () => {
    const phone = '+12025550199';
    const replies = () => twilio.messages.filter((message) => message.to === phone);
    const texts = ['hi', 'yes', 'Casey', '10001', 'i want to kill myself', 'DELETE MY DATA', 'yes'];
    for (const [i, body] of texts.entries()) {
      const before = replies().length;
      const response = await postSignedForm(base, '/api/sms', PUBLIC_URL, twilio.authToken, {
        MessageSid: `SM${randomUUID().replace(/-/g, '')}`,
        From: phone,
        To: OUR_NUMBER,
        Body: body,
        NumMedia: '0',
      });
      expect(response.status).toBe(200);
      await waitUntil(() => replies().length > before, `a reply to message ${i + 1}`);
    }
    await waitUntil(() => replies().some((message) => message.body.includes('Your data has been erased')), 'the erase confirmation');
    const participant = await harness.app.participants.findByAddress('sms', phone);
    expect(participant).toBeUndefined();
    // The confirmation itself is forgotten once Twilio has it.
    await waitUntil(async () => (await rowsMentioning(harness.database.db, [phone, phone.slice(1)])).length === 0, 'no row left', 10_000);
    expect(await rowsMentioning(harness.database.db, [phone, phone.slice(1), 'Casey'])).toEqual([]);
  });

  it('answering no keeps everything', async () => {
    const chat = new ChatDriver(harness.app, 'keeper');
    await chat.sayAll(['hi', 'yes', 'Kept', 'Calgary', 'delete my data']);
    expect(await chat.say('no')).toEqual(['OK, nothing was erased.']);
    expect(await harness.app.participants.findByAddress('console', 'keeper')).toMatchObject({ name: 'Kept' });
  });

  it('in the console channel too, nothing refers to the person afterwards: their safety plan and tool ratings go too', async () => {
    const chat = new ChatDriver(harness.app, 'console-eraser');
    await chat.sayAll(['hi', 'yes', 'Dana', 'Calgary']);
    const participant = await harness.app.participants.findByAddress('console', 'console-eraser');
    const helper = '403-555-0177';
    await chat.sayAll(['my plan', 'shaky hands', 'walk Rex', 'SKIP', `Marisol ${helper}`, 'yes', 'SKIP', 'SKIP', 'my daughter']);
    await chat.sayAll(['breathing', 'ok', 'ok', 'ok', '4']);
    const before = [participant!.id, helper, 'Marisol', 'walk Rex'];
    expect((await rowsMentioning(harness.database.db, before)).map((row) => row.split(':')[0])).toEqual(
      expect.arrayContaining(['safety_plans', 'coping_tool_ratings']),
    );
    await chat.say('erase my data');
    const [done] = await chat.say('yes');
    expect(done).toMatch(/Your data has been erased/);
    expect(await rowsMentioning(harness.database.db, ['console-eraser', ...before])).toEqual([]);
    // And a new message starts afresh, with the consent question.
    expect((await chat.say('hello'))[0]).toMatch(/Is it OK to text you\?/);
  });
});

async function waitUntil(probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
