import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../helpers/databases.js';
import { OUR_NUMBER, SmsHarness, STATUS_CALLBACK_URL, newMessageSid } from '../../helpers/sms-harness.js';
import { signTwilioRequest } from '../../helpers/twilio-signing.js';

/** The option lines of a text: "1 Yes" → [1, 'Yes']. */
const optionLines = (text: string) => [...text.matchAll(/^(\d+) (.+)$/gm)].map((match) => [match[1] ?? '', match[2] ?? ''] as const);

/** The number a menu text gives an option, to reply with. */
const optionNumber = (text: string, title: string): string => {
  const found = optionLines(text).find(([, shown]) => shown === title);
  if (!found) throw new Error(`no option "${title}" in: ${text}`);
  return found[0];
};

describe.each(databaseTargets)('inbound texts through the real server on $name', (target) => {
  let sms: SmsHarness;
  beforeAll(async () => {
    sms = await SmsHarness.start(target);
  });
  afterEach(() => sms.checkHygiene());
  afterAll(async () => sms?.close());

  describe('a conversation by text', () => {
    it('a person enrolls, uses the numbered menu and gets HELP entirely by text', async () => {
      const person = sms.newNumber();
      const [consent] = await sms.exchange(person, 'hi');
      expect(consent).toContain('automated peer-support assistant, not a person');
      expect(consent).toContain('Msg & data rates may apply');
      expect(consent).toMatch(/1 Yes\n2 No$/);

      expect(await sms.exchange(person, '1')).toEqual([expect.stringMatching(/What should I call you/)]);
      const afterConsent = await sms.participant(person);
      expect(afterConsent).toMatchObject({ status: 'active', consentText: expect.stringContaining('Msg & data rates may apply') });
      expect(afterConsent?.consentAt).toBeInstanceOf(Date);

      expect(await sms.exchange(person, 'Robin')).toEqual([expect.stringMatching(/What city or ZIP/)]);
      const enrolled = await sms.exchange(person, '10001', 3);
      expect(enrolled[0]).toMatch(/Got it: .*New York/);
      expect(enrolled[1]).toMatch(/You're all set, Robin/);
      expect(enrolled[2]).toMatch(/^What would you like to do\?\n1 /);
      const menu = enrolled[2] ?? '';

      const [help] = await sms.exchange(person, optionNumber(menu, 'Help'));
      expect(help).toContain('(555) 010-0199');
      expect(help).toContain('call or text 988');
      const [helpKeyword] = await sms.exchange(person, 'HELP');
      expect(helpKeyword).toBe(help);
      expect(await sms.participant(person)).toMatchObject({ name: 'Robin', timeZone: 'America/New_York', status: 'active' });

      for (const message of sms.sentTo(person)) {
        expect(message.from).toBe(OUR_NUMBER);
        expect(message.statusCallback).toBe(STATUS_CALLBACK_URL);
      }
      await sms.waitOutboundSettled();
      const rows = await sms.outboundRows(person);
      expect(rows.map((row) => row.providerSid)).toEqual(sms.sentTo(person).map((message) => message.sid));
    });

    it('a numbered reply is read against the options last texted, not an older list', async () => {
      const person = sms.newNumber();
      await sms.exchange(person, 'hi');
      await sms.exchange(person, 'yes');
      await sms.exchange(person, 'SKIP');
      await sms.exchange(person, '10001', 3);
      const [menu] = await sms.exchange(person, 'menu');
      const [settings] = await sms.exchange(person, optionNumber(menu ?? '', 'My settings'));
      expect(settings).toMatch(/What would you like to change\?/);
      // "2" now means the settings list's second option, whatever the menu's second option was.
      const location = optionNumber(settings ?? '', 'Location');
      expect(optionLines(menu ?? '').find(([number]) => number === location)?.[1]).not.toBe('Location');
      expect(await sms.exchange(person, location)).toEqual([expect.stringMatching(/What city or ZIP/)]);
      const [moved] = await sms.exchange(person, 'Boston', 2);
      expect(moved).toMatch(/Got it: Boston/);
      const [again] = await sms.exchange(person, 'menu');
      expect((await sms.exchange(person, optionNumber(again ?? '', 'Help')))[0]).toContain('call or text 988');
    });

    it('the acknowledgement is empty TwiML as text/xml, and the reply comes after it', async () => {
      const person = sms.newNumber();
      const { response } = await sms.text(person, 'hello there');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
      expect(await response.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
      await sms.waitForReplies(person, 1);
    });

    it('acknowledges 50 texts quickly (timings printed, not asserted)', async () => {
      const timings: number[] = [];
      const people = Array.from({ length: 10 }, () => sms.newNumber());
      for (let i = 0; i < 50; i += 1) {
        const started = performance.now();
        const { response } = await sms.text(people[i % people.length]!, i % 5 === 0 ? 'hi' : `check ${i}`);
        await response.text();
        timings.push(performance.now() - started);
        expect(response.status).toBe(200);
      }
      timings.sort((a, b) => a - b);
      const median = ((timings[24] ?? 0) + (timings[25] ?? 0)) / 2;
      console.log(`[sms ack on ${target.name}] 50 posts: median ${median.toFixed(1)} ms, max ${(timings.at(-1) ?? 0).toFixed(1)} ms`);
      for (const person of people) await sms.waitForReplies(person, 5, 15_000);
      await sms.waitOutboundSettled();
    });

    it('a Twilio retry of the same MessageSid is answered once', async () => {
      const person = sms.newNumber();
      const messageSid = newMessageSid();
      await sms.say(person, 'hi', { MessageSid: messageSid });
      await sms.say(person, 'hi', { MessageSid: messageSid });
      await sms.waitProcessed([messageSid]);
      await sms.say(person, 'hi', { MessageSid: messageSid }); // after it was answered, too
      await sms.waitProcessed([messageSid]);
      expect(await sms.inboundRows(messageSid)).toHaveLength(1);
      expect(sms.sentTo(person)).toHaveLength(1);
    });

    it('a participant who texts five messages in one second gets every answer, in order', async () => {
      const person = sms.newNumber();
      const sids: string[] = [];
      // Back to back, each as soon as the last was acknowledged (well inside a second on an idle machine).
      for (const body of ['hi', 'yes', 'Jo', '10001', 'help']) sids.push(await sms.say(person, body));
      const replies = await sms.waitForReplies(person, 7, 15_000);
      expect(replies.map((message) => message.body)).toEqual([
        expect.stringMatching(/Is it OK to text you\?\n1 Yes\n2 No$/),
        expect.stringMatching(/What should I call you/),
        expect.stringMatching(/What city or ZIP/),
        expect.stringMatching(/Got it: .*New York/),
        expect.stringMatching(/You're all set, Jo/),
        expect.stringMatching(/What would you like to do\?/),
        expect.stringContaining('call or text 988'),
      ]);
      await sms.waitProcessed(sids);
      expect(sms.sentTo(person)).toHaveLength(7);
    });

    it.each([
      ['emoji', '🙂🙏🏽 hi'],
      ['accents and CJK', 'Ça va? ¿Qué tal? 你好'],
      ['right-to-left', 'مرحبا'],
      ['a surrogate pair at the 1600th character', `${'a'.repeat(1599)}😀`],
    ])('%s in a body is answered', async (_, body) => {
      const person = sms.newNumber();
      const [reply] = await sms.exchange(person, body);
      expect(reply).toMatch(/Is it OK to text you\?/);
    });

    it('MMS with text: the text is handled and the person is told kindly pictures cannot be read', async () => {
      const person = sms.newNumber();
      const replies = await sms.exchange(person, 'hi', 2, {
        NumMedia: '1',
        MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0',
        MediaContentType0: 'image/jpeg',
      });
      expect(replies[0]).toMatch(/I can only read text, not pictures/);
      expect(replies[1]).toMatch(/Is it OK to text you\?/);
    });

    it('MMS without text gets only the notice', async () => {
      const person = sms.newNumber();
      const messageSid = await sms.say(person, '', { NumMedia: '2', MediaContentType0: 'image/png', MediaContentType1: 'image/png' });
      await sms.waitProcessed([messageSid]);
      expect(sms.sentTo(person).map((message) => message.body)).toEqual([expect.stringMatching(/I can only read text, not pictures/)]);
    });

    it('an inbound row records what arrived and is marked done', async () => {
      const person = sms.newNumber();
      const messageSid = await sms.say(person, 'hello again', { NumMedia: '1' });
      await sms.waitProcessed([messageSid]);
      const [row] = await sms.inboundRows(messageSid);
      expect(row).toMatchObject({ fromAddress: person, toAddress: OUR_NUMBER, body: 'hello again', numMedia: 1, status: 'done', attempts: 1 });
    });
  });

  describe('signed webhooks and odd forms', () => {
    const form = (from: string, body: string, extra: Record<string, string> = {}) => ({
      MessageSid: newMessageSid(),
      From: from,
      To: OUR_NUMBER,
      Body: body,
      NumMedia: '0',
      ...extra,
    });

    /** A genuine text from someone else, answered: anything stored before it would have been answered by now. */
    const sentinel = async () => {
      const other = sms.newNumber();
      await sms.exchange(other, 'hi');
    };

    const expectNothingHappened = async (from: string, messageSid: string) => {
      await sentinel();
      expect(await sms.inboundRows(messageSid)).toEqual([]);
      expect(sms.sentTo(from)).toEqual([]);
      expect(await sms.participant(from)).toBeUndefined();
    };

    it.each([
      ['a forged signature', { signature: 'bm90IGEgcmVhbCBzaWduYXR1cmU=' }],
      ['no signature', { signature: null }],
      ['an empty signature', { signature: '' }],
      ['a signature for another URL', { signedFor: 'https://evil.example.org' }],
    ])('%s is 403 and stores and sends nothing', async (_, options) => {
      const person = sms.newNumber();
      const params = form(person, 'hello, is anyone there');
      const response = await sms.post('/api/sms', params, options);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'SMS.SIGNATURE_INVALID' });
      await expectNothingHappened(person, params.MessageSid);
    });

    it('a signature for the status route does not open the inbound route', async () => {
      const person = sms.newNumber();
      const params = form(person, 'hello from the wrong route');
      const signature = signTwilioRequest(sms.fake.authToken, 'https://peerline.example.org/api/sms/status', params);
      const response = await sms.post('/api/sms', params, { signature });
      expect(response.status).toBe(403);
      await expectNothingHappened(person, params.MessageSid);
    });

    it('a signed form whose Body was changed in transit is 403', async () => {
      const person = sms.newNumber();
      const params = form(person, 'original words');
      const signature = signTwilioRequest(sms.fake.authToken, 'https://peerline.example.org/api/sms', params);
      const response = await sms.post('/api/sms', { ...params, Body: 'tampered words' }, { signature });
      expect(response.status).toBe(403);
      await expectNothingHappened(person, params.MessageSid);
    });

    it('a signed form with unknown extra fields is accepted and answered', async () => {
      const person = sms.newNumber();
      const replies = await sms.exchange(person, 'hi', 1, { SomeNewTwilioField: 'whatever', FromCity: 'WASHINGTON', AddOns: '{"status":"successful"}' });
      expect(replies[0]).toMatch(/Is it OK to text you\?/);
    });

    it.each([
      ['no From', 'From'],
      ['no Body', 'Body'],
      ['no MessageSid', 'MessageSid'],
    ])('a signed form with %s is 400 and stores nothing', async (_, missing) => {
      const person = sms.newNumber();
      const params: Record<string, string> = form(person, 'a text with a missing field');
      const messageSid = params.MessageSid ?? '';
      delete params[missing];
      const response = await sms.post('/api/sms', params);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'SMS.INBOUND_INVALID', message: expect.stringContaining(missing) });
      await expectNothingHappened(person, messageSid);
    });

    it('a signed form with a From that is not a phone number is 400', async () => {
      const params = form('not-a-number', 'hello');
      const response = await sms.post('/api/sms', params);
      expect(response.status).toBe(400);
      expect(await sms.inboundRows(params.MessageSid)).toEqual([]);
    });

    it.each([
      ['broken percent-encoding', 'application/x-www-form-urlencoded', 'MessageSid=SM1&From=%2B1202555&Body=%E0%A4%A&x=%ZZ'],
      ['JSON sent as a form', 'application/x-www-form-urlencoded', '{"From":"+12025550199","Body":"hi"}'],
      ['bracketed keys', 'application/x-www-form-urlencoded', 'From[a][b]=1&Body[]=2&Body[]=3'],
      ['a JSON body', 'application/json', '{"From":"+12025550199","Body":"hi","MessageSid":"SM1"}'],
      ['broken JSON', 'application/json', '{"From":'],
      ['an XML body', 'text/xml', '<Response/>'],
      ['no content type', '', 'From=%2B12025550199&Body=hi'],
    ])('%s is refused with a 4xx and nothing is stored', async (_, contentType, body) => {
      const before = await sms.inboundCount();
      const headers: Record<string, string> = contentType ? { 'Content-Type': contentType } : {};
      const response = await fetch(`${sms.base}/api/sms`, { method: 'POST', headers: { ...headers, 'X-Twilio-Signature': 'AAAA' }, body });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      await sentinel();
      expect(await sms.inboundCount()).toBe(before + 1); // the sentinel's text only
    });

    it('a huge body is refused with 413 or 400, never a server error', async () => {
      const person = sms.newNumber();
      const params = form(person, 'a'.repeat(300 * 1024));
      const response = await sms.post('/api/sms', params);
      expect([400, 413]).toContain(response.status);
      await expectNothingHappened(person, params.MessageSid);
    });

    it('a body longer than any real text (20,000 characters) is 400, never a server error', async () => {
      const person = sms.newNumber();
      const params = form(person, 'b'.repeat(20_000));
      const response = await sms.post('/api/sms', params);
      expect(response.status).toBe(400);
      await expectNothingHappened(person, params.MessageSid);
    });

    it('a long but plausible body (5,000 characters) is answered', async () => {
      const person = sms.newNumber();
      const replies = await sms.exchange(person, 'c'.repeat(5000));
      expect(replies[0]).toMatch(/Is it OK to text you\?/);
    });
  });
});
