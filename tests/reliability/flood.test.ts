/**
 * One number sending 100 texts in 10 seconds: every text is stored before it is acknowledged and screened for a
 * crisis, but past the flood limit the bot stops answering each one, says so once, and reads normally again when
 * the texts slow down; everyone else texting meanwhile is answered at once.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smsInbound } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';
import { SmsHarness, until } from '../helpers/sms-harness.js';

// The program's default is 10 in 30 s; a shorter window lets the test see the flood end without waiting half a minute.
const FLOOD = { texts: 10, windowSeconds: 11 };
const ON_CALL_PHONE = '+15550100001';
const NOTICE = /You're sending a lot of messages at once; I'll read the next one when things slow down/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a flood from one number on pglite', () => {
  let harness: SmsHarness;
  beforeAll(async () => {
    harness = await SmsHarness.start(databaseTargets[0]!, { flood: FLOOD });
  });
  afterAll(async () => harness?.close());

  it('is throttled politely: stored, crisis-screened, one notice, others answered meanwhile, normal again after', async () => {
    const flooder = harness.newNumber();
    const others = Array.from({ length: 6 }, () => harness.newNumber());
    const crisisAt = 55;
    const bodies = Array.from({ length: 100 }, (_, i) => (i === crisisAt ? 'i want to kill myself tonight' : `spam number ${i} from a stuck phone`));

    // 100 texts, one every 100 ms, each acknowledged only once stored.
    let floodOver = false;
    const acks: Promise<{ response: Response; messageSid: string }>[] = [];
    const flood = (async () => {
      for (const body of bodies) {
        acks.push(harness.text(flooder, body));
        await sleep(100);
      }
      floodOver = true;
    })();

    // Meanwhile, others text and are answered while the flood is still on.
    await sleep(2500);
    const answeredDuringFlood = await Promise.all(
      others.map(async (number) => {
        await harness.say(number, 'hi');
        await harness.waitForReplies(number, 1, 6000);
        return !floodOver;
      }),
    );
    expect(answeredDuringFlood, 'every other person answered before the flood ended').toEqual(others.map(() => true));
    for (const number of others) expect(harness.sentTo(number)[0]?.body).toMatch(/automated peer-support assistant/);

    await flood;
    const sent = await Promise.all(acks);
    expect(sent.map(({ response }) => response.status), 'every flood text acknowledged').toEqual(bodies.map(() => 200));
    const sids = sent.map(({ messageSid }) => messageSid);
    await harness.expectStored(sids);
    await harness.waitProcessed(sids, 20_000);

    // The crisis text in the middle of the flood got the crisis reply, and the on-call peer was alerted.
    const toFlooder = harness.sentTo(flooder).map((message) => message.body);
    expect(toFlooder.some((body) => /glad you told me/.test(body) && body.includes('988'))).toBe(true);
    await until(() => harness.sentTo(ON_CALL_PHONE).length > 0, 'the on-call alert');
    const participant = await harness.participant(flooder);
    expect(await harness.app.app.handoffs.activeFor(participant!.id)).toMatchObject({ reason: 'crisis' });

    // One notice for the flood, and far fewer texts back than came in.
    expect(toFlooder.filter((body) => NOTICE.test(body))).toHaveLength(1);
    expect(toFlooder.length, `texts to the flooder: ${toFlooder.length}`).toBeLessThanOrEqual(FLOOD.texts * 2 + 5);
    const throttled = await harness.db
      .select({ id: smsInbound.id })
      .from(smsInbound)
      .where(and(eq(smsInbound.fromAddress, flooder), eq(smsInbound.throttled, true)));
    expect(throttled.length, 'the texts past the limit are recorded as throttled').toBeGreaterThanOrEqual(100 - FLOOD.texts - 1);

    // Once the flood has been quiet for a window, the next text is read normally again.
    await sleep(FLOOD.windowSeconds * 1000);
    const before = harness.sentTo(flooder).length;
    await harness.say(flooder, 'MENU');
    const [reply] = (await harness.waitForReplies(flooder, before + 1)).slice(before);
    expect(reply?.body).not.toMatch(NOTICE);
    harness.checkHygiene();
  }, 60_000);
});
