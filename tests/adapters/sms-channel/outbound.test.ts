import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smsOutbound } from '../../../src/store/schema.js';
import { databaseTargets } from '../../helpers/databases.js';
import { OUR_NUMBER, PUBLIC_URL, SmsHarness, STATUS_CALLBACK_URL, until } from '../../helpers/sms-harness.js';
import { signTwilioRequest } from '../../helpers/twilio-signing.js';
import { createTwilioClient } from '../../../src/adapters/sms/twilio-client.js';

describe.each(databaseTargets)('outbound texts and their delivery reports on $name', (target) => {
  let sms: SmsHarness;
  beforeAll(async () => {
    sms = await SmsHarness.start(target);
  });
  // A fault is served to whichever send comes next: start each test with nothing in flight.
  beforeEach(async () => sms.waitOutboundSettled());
  afterEach(() => sms.checkHygiene());
  afterAll(async () => sms?.close());

  describe('sending through the Twilio REST API', () => {
    const attemptsTo = (to: string) => sms.fake.attempts.filter((attempt) => attempt.to === to);

    it('429 with Retry-After: the text arrives once, after the wait, and the row keeps Twilio\'s id', async () => {
      const person = sms.newNumber();
      sms.fake.failNext({ status: 429, retryAfter: 1 });
      await sms.say(person, 'hi');
      const [message] = await sms.waitForReplies(person, 1, 10_000);
      const attempts = attemptsTo(person);
      expect(attempts.map((attempt) => attempt.status)).toEqual([429, 201]);
      const waited = (message?.receivedAt.getTime() ?? 0) - (attempts[0]?.receivedAt.getTime() ?? 0);
      expect(waited).toBeGreaterThanOrEqual(950);
      await sms.waitOutboundSettled();
      expect(sms.sentTo(person)).toHaveLength(1);
      const [row] = await sms.outboundRows(person);
      expect(row).toMatchObject({ providerSid: message?.sid, status: 'accepted', attempts: 2, errorCode: null });
    });

    it('500 then success: the text arrives once', async () => {
      const person = sms.newNumber();
      sms.fake.failNext({ status: 500 });
      await sms.say(person, 'hi');
      const [message] = await sms.waitForReplies(person, 1, 10_000);
      expect(attemptsTo(person).map((attempt) => attempt.status)).toEqual([500, 201]);
      await sms.waitOutboundSettled();
      expect(sms.sentTo(person)).toHaveLength(1);
      expect((await sms.outboundRows(person))[0]).toMatchObject({ providerSid: message?.sid, attempts: 2 });
    });

    it('a text Twilio took before the connection dropped is not sent twice: the retry asks Twilio first', async () => {
      const person = sms.newNumber();
      sms.fake.failNext({ status: 0, acceptThenDrop: true });
      await sms.say(person, 'hi');
      const [row] = await until(async () => {
        const rows = await sms.outboundRows(person);
        return rows[0]?.providerSid ? rows : undefined;
      }, 'the text to be recorded sent', 10_000);
      expect(sms.sentTo(person)).toHaveLength(1);
      expect(row).toMatchObject({ providerSid: sms.sentTo(person)[0]?.sid, status: 'accepted', attempts: 2, inDoubt: false });
    });

    it('texts claimed by an instance that died while sending are checked with Twilio, and sent only if Twilio lacks them', async () => {
      const [taken, lost] = [sms.newNumber(), sms.newNumber()];
      // The dead instance had handed the first text to Twilio, not the second; both rows are left claimed, their lease gone.
      const twilio = createTwilioClient({ accountSid: sms.fake.accountSid, authToken: sms.fake.authToken, apiUrl: sms.fake.url });
      const delivered = await twilio.messages.create({ to: taken, from: OUR_NUMBER, body: 'Your reminder: drink water.' });
      const deadClaim = { status: 'queued', inDoubt: true, claimedBy: 'dead-instance', leaseUntil: new Date(Date.now() - 1000), attempts: 1, options: null, ephemeral: false };
      await sms.db.insert(smsOutbound).values([
        { ...deadClaim, dedupeKey: `test:dead:${taken}`, toAddress: taken, body: 'Your reminder: drink water.' },
        { ...deadClaim, dedupeKey: `test:dead:${lost}`, toAddress: lost, body: 'Your reminder: stretch.' },
      ]);
      const rows = await until(async () => {
        const settled = [...(await sms.outboundRows(taken)), ...(await sms.outboundRows(lost))];
        return settled.every((row) => row.providerSid !== null) ? settled : undefined;
      }, 'both texts to be settled', 10_000);
      expect(sms.sentTo(taken).map((message) => message.sid)).toEqual([delivered.sid]);
      expect(sms.sentTo(lost).map((message) => message.body)).toEqual(['Your reminder: stretch.']);
      expect(rows.map((row) => [row.providerSid, row.inDoubt])).toEqual([
        [delivered.sid, false],
        [sms.sentTo(lost)[0]?.sid, false],
      ]);
      expect(sms.app.logs.lines.some((line) => line.includes('"event":"sms_not_resent"'))).toBe(true);
    });

    it('on its last try, a crisis text in doubt whose lookup keeps failing is sent anyway; a routine one is marked failed and not sent', async () => {
      const [inCrisis, routine] = [sms.newNumber(), sms.newNumber()];
      // Both were claimed by an instance that died mid-send, five tries ago: this claim is the sixth and last.
      const lastTry = { status: 'queued', inDoubt: true, claimedBy: 'dead-instance', leaseUntil: new Date(Date.now() - 1000), attempts: 5, options: null, ephemeral: false };
      const crisisReply = "I'm really glad you told me. You matter. Please call or text 988 now.";
      sms.fake.lookupFault = { status: 503 };
      const lookupsBefore = sms.fake.lookups;
      try {
        await sms.db.insert(smsOutbound).values([
          { ...lastTry, dedupeKey: `test:last-try:${inCrisis}`, toAddress: inCrisis, body: crisisReply, critical: true },
          { ...lastTry, dedupeKey: `test:last-try:${routine}`, toAddress: routine, body: 'Your reminder: drink water.', critical: false },
        ]);
        const [sent, failed] = await until(async () => {
          const rows = [...(await sms.outboundRows(inCrisis)), ...(await sms.outboundRows(routine))];
          return rows[0]?.providerSid && rows[1]?.status === 'failed' ? rows : undefined;
        }, 'both texts to be settled', 10_000);
        expect(sms.fake.lookups - lookupsBefore).toBeGreaterThanOrEqual(2);
        expect(sms.sentTo(inCrisis).map((message) => message.body)).toEqual([crisisReply]);
        expect(sent).toMatchObject({ providerSid: sms.sentTo(inCrisis)[0]?.sid, status: 'accepted', attempts: 6, inDoubt: false });
        expect(sms.sentTo(routine)).toEqual([]);
        expect(attemptsTo(routine)).toEqual([]);
        expect(failed).toMatchObject({ status: 'failed', providerSid: null, attempts: 6, errorCode: '20503' });
        expect(sms.logLines().some((line) => line.includes('"event":"sms_sent_in_doubt"'))).toBe(true);
      } finally {
        sms.fake.lookupFault = undefined;
      }
    });

    it('a permanent 400 is recorded failed with Twilio\'s code and not retried', async () => {
      const person = sms.newNumber();
      sms.fake.failNext({ status: 400, code: 21211, message: "The 'To' number is not a valid phone number." });
      const messageSid = await sms.say(person, 'hi');
      await sms.waitProcessed([messageSid]);
      const [row] = await until(async () => {
        const rows = await sms.outboundRows(person);
        return rows[0]?.status === 'failed' ? rows : undefined;
      }, 'the send to be recorded failed');
      expect(row).toMatchObject({ status: 'failed', errorCode: '21211', providerSid: null, attempts: 1 });
      expect(attemptsTo(person).map((attempt) => attempt.status)).toEqual([400]);
      expect(sms.sentTo(person)).toEqual([]);
    });

    it('error 21610 on send marks the participant opted out, and nothing more goes to them', async () => {
      const person = sms.newNumber();
      sms.fake.failNext({ status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' });
      await sms.say(person, 'hi');
      await until(async () => (await sms.participant(person))?.status === 'opted_out', 'the participant to be opted out');
      expect((await sms.outboundRows(person))[0]).toMatchObject({ status: 'failed', errorCode: '21610' });
      const messageSid = await sms.say(person, 'hello?');
      await sms.waitProcessed([messageSid]);
      expect(attemptsTo(person)).toHaveLength(1);
      expect(sms.logLines().some((line) => line.includes('recipient is unsubscribed at the carrier'))).toBe(true);
    });

    it('every text goes from our number with a status callback under PUBLIC_URL', async () => {
      const person = sms.newNumber();
      await sms.exchange(person, 'hi');
      const [message] = sms.sentTo(person);
      expect(message?.form).toMatchObject({ To: person, From: '+12025550100', StatusCallback: STATUS_CALLBACK_URL });
      expect(message?.form.MessagingServiceSid).toBeUndefined();
    });
  });

  describe('delivery status callbacks', () => {
    /** A text we sent (the consent question to a newcomer): its Twilio sid and number. */
    const sentText = async () => {
      const person = sms.newNumber();
      await sms.exchange(person, 'hi');
      const [message] = sms.sentTo(person);
      if (!message) throw new Error('no text sent');
      await until(async () => (await row(message.sid))?.providerSid === message.sid, 'the sent text to be recorded');
      return { person, sid: message.sid };
    };

    const row = async (sid: string) => (await sms.db.select().from(smsOutbound).where(eq(smsOutbound.providerSid, sid)))[0];

    const callback = (sid: string, to: string, status: string, errorCode?: string) =>
      sms.post(
        '/api/sms/status',
        {
          MessageSid: sid,
          SmsSid: sid,
          MessageStatus: status,
          SmsStatus: status,
          AccountSid: sms.fake.accountSid,
          From: OUR_NUMBER,
          To: to,
          ApiVersion: '2010-04-01',
          ...(errorCode ? { ErrorCode: errorCode } : {}),
        },
      );

    it('the usual order is recorded: sent, then delivered', async () => {
      const { person, sid } = await sentText();
      expect((await callback(sid, person, 'sent')).status).toBe(204);
      expect((await row(sid))?.status).toBe('sent');
      expect((await callback(sid, person, 'delivered')).status).toBe(204);
      expect(await row(sid)).toMatchObject({ status: 'delivered', errorCode: null, toAddress: person });
    });

    it.each([
      ['delivered then failed', [['delivered'], ['failed', '30003']], 'failed', '30003'],
      ['failed then delivered', [['failed', '30005'], ['delivered']], 'failed', '30005'],
      ['undelivered then sent then delivered', [['undelivered', '30006'], ['sent'], ['delivered']], 'undelivered', '30006'],
      ['sent after delivered', [['delivered'], ['sent']], 'delivered', null],
      ['queued after sent', [['sent'], ['queued']], 'sent', null],
      ['the same delivered twice', [['delivered'], ['delivered']], 'delivered', null],
    ])('%s: the row ends %s', async (_, sequence, finalStatus, finalError) => {
      const { person, sid } = await sentText();
      for (const [status, errorCode] of sequence as [string, string?][]) {
        expect((await callback(sid, person, status, errorCode)).status).toBe(204);
      }
      expect(await row(sid)).toMatchObject({ status: finalStatus, errorCode: finalError });
    });

    it('a callback for an unknown MessageSid is accepted and changes nothing', async () => {
      const response = await callback('SM00000000000000000000000000000000', sms.newNumber(), 'delivered');
      expect(response.status).toBe(204);
      expect(await row('SM00000000000000000000000000000000')).toBeUndefined();
    });

    it('ErrorCode 21610 in a callback marks the participant opted out', async () => {
      const { person, sid } = await sentText();
      expect((await callback(sid, person, 'undelivered', '21610')).status).toBe(204);
      expect((await sms.participant(person))?.status).toBe('opted_out');
      expect(await row(sid)).toMatchObject({ status: 'undelivered', errorCode: '21610' });
      const messageSid = await sms.say(person, 'hello again');
      await sms.waitProcessed([messageSid]);
      expect(sms.sentTo(person)).toHaveLength(1);
    });

    it.each([
      ['a forged signature', () => 'Zm9yZ2Vk'],
      ['no signature', () => null],
      ['a signature for the inbound route', (params: Record<string, string>) => signTwilioRequest(sms.fake.authToken, `${PUBLIC_URL}/api/sms`, params)],
    ])('a callback with %s is 403 and changes nothing', async (_, sign) => {
      const { person, sid } = await sentText();
      const before = await row(sid);
      const params = { MessageSid: sid, MessageStatus: 'failed', ErrorCode: '21610', To: person };
      const response = await sms.post('/api/sms/status', params, { signature: sign(params) });
      expect(response.status).toBe(403);
      expect(await row(sid)).toEqual(before);
      expect((await sms.participant(person))?.status).toBe('pending_consent');
    });

    it.each([
      ['no MessageStatus', { MessageSid: 'SM11111111111111111111111111111111' }],
      ['no MessageSid', { MessageStatus: 'delivered' }],
      ['a non-numeric ErrorCode', { MessageSid: 'SM11111111111111111111111111111111', MessageStatus: 'failed', ErrorCode: 'abc' }],
    ])('a signed callback with %s is 400', async (_, params) => {
      const response = await sms.post('/api/sms/status', params);
      expect(response.status).toBe(400);
    });
  });
});

// A sender set up differently from the usual long code: a messaging service, 5 texts a second, and no Twilio
// keyword handling (so the bot confirms STOP itself).
const SERVICE = `MG${'0123456789abcdef'.repeat(2)}`;

describe.each(databaseTargets)('a messaging service at 5 texts a second without Twilio keyword handling on $name', (target) => {
  let sms: SmsHarness;
  beforeAll(async () => {
    sms = await SmsHarness.start(target, {
      messagesPerSecond: 5,
      twilioHandlesOptOutKeywords: false,
      env: { TWILIO_PHONE_NUMBER: '', TWILIO_MESSAGING_SERVICE_SID: SERVICE },
    });
  });
  afterEach(() => sms.checkHygiene());
  afterAll(async () => sms?.close());

  it('texts go from the messaging service, not from a number, with the status callback', async () => {
    const person = sms.newNumber();
    await sms.exchange(person, 'hi');
    const [message] = sms.sentTo(person);
    expect(message?.messagingServiceSid).toBe(SERVICE);
    expect(message?.from).toBeUndefined();
    expect(message?.statusCallback).toBe(STATUS_CALLBACK_URL);
  });

  it('the per-sender rate is respected: five replies at 5 a second are spread over about a second', async () => {
    await sms.waitOutboundSettled();
    const people = Array.from({ length: 5 }, () => sms.newNumber());
    for (const person of people) await sms.say(person, 'hi');
    for (const person of people) await sms.waitForReplies(person, 1);
    const times = people.map((person) => sms.sentTo(person)[0]?.receivedAt.getTime() ?? 0).sort((a, b) => a - b);
    // Four gaps of 200 ms; measured where the fake receives them, so allow for a late first request.
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(600);
  });

  it('STOP gets exactly one confirmation from the bot, and nothing after it', async () => {
    const person = sms.newNumber();
    await sms.exchange(person, 'hi');
    await sms.exchange(person, 'yes');
    const [confirmation] = await sms.exchange(person, 'STOP');
    expect(confirmation).toMatch(/unsubscribed from peerline/);
    expect((await sms.participant(person))?.status).toBe('opted_out');
    const messageSid = await sms.say(person, 'anyone there?');
    await sms.waitProcessed([messageSid]);
    expect(sms.sentTo(person)).toHaveLength(3);
  });

  it('START then gets a welcome back from the bot', async () => {
    const person = sms.newNumber();
    await sms.exchange(person, 'hi');
    await sms.exchange(person, 'yes');
    await sms.exchange(person, 'STOP');
    const [welcome] = await sms.exchange(person, 'START');
    expect(welcome).toMatch(/Welcome back to peerline/);
    expect((await sms.participant(person))?.status).toBe('active');
  });
});
