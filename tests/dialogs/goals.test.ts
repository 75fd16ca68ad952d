import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';
import { warmLanguages } from '../helpers/warm-recognizers.js';

warmLanguages();

const ASK_TITLE = "What's your goal, in your own words?";
const ASK_WHEN = "Want a reminder? Tell me when, like 'every day at 8pm' or 'weekdays at 7:30 am', or SKIP.";
const YES_NO = '\n1 Yes\n2 No';
const MENU = /^What would you like to do\?\n1 Check in\n2 My goals\n/;
const DAILY_8PM = { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0' };

describe.each(databaseTargets)('goals in conversation on $name', (target) => {
  let harness: TestApp;
  const clock = new Date('2026-11-20T16:00:00Z'); // Friday 09:00 in Edmonton
  beforeAll(async () => {
    harness = await startTestApp(target, {}, { now: () => clock });
  });
  afterAll(async () => harness?.close());

  let users = 0;
  const enrolled = async () => {
    const user = `goal-setter-${(users += 1)}`;
    const chat = new ChatDriver(harness.app, user);
    await chat.sayAll(['hi', 'yes', 'Lee', 'Edmonton']);
    const participant = await harness.app.participants.findByAddress('console', user);
    return { chat, participantId: participant!.id };
  };
  const goalsOf = (participantId: string) =>
    harness.database.db.query.goals.findMany({ where: (rows, { eq }) => eq(rows.participantId, participantId), orderBy: (rows, { asc }) => asc(rows.id) });
  const pendingReminders = (goalId: number) =>
    harness.database.db.query.scheduledMessages.findMany({ where: (rows, { and, eq }) => and(eq(rows.goalId, goalId), eq(rows.status, 'pending')) });
  /** Creates a goal by conversation and returns it as stored. */
  const created = async (chat: ChatDriver, participantId: string, title: string, when: string) => {
    await chat.say('new goal');
    await chat.say(title);
    if ((await chat.say(when))[0]?.endsWith(YES_NO)) await chat.say('yes');
    return (await goalsOf(participantId)).at(-1)!;
  };

  it.each([
    ['every day at 8pm', 'Every day at 8:00 PM', DAILY_8PM, '2026-11-21T03:00:00Z'],
    ['weekdays at 7:30 am', 'Every weekday at 7:30 AM', { kind: 'recurring', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=30' }, '2026-11-23T14:30:00Z'],
    ['mondays and thursdays at noon', 'Every Monday and Thursday at 12:00 PM', { kind: 'recurring', rule: 'FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=12;BYMINUTE=0' }, '2026-11-23T19:00:00Z'],
    ['tomorrow at 9', 'Saturday, November 21 at 9:00 AM', { kind: 'once', at: '2026-11-21T09:00' }, '2026-11-21T16:00:00Z'],
    ['in 2 hours', 'Friday, November 20 at 11:00 AM', { kind: 'once', at: '2026-11-20T11:00' }, '2026-11-20T18:00:00Z'],
  ])('"%s" is confirmed in words, then saved with its next reminder planned', async (when, words, schedule, firstReminder) => {
    const { chat, participantId } = await enrolled();
    expect(await chat.say('my goals')).toEqual([ASK_TITLE]); // no goals yet: straight to a new one
    expect(await chat.say('Walk 20 minutes')).toEqual([ASK_WHEN]);
    expect(await chat.say(when)).toEqual([`${words}. OK?${YES_NO}`]);
    expect(await chat.say('yes')).toEqual([`Saved "Walk 20 minutes". Reminders: ${words}.`]);
    const [goal] = await goalsOf(participantId);
    expect(goal).toMatchObject({ title: 'Walk 20 minutes', schedule, status: 'active', remindersPaused: false });
    expect(await pendingReminders(goal!.id)).toEqual([
      expect.objectContaining({ kind: 'goal_reminder', participantId, occurrenceAt: new Date(firstReminder) }),
    ]);
  });

  it.each([
    ['in their Spanish locale, and confirmed in Spanish', 'es', 'Cada día a las 20:00. ¿Está bien?\n1 Sí\n2 No'],
    ['with no locale set', null, `Every day at 8:00 PM. OK?${YES_NO}`],
  ])('a reminder written in Spanish is read %s', async (_, locale, confirmation) => {
    const { chat, participantId } = await enrolled();
    await harness.app.participants.updateProfile(participantId, { locale });
    await chat.sayAll(['new goal', 'Llamar a mi madrina']);
    expect(await chat.say('todos los días a las 8 de la noche')).toEqual([confirmation]);
    await chat.say('sí');
    const [goal] = await goalsOf(participantId);
    expect(goal).toMatchObject({ title: 'Llamar a mi madrina', schedule: DAILY_8PM });
    expect(await pendingReminders(goal!.id)).toHaveLength(1);
  });

  it('days without a time get one question for the time, and the two answers are read together', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['new goal', 'Go to a meeting']);
    expect(await chat.say('mondays and thursdays')).toEqual(['What time? Like 8pm or 7:30 am.']);
    expect(await chat.say('6pm')).toEqual([`Every Monday and Thursday at 6:00 PM. OK?${YES_NO}`]);
    await chat.say('yes');
    expect((await goalsOf(participantId))[0]?.schedule).toEqual({ kind: 'recurring', rule: 'FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=18;BYMINUTE=0' });
  });

  it('a time without days gets one question for the days', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['new goal', 'Call my sponsor']);
    expect(await chat.say('every week at 8pm')).toEqual(['Which days? Like every day, weekdays, or Mondays and Thursdays.']);
    expect(await chat.say('sundays')).toEqual([`Every Sunday at 8:00 PM. OK?${YES_NO}`]);
    await chat.say('yes');
    expect((await goalsOf(participantId))[0]?.schedule).toEqual({ kind: 'recurring', rule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=20;BYMINUTE=0' });
  });

  it('"No" at the confirmation asks again, and only the confirmed schedule is saved', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['new goal', 'Meditate']);
    expect(await chat.say('every day at 8pm')).toEqual([`Every day at 8:00 PM. OK?${YES_NO}`]);
    expect(await chat.say('no')).toEqual(["OK, when then? Like 'mondays and thursdays at noon' or 'in 2 hours' (or SKIP)."]);
    expect(await goalsOf(participantId)).toEqual([]);
    expect(await chat.say('every day at 9pm')).toEqual([`Every day at 9:00 PM. OK?${YES_NO}`]);
    await chat.say('yes');
    expect(await goalsOf(participantId)).toEqual([expect.objectContaining({ title: 'Meditate', schedule: { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=21;BYMINUTE=0' } })]);
  });

  it('a time already past gets one more chance', async () => {
    const { chat } = await enrolled();
    await chat.sayAll(['new goal', 'Stretch']);
    expect(await chat.say('yesterday at 9')).toEqual(['That time has already passed. When should I remind you?']);
    expect(await chat.say('tomorrow at 9')).toEqual([`Saturday, November 21 at 9:00 AM. OK?${YES_NO}`]);
  });

  it('SKIP saves the goal without a reminder; two unreadable answers do too, and say so', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['new goal', 'Read before bed']);
    expect(await chat.say('SKIP')).toEqual(['Saved "Read before bed". You can add a reminder later under My goals.']);
    await chat.sayAll(['new goal', 'Drink water']);
    expect(await chat.say('whenever really')).toEqual([
      "Sorry, I couldn't read that. Try 'every day at 8pm', 'weekdays at 7:30 am' or 'tomorrow at 9'.",
    ]);
    expect(await chat.say('dunno')).toEqual([
      "Sorry, I still couldn't read a time from that.",
      'Saved "Drink water" without a reminder. You can add one later under My goals.',
    ]);
    const goals = await goalsOf(participantId);
    expect(goals.map(({ title, schedule }) => [title, schedule])).toEqual([['Read before bed', null], ['Drink water', null]]);
    for (const goal of goals) expect(await pendingReminders(goal.id)).toEqual([]);
  });

  it.each([
    ['an emoji', 'Walk the dog 🐕 twice 💪'],
    ['accents and quotes', 'Llamar a mamá "sin excusas"'],
    ['right-to-left text', 'أمشي كل يوم'],
  ])('a title with %s is stored as written', async (_, title) => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['new goal', `  ${title} `, 'SKIP']);
    expect((await goalsOf(participantId))[0]?.title).toBe(title);
  });

  it('SKIP at the title question adds nothing', async () => {
    const { chat, participantId } = await enrolled();
    await chat.say('new goal');
    expect(await chat.say('SKIP')).toEqual(['OK, no goal added. Reply MENU for options.']);
    expect(await goalsOf(participantId)).toEqual([]);
  });

  it('an empty or overlong title is asked for again', async () => {
    const { chat, participantId } = await enrolled();
    await chat.say('new goal');
    expect(await chat.say('   ')).toEqual(['Just a few words, up to 120 characters. Or MENU to leave.']);
    expect(await chat.say('x'.repeat(121))).toEqual(['Just a few words, up to 120 characters. Or MENU to leave.']);
    expect(await chat.say('x'.repeat(120))).toEqual([ASK_WHEN]);
    await chat.say('SKIP');
    expect((await goalsOf(participantId))[0]?.title).toHaveLength(120);
  });

  it('lists the goals with their reminders in words, numbered, with a new one offered', async () => {
    const { chat, participantId } = await enrolled();
    await created(chat, participantId, 'Walk 20 minutes', 'every day at 8pm');
    await created(chat, participantId, 'Read before bed', 'SKIP');
    await created(chat, participantId, 'Walk 20 minutes', 'every day at 8pm');
    expect(await chat.say('my goals')).toEqual([
      'Your goals. Pick one to change it, or add one:\n' +
        '1 Walk 20 minutes: Every day at 8:00 PM\n2 Read before bed: no reminder\n3 Walk 20 minutes: Every day at 8:00 PM (2)\n4 New goal',
    ]);
    expect(await chat.say('4')).toEqual([ASK_TITLE]);
  });

  it('a goal marked done leaves the list and its reminders stop', async () => {
    const { chat, participantId } = await enrolled();
    const goal = await created(chat, participantId, 'Walk 20 minutes', 'every day at 8pm');
    await chat.say('my goals');
    expect(await chat.say('1')).toEqual([
      '"Walk 20 minutes": Every day at 8:00 PM. What would you like to do?\n1 Mark done\n2 Pause reminders\n3 Change time\n4 Delete',
    ]);
    expect(await chat.say('1')).toEqual(['Well done! "Walk 20 minutes" is marked done, and its reminders have stopped.']);
    expect((await goalsOf(participantId))[0]).toMatchObject({ status: 'done', doneAt: clock });
    expect(await pendingReminders(goal.id)).toEqual([]);
    expect(await chat.say('my goals')).toEqual([ASK_TITLE]);
  });

  it('reminders pause and resume, and the list says when they are paused', async () => {
    const { chat, participantId } = await enrolled();
    const goal = await created(chat, participantId, 'Walk 20 minutes', 'every day at 8pm');
    await chat.sayAll(['my goals', '1']);
    expect(await chat.say('Pause reminders')).toEqual(['Reminders for "Walk 20 minutes" are paused. Resume them any time under My goals.']);
    expect(await pendingReminders(goal.id)).toEqual([]);
    expect((await chat.say('my goals'))[0]).toContain('1 Walk 20 minutes: Every day at 8:00 PM (reminders paused)\n');
    expect((await chat.say('1'))[0]).toContain('\n2 Resume reminders\n');
    expect(await chat.say('2')).toEqual(['Reminders for "Walk 20 minutes" are back on: Every day at 8:00 PM.']);
    expect((await goalsOf(participantId))[0]?.remindersPaused).toBe(false);
    expect(await pendingReminders(goal.id)).toEqual([expect.objectContaining({ occurrenceAt: new Date('2026-11-21T03:00:00Z') })]);
  });

  it("a goal's reminder time changes after the new one is confirmed", async () => {
    const { chat, participantId } = await enrolled();
    const goal = await created(chat, participantId, 'Walk 20 minutes', 'every day at 8pm');
    await chat.sayAll(['my goals', '1']);
    expect(await chat.say('Change time')).toEqual([
      "When should I remind you? Like 'every day at 8pm' or 'tomorrow at 9' (or SKIP to keep it as it is).",
    ]);
    expect(await chat.say('weekdays at 7:30 am')).toEqual([`Every weekday at 7:30 AM. OK?${YES_NO}`]);
    expect(await chat.say('yes')).toEqual(['Updated "Walk 20 minutes": Every weekday at 7:30 AM.']);
    expect((await goalsOf(participantId))[0]?.schedule).toEqual({ kind: 'recurring', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=30' });
    expect(await pendingReminders(goal.id)).toEqual([expect.objectContaining({ occurrenceAt: new Date('2026-11-23T14:30:00Z') })]);
  });

  it('SKIP while changing the time keeps it; a goal without a reminder can be given one', async () => {
    const { chat, participantId } = await enrolled();
    const goal = await created(chat, participantId, 'Journal', 'SKIP');
    expect((await chat.sayAll(['my goals', '1']))[0]).toBe('"Journal": no reminder. What would you like to do?\n1 Mark done\n2 Add a reminder\n3 Delete');
    await chat.say('2');
    expect(await chat.say('SKIP')).toEqual(['OK, nothing changed.']);
    await chat.sayAll(['my goals', '1', 'Add a reminder', 'every day at 8pm', 'yes']);
    expect((await goalsOf(participantId))[0]?.schedule).toEqual(DAILY_8PM);
    expect(await pendingReminders(goal.id)).toHaveLength(1);
  });

  it('delete asks first: No keeps the goal, Yes deletes it with its reminders', async () => {
    const { chat, participantId } = await enrolled();
    const goal = await created(chat, participantId, 'Walk 20 minutes', 'every day at 8pm');
    await chat.sayAll(['my goals', '1']);
    expect(await chat.say('Delete')).toEqual([`Delete "Walk 20 minutes" and its reminders? This cannot be undone.${YES_NO}`]);
    expect(await chat.say('no')).toEqual(['OK, I kept "Walk 20 minutes".']);
    expect(await goalsOf(participantId)).toHaveLength(1);
    await chat.sayAll(['my goals', '1', 'Delete']);
    expect(await chat.say('yes')).toEqual(['Deleted "Walk 20 minutes".']);
    expect(await goalsOf(participantId)).toEqual([]);
    expect(await pendingReminders(goal.id)).toEqual([]);
  });

  it.each([
    ['the title question', ['new goal']],
    ['the reminder question', ['new goal', 'Walk']],
    ['the follow-up question', ['new goal', 'Walk', 'mondays']],
    ['the confirmation', ['new goal', 'Walk', 'every day at 8pm']],
  ])('MENU at %s leaves without saving', async (_, steps) => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(steps);
    expect((await chat.say('MENU'))[0]).toMatch(MENU);
    expect(await goalsOf(participantId)).toEqual([]);
  });

  it.each([
    ['choosing what to do', []],
    ['a new time', ['Change time']],
    ['its confirmation', ['Change time', 'every day at 9pm']],
    ['the delete confirmation', ['Delete']],
  ])('MENU at %s leaves the goal as it was', async (_, steps) => {
    const { chat, participantId } = await enrolled();
    await created(chat, participantId, 'Walk 20 minutes', 'every day at 8pm');
    await chat.sayAll(['my goals', '1', ...steps]);
    expect((await chat.say('MENU'))[0]).toMatch(MENU);
    expect(await goalsOf(participantId)).toEqual([expect.objectContaining({ title: 'Walk 20 minutes', schedule: DAILY_8PM, status: 'active' })]);
  });

  it('"My goals" is on the menu, and picking it by number lists them', async () => {
    const { chat, participantId } = await enrolled();
    await created(chat, participantId, 'Walk 20 minutes', 'SKIP');
    await chat.say('menu');
    expect((await chat.say('2'))[0]).toMatch(/^Your goals\. Pick one to change it, or add one:\n1 Walk 20 minutes: no reminder\n2 New goal$/);
  });
});
