import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalRepository } from '../../src/store/goals.js';
import { databaseTargets } from '../helpers/databases.js';
import { SmsHarness } from '../helpers/sms-harness.js';

const local = (iso: string) => DateTime.fromISO(iso, { zone: 'America/Edmonton' }).toJSDate();

describe.each(databaseTargets)('a goal set by text on $name', (target) => {
  let harness: SmsHarness;
  let clock = local('2026-11-30T12:00');
  beforeAll(async () => {
    harness = await SmsHarness.start(target, { now: () => clock });
  });
  afterAll(async () => harness?.close());

  it('a person sets a goal by SMS, gets its reminder at 8 PM their time, and replies DONE', async () => {
    const person = harness.newNumber();
    await harness.exchange(person, 'hi');
    await harness.exchange(person, '1');
    await harness.exchange(person, 'Sam');
    const enrolled = await harness.exchange(person, 'Edmonton', 3);
    expect(enrolled[1]).toBe(
      "You're all set, Sam. I'll invite you to a quick check-in each day at 10:00 AM (change it in My settings). Reply MENU any time to see what I can do.",
    );

    expect(await harness.exchange(person, 'my goals')).toEqual([expect.stringMatching(/goal/i)]);
    expect(await harness.exchange(person, 'Call my sponsor')).toEqual([expect.stringMatching(/every day at 8pm/)]);
    expect(await harness.exchange(person, 'every day at 8pm')).toEqual(['Every day at 8:00 PM. OK?\n1 Yes\n2 No']);
    expect(await harness.exchange(person, '1')).toEqual(['Saved "Call my sponsor". Reminders: Every day at 8:00 PM.']);

    const before = harness.sentTo(person).length;
    clock = local('2026-11-30T19:59');
    await harness.app.app.reminders.tick();
    await harness.waitOutboundSettled();
    expect(harness.sentTo(person)).toHaveLength(before);

    clock = local('2026-11-30T20:00');
    await harness.app.app.reminders.tick();
    const [reminder] = (await harness.waitForReplies(person, before + 1)).slice(before);
    expect(reminder?.body).toBe('Hi Sam, a reminder: Call my sponsor. Reply DONE or NOT TODAY.');

    expect(await harness.exchange(person, 'DONE')).toEqual(['Nice work! Marked "Call my sponsor" done.']);
    const participant = await harness.participant(person);
    const goals = new GoalRepository(harness.db);
    const [goal] = await goals.listActive(participant!.id);
    expect((await goals.outcomes(goal!.id)).map((row) => [row.occurrenceKey, row.outcome])).toEqual([[`goal:${goal!.id}:2026-11-30T20:00`, 'done']]);
    harness.checkHygiene();
  });
});
