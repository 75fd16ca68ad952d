import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMS_CHANNEL_ID, SMS_SERVICE_URL } from '../../src/adapters/sms/twilio-to-activity.js';
import type { Schedule } from '../../src/scheduler/recurrence.js';
import { GoalRepository } from '../../src/store/goals.js';
import { checkIns, scheduledMessages } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';
import { OUR_NUMBER, SmsHarness } from '../helpers/sms-harness.js';

const EDMONTON = 'America/Edmonton';
const local = (iso: string, zone = EDMONTON) => DateTime.fromISO(iso, { zone }).toJSDate();

describe.each(databaseTargets)('reminders and check-in prompts on $name', (target) => {
  let harness: SmsHarness;
  let clock = local('2026-11-30T12:00');
  beforeAll(async () => {
    harness = await SmsHarness.start(target, { now: () => clock });
  });
  afterAll(async () => harness?.close());
  beforeEach(() => {
    clock = local('2026-11-30T12:00');
  });

  const app = () => harness.app.app;
  const goals = () => new GoalRepository(harness.db, () => clock);

  /** An enrolled SMS participant, as enrollment leaves them (consent, place, conversation reference). */
  async function participant(options: { zone?: string; name?: string; checkInPrompts?: boolean; checkInTime?: string } = {}) {
    const number = harness.newNumber();
    const { participants } = app();
    const created = await participants.findOrCreate(SMS_CHANNEL_ID, number);
    await participants.recordConsent(created.id, 'consent text');
    await participants.updateProfile(created.id, {
      name: options.name ?? 'Sam',
      timeZone: options.zone ?? EDMONTON,
      region: 'CA',
      checkInPrompts: options.checkInPrompts ?? false,
      checkInTime: options.checkInTime ?? null,
    });
    await participants.saveConversationReference(created.id, {
      channelId: SMS_CHANNEL_ID,
      serviceUrl: SMS_SERVICE_URL,
      conversation: { id: number, isGroup: false, conversationType: 'personal', name: '' },
      user: { id: number, name: '' },
      bot: { id: OUR_NUMBER, name: '' },
    });
    return { id: created.id, number };
  }

  async function goal(participantId: string, title: string, schedule: Schedule) {
    const created = await goals().create(participantId, title, schedule);
    await app().planner.goalChanged(created.id);
    return created;
  }

  /** Moves the clock and lets the scheduler run once; resolves when what it sent has reached Twilio. */
  async function at(when: Date) {
    clock = when;
    await app().reminders.tick();
    await harness.waitOutboundSettled();
  }

  const pendingFor = (goalId: number) =>
    harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.goalId, goalId)).then((rows) => rows.filter((row) => row.status === 'pending'));

  it('a reminder arrives at its local time, not a minute before, and the next one is planned', async () => {
    const person = await participant();
    const created = await goal(person.id, 'call my sponsor', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0' });
    await at(local('2026-11-30T19:59'));
    expect(harness.sentTo(person.number)).toEqual([]);
    await at(local('2026-11-30T20:00'));
    expect(harness.sentTo(person.number).map((message) => message.body)).toEqual(['Hi Sam, a reminder: call my sponsor. Reply DONE or NOT TODAY.']);
    const [next] = await pendingFor(created.id);
    expect(next?.occurrenceAt).toEqual(local('2026-12-01T20:00'));
    harness.checkHygiene();
  });

  it('"done" in answer to a reminder is recorded against that goal and that occurrence', async () => {
    const person = await participant();
    const created = await goal(person.id, 'go to a meeting', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=18;BYMINUTE=30' });
    await at(local('2026-11-30T18:30'));
    expect(await harness.exchange(person.number, 'Done ✅')).toEqual(['Nice work! Marked "go to a meeting" done.']);
    await at(local('2026-12-01T18:30'));
    expect(await harness.exchange(person.number, 'not today')).toEqual([expect.stringMatching(/^That's OK\. Noted "not today" for "go to a meeting"/)]);
    const outcomes = await goals().outcomes(created.id);
    expect(outcomes.map((row) => [row.occurrenceKey, row.outcome])).toEqual([
      [`goal:${created.id}:2026-11-30T18:30`, 'done'],
      [`goal:${created.id}:2026-12-01T18:30`, 'not_today'],
    ]);
  });

  it.each([
    ['America/Edmonton', '2026-10-31T08:00', '2026-10-31T14:00:00.000Z', '2026-11-01T15:00:00.000Z'],
    ['America/New_York', '2026-10-31T08:00', '2026-10-31T12:00:00.000Z', '2026-11-01T13:00:00.000Z'],
    ['America/Edmonton', '2026-03-07T08:00', '2026-03-07T15:00:00.000Z', '2026-03-08T14:00:00.000Z'],
    ['America/New_York', '2026-03-07T08:00', '2026-03-07T13:00:00.000Z', '2026-03-08T12:00:00.000Z'],
  ])('in %s a daily 08:00 reminder stays at 08:00 local across the clock change after %s', async (zone, first, firstUtc, secondUtc) => {
    const person = await participant({ zone });
    clock = local(first, zone);
    clock = new Date(clock.getTime() - 60 * 60_000);
    await goal(person.id, 'stretch', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' });
    await at(new Date(firstUtc));
    await at(new Date(secondUtc));
    const sent = harness.sentTo(person.number);
    expect(sent).toHaveLength(2);
    const rows = await harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.participantId, person.id));
    expect(rows.filter((row) => row.status === 'sent').map((row) => row.sentAt?.toISOString()).sort()).toEqual([firstUtc, secondUtc]);
  });

  it('a reminder due at night waits for 08:00, and is sent once then', async () => {
    const person = await participant();
    await goal(person.id, 'journal', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=22;BYMINUTE=30' });
    await at(local('2026-11-30T22:30'));
    await at(local('2026-12-01T07:59'));
    expect(harness.sentTo(person.number)).toEqual([]);
    await at(local('2026-12-01T08:00'));
    await at(local('2026-12-01T08:05'));
    expect(harness.sentTo(person.number).map((message) => message.body)).toEqual(['Hi Sam, a reminder: journal. Reply DONE or NOT TODAY.']);
  });

  it('nothing goes to someone who opted out, and their reminders go on after START', async () => {
    const person = await participant();
    const created = await goal(person.id, 'walk', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0' });
    await app().participants.optOut(person.id);
    await at(local('2026-12-01T09:00'));
    expect(harness.sentTo(person.number)).toEqual([]);
    const skipped = await harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.goalId, created.id));
    expect(skipped.find((row) => row.status === 'skipped')?.skipReason).toBe('not_active');
    await app().participants.optIn(person.id);
    await at(local('2026-12-02T09:00'));
    expect(harness.sentTo(person.number)).toHaveLength(1);
  });

  it('no reminder or check-in prompt while a crisis hand-off is open', async () => {
    const person = await participant({ checkInPrompts: true, checkInTime: '10:00' });
    await goal(person.id, 'call my sister', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0' });
    await app().planner.checkInChanged(person.id);
    await app().handoffs.open({ participantId: person.id, reason: 'crisis', category: 'suicide', escalateAfterMs: 5 * 60_000 });
    await at(local('2026-12-01T10:00'));
    expect(harness.sentTo(person.number)).toEqual([]);
    const rows = await harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.participantId, person.id));
    expect(rows.filter((row) => row.status === 'skipped').map((row) => row.skipReason)).toEqual(['in_crisis', 'in_crisis']);
  });

  it('at most the daily limit of proactive messages reaches one person', async () => {
    const person = await participant();
    for (const title of ['one', 'two', 'three', 'four']) {
      await goal(person.id, title, { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=11;BYMINUTE=0' });
    }
    await at(local('2026-12-01T11:00'));
    await at(local('2026-12-01T11:01'));
    expect(harness.sentTo(person.number)).toHaveLength(3);
  });

  it('the daily check-in prompt comes at the chosen time, once a day, and not after a check-in', async () => {
    const person = await participant({ checkInPrompts: true, checkInTime: '19:00' });
    await app().planner.checkInChanged(person.id);
    await at(local('2026-11-30T19:00'));
    expect(harness.sentTo(person.number).map((message) => message.body)).toEqual([
      "Hi Sam, it's time for your daily check-in (under a minute). Reply CHECK IN to start, or MENU for other options.",
    ]);
    await app().planner.checkInChanged(person.id); // moving the time the same day does not ask again that day
    await at(local('2026-11-30T20:00'));
    expect(harness.sentTo(person.number)).toHaveLength(1);
    clock = local('2026-12-01T09:00');
    await harness.db.insert(checkIns).values({ participantId: person.id, localDate: '2026-12-01', answeredAt: clock, mood: 6, channel: SMS_CHANNEL_ID });
    await at(local('2026-12-01T19:00'));
    expect(harness.sentTo(person.number)).toHaveLength(1);
  });

  it('after days with the scheduler down, one prompt comes at the next check-in time, not one per missed day', async () => {
    const person = await participant({ checkInPrompts: true, checkInTime: '10:00' });
    await app().planner.checkInChanged(person.id);
    await at(local('2026-12-03T12:00')); // back after three days: the first planned prompt is long stale
    expect(harness.sentTo(person.number)).toEqual([]);
    await at(local('2026-12-04T10:00'));
    await at(local('2026-12-04T10:05'));
    expect(harness.sentTo(person.number)).toHaveLength(1);
  });

  it('a paused goal sends nothing, and resuming plans the next reminder', async () => {
    const person = await participant();
    const created = await goal(person.id, 'read', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=13;BYMINUTE=0' });
    await goals().setPaused(person.id, created.id, true);
    await app().planner.goalChanged(created.id);
    expect(await pendingFor(created.id)).toEqual([]);
    await at(local('2026-11-30T13:00'));
    expect(harness.sentTo(person.number)).toEqual([]);
    await goals().setPaused(person.id, created.id, false);
    await app().planner.goalChanged(created.id);
    expect((await pendingFor(created.id)).map((row) => row.occurrenceAt)).toEqual([local('2026-12-01T13:00')]);
  });

  it('a one-off reminder is sent once and nothing further is planned', async () => {
    const person = await participant();
    const created = await goal(person.id, 'pick up ID', { kind: 'once', at: '2026-12-01T09:00' });
    await at(local('2026-12-01T09:00'));
    expect(harness.sentTo(person.number)).toHaveLength(1);
    expect(await pendingFor(created.id)).toEqual([]);
    expect((await goals().get(created.id))?.schedule).toBeNull(); // the list now says "no reminder"
  });

  it('a schedule left unplanned (a crash between sending and planning) is planned again by housekeeping', async () => {
    const person = await participant({ checkInPrompts: true, checkInTime: '18:00' });
    const created = await goals().create(person.id, 'call home', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=17;BYMINUTE=0' });
    expect(await pendingFor(created.id)).toEqual([]);
    await app().housekeeping.runOnce();
    expect((await pendingFor(created.id)).map((row) => row.occurrenceAt)).toEqual([local('2026-11-30T17:00')]);
    const prompts = await harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.participantId, person.id));
    expect(prompts.filter((row) => row.kind === 'check_in_prompt').map((row) => row.occurrenceAt)).toEqual([local('2026-11-30T18:00')]);
    await app().housekeeping.runOnce();
    expect(await pendingFor(created.id)).toHaveLength(1);
  });

  it('an erased person takes their due work with them', async () => {
    const person = await participant({ checkInPrompts: true });
    await goal(person.id, 'nap', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=14;BYMINUTE=0' });
    await app().planner.checkInChanged(person.id);
    await app().participants.erase(person.id);
    expect(await harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.participantId, person.id))).toEqual([]);
  });

  it('housekeeping forgets finished occurrences after a month and keeps the pending and recent ones', async () => {
    const person = await participant();
    const created = await goal(person.id, 'tidy up', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=16;BYMINUTE=0' });
    await at(local('2026-11-30T16:00'));
    clock = local('2026-12-29T16:00');
    await app().housekeeping.runOnce();
    const kept = await harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.goalId, created.id)).orderBy(scheduledMessages.id);
    expect(kept.map((row) => row.status)).toEqual(['sent', 'pending']);
    clock = local('2027-01-01T12:00');
    await app().housekeeping.runOnce();
    expect((await harness.db.select().from(scheduledMessages).where(eq(scheduledMessages.goalId, created.id))).map((row) => row.status)).toEqual(['pending']);
  });
});
