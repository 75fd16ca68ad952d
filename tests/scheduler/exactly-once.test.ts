import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsProactiveSender } from '../../src/adapters/sms/sms-proactive-sender.js';
import { SMS_CHANNEL_ID, SMS_SERVICE_URL } from '../../src/adapters/sms/twilio-to-activity.js';
import { ReminderDispatcher, type ProactiveSender } from '../../src/scheduler/reminder-dispatcher.js';
import { GoalRepository } from '../../src/store/goals.js';
import { ScheduledMessageRepository } from '../../src/store/scheduled-messages.js';
import { scheduledMessages } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';
import { OUR_NUMBER, SmsHarness, until } from '../helpers/sms-harness.js';

const ZONE = 'America/New_York';
const PEOPLE = 60;
const BATCH = 20;

describe.each(databaseTargets)('exactly-once reminders with three instances on $name', (target) => {
  let harness: SmsHarness;
  let clock = DateTime.fromISO('2026-12-01T11:00', { zone: ZONE }).toJSDate();
  beforeAll(async () => {
    harness = await SmsHarness.start(target, { now: () => clock });
    await harness.addInstance();
    await harness.addInstance();
  });
  afterAll(async () => harness?.close());

  it('every occurrence due at one minute is sent once, though one instance dies mid-batch after sending some', async () => {
    const [first, second, third] = harness.instances.map((instance) => instance.test.app);
    if (!first || !second || !third) throw new Error('three instances expected');
    const goals = new GoalRepository(harness.db, () => clock);
    const numbers: string[] = [];
    for (let index = 0; index < PEOPLE; index += 1) {
      const number = harness.newNumber();
      numbers.push(number);
      const person = await first.participants.findOrCreate(SMS_CHANNEL_ID, number);
      await first.participants.recordConsent(person.id, 'consent');
      await first.participants.updateProfile(person.id, { name: null, timeZone: ZONE, checkInPrompts: false });
      await first.participants.saveConversationReference(person.id, {
        channelId: SMS_CHANNEL_ID,
        serviceUrl: SMS_SERVICE_URL,
        conversation: { id: number, isGroup: false, conversationType: 'personal', name: '' },
        user: { id: number, name: '' },
        bot: { id: OUR_NUMBER, name: '' },
      });
      const goal = await goals.create(person.id, 'call my sponsor', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0' });
      await first.planner.goalChanged(goal.id);
    }

    // The instance that dies: it claims a batch, sends five, and freezes (a SIGKILL seen from outside).
    const real = new SmsProactiveSender(first.smsAdapter!);
    const held: string[] = [];
    const freezing: ProactiveSender = {
      idempotent: true,
      async send(reference, text, key) {
        held.push((reference.conversation as { id: string }).id);
        if (held.length <= 5) await real.send(reference, text, key);
        await new Promise(() => undefined);
      },
    };
    const dying = new ReminderDispatcher({ ...first.reminders.deps, senders: new Map([[SMS_CHANNEL_ID, freezing]]) }, { owner: 'killed', batchSize: BATCH });

    clock = DateTime.fromISO('2026-12-01T12:00', { zone: ZONE }).toJSDate();
    void dying.tick();
    await until(() => held.length >= BATCH, 'the dying instance to hold its batch', 20_000);

    // The other instances (their own loops run too) send everything else, and nothing the dead one holds.
    await Promise.all([first.reminders.tick(), second.reminders.tick(), third.reminders.tick()]);
    await Promise.all([second.reminders.tick(), third.reminders.tick()]);
    await harness.waitOutboundSettled();
    const stillHeld = await harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.claimedBy, 'killed'));
    expect(stillHeld.filter((row) => row.status === 'pending')).toHaveLength(BATCH);
    expect(harness.fake.messages.filter((message) => held.includes(message.to))).toHaveLength(5);

    clock = new Date(clock.getTime() + 3 * 60_000); // the dead instance's lease runs out
    await Promise.all([second.reminders.tick(), third.reminders.tick()]);
    await harness.waitOutboundSettled();

    const perNumber = numbers.map((number) => harness.sentTo(number).length);
    expect(perNumber.filter((count) => count === 1)).toHaveLength(PEOPLE);
    const rows = await harness.db.select().from(scheduledMessages);
    const today = rows.filter((row) => row.occurrenceKey.endsWith('2026-12-01T12:00'));
    expect(today.map((row) => row.status)).toEqual(Array(PEOPLE).fill('sent'));
    expect(rows.filter((row) => row.status === 'pending' && row.occurrenceKey.endsWith('2026-12-02T12:00'))).toHaveLength(PEOPLE);
    harness.checkHygiene();
  });

  it('after a crash, an instance started later sends what the dead one had claimed, once its lease runs out', async () => {
    const first = harness.instances[0]!.test.app;
    const goals = new GoalRepository(harness.db, () => clock);
    clock = DateTime.fromISO('2026-12-02T09:00', { zone: ZONE }).toJSDate();
    const number = harness.newNumber();
    const person = await first.participants.findOrCreate(SMS_CHANNEL_ID, number);
    await first.participants.recordConsent(person.id, 'consent');
    await first.participants.updateProfile(person.id, { name: 'Ari', timeZone: ZONE, checkInPrompts: false });
    await first.participants.saveConversationReference(person.id, {
      channelId: SMS_CHANNEL_ID,
      serviceUrl: SMS_SERVICE_URL,
      conversation: { id: number, isGroup: false, conversationType: 'personal', name: '' },
      user: { id: number, name: '' },
      bot: { id: OUR_NUMBER, name: '' },
    });
    const goal = await goals.create(person.id, 'eat breakfast', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=30' });
    await first.planner.goalChanged(goal.id);

    clock = DateTime.fromISO('2026-12-02T09:30', { zone: ZONE }).toJSDate();
    const claimed = await new ScheduledMessageRepository(harness.db).claimDue('crashed-instance', clock, 120_000, 10);
    expect(claimed.map((row) => row.goalId)).toEqual([goal.id]); // claimed, then the process died before sending

    const restarted = (await harness.addInstance()).test.app;
    await restarted.reminders.tick();
    expect(harness.sentTo(number)).toEqual([]);
    clock = new Date(clock.getTime() + 121_000);
    await restarted.reminders.tick();
    await harness.waitOutboundSettled();
    expect(harness.sentTo(number).map((message) => message.body)).toEqual(['Hi Ari, a reminder: eat breakfast. Reply DONE or NOT TODAY.']);
  });
});
