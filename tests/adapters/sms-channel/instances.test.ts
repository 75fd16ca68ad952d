import type { TurnContext } from 'botbuilder';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SmsInboundWorker } from '../../../src/adapters/sms/inbound-worker.js';
import { SmsSender } from '../../../src/adapters/sms/outbound-sender.js';
import { SmsAdapter } from '../../../src/adapters/sms/sms-adapter.js';
import { createTwilioClient } from '../../../src/adapters/sms/twilio-client.js';
import { silentLogger } from '../../../src/logging.js';
import { processedActivities, smsInbound } from '../../../src/store/schema.js';
import { SmsInboundRepository } from '../../../src/store/sms-inbound.js';
import { SmsOutboundRepository } from '../../../src/store/sms-outbound.js';
import { databaseTargets } from '../../helpers/databases.js';
import { OUR_NUMBER, SmsHarness, STATUS_CALLBACK_URL, newMessageSid, until } from '../../helpers/sms-harness.js';

// One person's enrollment, five texts, and the seven replies it must get, in this order.
const ENROLLMENT = ['hi', 'yes', 'Jo', '10001', 'help'] as const;
const ENROLLMENT_REPLIES = [
  /Is it OK to text you\?\n1 Yes\n2 No$/,
  /What should I call you/,
  /What city or ZIP/,
  /Got it: .*New York/,
  /You're all set, Jo/,
  /What would you like to do\?/,
  /call or text 988/,
].map((pattern) => expect.stringMatching(pattern));

/** A gate a test opens when it wants a claim that is already under way to reach the database. */
class Gate {
  private release!: () => void;
  readonly opened = new Promise<void>((resolve) => (this.release = resolve));
  entered = false;
  open(): void {
    this.release();
  }
}

class GatedInbound extends SmsInboundRepository {
  gate: Gate | undefined;
  override async claimNext(owner: string, leaseMs: number, limit: number) {
    const gate = this.gate;
    if (gate) {
      gate.entered = true;
      await gate.opened;
    }
    return super.claimNext(owner, leaseMs, limit);
  }
}

class GatedOutbound extends SmsOutboundRepository {
  gate: Gate | undefined;
  override async claimDue(owner: string, leaseMs: number, limit: number) {
    const gate = this.gate;
    if (gate) {
      gate.entered = true;
      await gate.opened;
    }
    return super.claimDue(owner, leaseMs, limit);
  }
}

describe.each(databaseTargets)('restarts and several instances on one $name database', (target) => {
  // One database for the whole file; each test starts the instances it needs and closes them after.
  let sms: SmsHarness;
  beforeAll(async () => {
    sms = await SmsHarness.start(target, { mode: 'none' });
  });
  afterEach(async () => {
    sms.checkHygiene();
    await Promise.all(sms.instances.slice(1).map((instance) => instance.close()));
  });
  afterAll(async () => sms?.close());

  const expectAllDone = async (harness: SmsHarness, messageSids: readonly string[]) => {
    const rows = await harness.db.select().from(smsInbound).where(inArray(smsInbound.messageSid, [...messageSids]));
    expect(rows).toHaveLength(messageSids.length);
    for (const row of rows) expect(row).toMatchObject({ status: 'done', attempts: 1 });
  };

  it('texts stored by an instance that died before processing them are each answered once, in order, after restart', async () => {
    const dead = await sms.addInstance('http-only');
    const people = [sms.newNumber(), sms.newNumber(), sms.newNumber()];
    const sids: string[] = [];
    for (const [index, body] of ENROLLMENT.entries()) {
      for (const person of people.slice(0, index < 2 ? 3 : 1)) sids.push(await sms.say(person, body));
    }
    await sms.expectStored(sids);
    await dead.close();
    expect(people.flatMap((person) => sms.sentTo(person))).toEqual([]);

    await sms.addInstance('full');
    const [first, second, third] = people as [string, string, string];
    expect((await sms.waitForReplies(first, 7)).map((message) => message.body)).toEqual(ENROLLMENT_REPLIES);
    for (const person of [second, third]) {
      expect((await sms.waitForReplies(person, 2)).map((message) => message.body)).toEqual(ENROLLMENT_REPLIES.slice(0, 2));
    }
    await sms.waitProcessed(sids);
    await expectAllDone(sms, sids);
    expect(sms.sentTo(first)).toHaveLength(7);
    expect(sms.sentTo(second)).toHaveLength(2);
    expect(sms.sentTo(third)).toHaveLength(2);
  });

  it('an instance closed right after acknowledging a burst leaves nothing half-done: the next one answers the rest, once, in order', async () => {
    const first = await sms.addInstance('full');
    const person = sms.newNumber();
    const sids: string[] = [];
    for (const body of ENROLLMENT) sids.push(await sms.say(person, body));
    await first.close();

    await sms.addInstance('full');
    const replies = await sms.waitForReplies(person, 7);
    await sms.waitProcessed(sids);
    expect(replies.map((message) => message.body)).toEqual(ENROLLMENT_REPLIES);
    expect(sms.sentTo(person)).toHaveLength(7);
    await expectAllDone(sms, sids);
  });

  it('two instances taking texts for the same people answer each text once, each person in order', async () => {
    const bases = [(await sms.addInstance('full')).base, (await sms.addInstance('full')).base];
    const people = Array.from({ length: 6 }, () => sms.newNumber());
    const sids: string[] = [];
    // Every round posts one text per person at once, alternating instances, without waiting for answers.
    for (const [round, body] of ENROLLMENT.entries()) {
      sids.push(...(await Promise.all(people.map((person, index) => sms.say(person, body, {}, { base: bases[(index + round) % 2] })))));
    }
    for (const person of people) {
      expect((await sms.waitForReplies(person, 7, 20_000)).map((message) => message.body)).toEqual(ENROLLMENT_REPLIES);
    }
    await sms.waitProcessed(sids);
    await expectAllDone(sms, sids);
    for (const person of people) expect(sms.sentTo(person)).toHaveLength(7);

    const owners = await sms.db.selectDistinct({ owner: smsInbound.claimedBy }).from(smsInbound).where(inArray(smsInbound.messageSid, sids));
    console.log(`[sms instances on ${target.name}] ${sids.length} texts, claimed by ${owners.length} worker(s)`);
  });

  it('a text whose instance died mid-turn is claimed again once its lease runs out, and answered once', async () => {
    const person = sms.newNumber();
    const messageSid = newMessageSid();
    // What a dead instance leaves: the text claimed, its lease run out, the turn never finished.
    await sms.db.insert(smsInbound).values({
      messageSid, fromAddress: person, toAddress: OUR_NUMBER, body: 'hi', claimedBy: 'dead-instance', attempts: 1,
      leaseUntil: new Date(Date.now() - 1000),
    });
    await sms.addInstance('full');
    const [reply] = await sms.waitForReplies(person, 1);
    expect(reply?.body).toMatch(/Is it OK to text you\?/);
    await sms.waitProcessed([messageSid]);
    expect(sms.sentTo(person)).toHaveLength(1);
    expect((await sms.inboundRows(messageSid))[0]).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a text whose instance died after the turn began (its activity already marked seen) is still answered', async () => {
    const person = sms.newNumber();
    const messageSid = newMessageSid();
    await sms.db.insert(smsInbound).values({
      messageSid, fromAddress: person, toAddress: OUR_NUMBER, body: 'hi', claimedBy: 'dead-instance', attempts: 1,
      leaseUntil: new Date(Date.now() - 1000),
    });
    await sms.db.insert(processedActivities).values({ channel: 'sms', activityId: messageSid, conversationKey: `sms/${person}` });
    await sms.addInstance('full');
    await sms.waitProcessed([messageSid]);
    expect(sms.sentTo(person).map((message) => message.body)).toEqual([expect.stringMatching(/Is it OK to text you\?/)]);
  });

  it('a Twilio retry landing on the other instance is still answered once', async () => {
    const first = await sms.addInstance('full');
    const second = await sms.addInstance('full');
    const person = sms.newNumber();
    const messageSid = await sms.say(person, 'hi', {}, { base: first.base });
    await sms.say(person, 'hi', { MessageSid: messageSid }, { base: second.base });
    await sms.waitProcessed([messageSid]);
    expect(await sms.inboundRows(messageSid)).toHaveLength(1);
    expect(sms.sentTo(person)).toHaveLength(1);
  });

  const client = () => createTwilioClient({ accountSid: sms.fake.accountSid, authToken: sms.fake.authToken, apiUrl: sms.fake.url });
  const senderOptions = { from: { phoneNumber: OUR_NUMBER }, statusCallbackUrl: STATUS_CALLBACK_URL, onUnsubscribed: async () => undefined };

  it('a text claimed while the worker stops is processed before stop returns, not left leased', async () => {
    const inbound = new GatedInbound(sms.db);
    const outbound = new SmsOutboundRepository(sms.db);
    const messageSid = newMessageSid();
    await inbound.store({ messageSid, fromAddress: sms.newNumber(), toAddress: OUR_NUMBER, body: 'hello', numMedia: 0, optOutType: null });
    const turns: string[] = [];
    const worker = new SmsInboundWorker(inbound, new SmsAdapter(outbound, () => undefined), async (context: TurnContext) => {
      turns.push(context.activity.id ?? '');
    }, silentLogger);
    inbound.gate = new Gate();
    worker.start();
    await until(() => inbound.gate?.entered, 'the worker to start claiming');
    const stopped = worker.stop();
    inbound.gate.open();
    await stopped;
    expect(turns).toEqual([messageSid]);
    const [row] = await sms.db.select().from(smsInbound).where(eq(smsInbound.messageSid, messageSid));
    expect(row).toMatchObject({ status: 'done', leaseUntil: null });
  });

  it('texts claimed while the sender stops are handed back unsent and go out at once from the next sender', async () => {
    const outbound = new GatedOutbound(sms.db);
    const recipients = [sms.newNumber(), sms.newNumber()];
    const attempts = () => sms.fake.attempts.filter((attempt) => recipients.includes(attempt.to));
    await outbound.enqueue(
      recipients.map((to, index) => ({ dedupeKey: `test:${to}`, toAddress: to, body: index === 0 ? 'first' : 'second', options: null, ephemeral: false })),
    );
    // One every five seconds: the second claimed text would wait five seconds in the limiter.
    const sender = new SmsSender(client(), outbound, silentLogger, { ...senderOptions, messagesPerSecond: 0.2 });
    outbound.gate = new Gate();
    sender.start();
    await until(() => outbound.gate?.entered, 'the sender to start claiming');
    const started = Date.now();
    const stopped = sender.stop();
    outbound.gate.open();
    await stopped;
    expect(Date.now() - started).toBeLessThan(3000);
    await new Promise((resolve) => setTimeout(resolve, 100)); // a stopped sender must not send later either
    expect(attempts()).toEqual([]);
    const rows = (await outbound.byStatus(['queued'])).filter((row) => recipients.includes(row.toAddress));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ claimedBy: null, leaseUntil: null, attempts: 0 });

    const next = new SmsSender(client(), new SmsOutboundRepository(sms.db), silentLogger, { ...senderOptions, messagesPerSecond: 50 });
    next.start();
    try {
      for (const to of recipients) await sms.waitForReplies(to, 1);
    } finally {
      await next.stop();
    }
    expect(recipients.flatMap((to) => sms.sentTo(to).map((message) => message.body))).toEqual(['first', 'second']);
    expect(attempts()).toHaveLength(2);
  });
});
