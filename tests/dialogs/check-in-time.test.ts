import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';
import { warmLanguages } from '../helpers/warm-recognizers.js';

warmLanguages();

const YES_NO = '\n1 Yes\n2 No';
const SETTINGS = 'What would you like to change?\n1 Name\n2 Location\n3 Check-in time\n4 Turn daily check-in off';

describe.each(databaseTargets)('the daily check-in time on $name', (target) => {
  let harness: TestApp;
  const clock = new Date('2026-11-20T16:00:00Z'); // Friday 09:00 in Edmonton
  beforeAll(async () => {
    harness = await startTestApp(target, {}, { now: () => clock });
  });
  afterAll(async () => harness?.close());

  let users = 0;
  const enrolled = async () => {
    const user = `early-bird-${(users += 1)}`;
    const chat = new ChatDriver(harness.app, user);
    await chat.sayAll(['hi', 'yes', 'Lee', 'Edmonton']);
    const participant = await harness.app.participants.findByAddress('console', user);
    return { chat, participantId: participant!.id };
  };
  const stored = async (participantId: string) => (await harness.app.participants.get(participantId))!;
  const pendingPrompts = (participantId: string) =>
    harness.database.db.query.scheduledMessages.findMany({
      where: (rows, { and, eq }) => and(eq(rows.participantId, participantId), eq(rows.kind, 'check_in_prompt'), eq(rows.status, 'pending')),
    });

  it('settings offer the check-in time and turning the daily check-in off', async () => {
    const { chat } = await enrolled();
    expect(await chat.say('settings')).toEqual([SETTINGS]);
  });

  it.each([
    ['7:30 pm', '19:30', '7:30 PM', '2026-11-21T02:30:00Z'],
    ['9am', '09:00', '9:00 AM', '2026-11-21T16:00:00Z'],
    ['a las 8 de la noche', '20:00', '8:00 PM', '2026-11-21T03:00:00Z'],
  ])('"%s" is confirmed in words, saved, and the next invitation planned at it', async (said, time, words, nextPrompt) => {
    const { chat, participantId } = await enrolled();
    await chat.say('settings');
    expect(await chat.say('Check-in time')).toEqual(['Your daily check-in is at 10:00 AM. What time suits you? Like 9am or 7:30 pm (or SKIP).']);
    expect(await chat.say(said)).toEqual([`Daily check-in at ${words}. OK?${YES_NO}`]);
    expect(await chat.say('yes')).toEqual([`Saved. I'll invite you to check in every day at ${words}.`]);
    expect(await stored(participantId)).toMatchObject({ checkInTime: time, checkInPrompts: true });
    expect(await pendingPrompts(participantId)).toEqual([expect.objectContaining({ occurrenceAt: new Date(nextPrompt) })]);
  });

  it('"No" at the confirmation asks again; SKIP keeps the time as it was', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['settings', '3', '8pm']);
    expect(await chat.say('no')).toEqual(['Your daily check-in is at 10:00 AM. What time suits you? Like 9am or 7:30 pm (or SKIP).']);
    expect(await chat.say('SKIP')).toEqual(['OK, your check-in time stays 10:00 AM.']);
    expect(await stored(participantId)).toMatchObject({ checkInTime: null });
  });

  it('a time at night is refused kindly, with the hours messages may come, and a time in them is taken', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['settings', '3']);
    expect(await chat.say('2am')).toEqual(['I only send messages between 8:00 AM and 9:00 PM, so not at 2:00 AM. What time in those hours suits you?']);
    expect(await chat.say('8am')).toEqual([`Daily check-in at 8:00 AM. OK?${YES_NO}`]);
    await chat.say('yes');
    expect(await stored(participantId)).toMatchObject({ checkInTime: '08:00' });
  });

  it('an unreadable time gets one re-ask with examples, then the time is kept', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['settings', '3']);
    expect(await chat.say('whenever')).toEqual(['A time like 9am or 7:30 pm, please (or SKIP).']);
    expect(await chat.say('dunno')).toEqual(['OK, your check-in time stays 10:00 AM.']);
    expect(await stored(participantId)).toMatchObject({ checkInTime: null });
  });

  it('the daily check-in turns off and back on, and the settings say which it is', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['settings', '3', '7:30 pm', 'yes']);
    await chat.say('settings');
    expect(await chat.say('Turn daily check-in off')).toEqual([
      "Daily check-in is off. I won't invite you; reply CHECK IN any time, or turn it back on under My settings.",
    ]);
    expect(await stored(participantId)).toMatchObject({ checkInPrompts: false, checkInTime: '19:30' });
    expect(await pendingPrompts(participantId)).toEqual([]);
    expect((await chat.say('settings'))[0]).toMatch(/\n4 Turn daily check-in on$/);
    expect(await chat.say('4')).toEqual(["Daily check-in is on: I'll invite you every day at 7:30 PM."]);
    expect(await stored(participantId)).toMatchObject({ checkInPrompts: true });
    expect(await pendingPrompts(participantId)).toEqual([expect.objectContaining({ occurrenceAt: new Date('2026-11-21T02:30:00Z') })]);
  });

  it('choosing a time while the daily check-in is off turns it back on', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['settings', '4']);
    await chat.sayAll(['settings', '3']);
    expect(await chat.say('8:45 am')).toEqual([`Daily check-in at 8:45 AM. OK?${YES_NO}`]);
    await chat.say('yes');
    expect(await stored(participantId)).toMatchObject({ checkInPrompts: true, checkInTime: '08:45' });
  });

  it('MENU while choosing a time leaves the time as it was', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['settings', '3', '8pm']);
    expect((await chat.say('MENU'))[0]).toMatch(/^What would you like to do\?/);
    expect(await stored(participantId)).toMatchObject({ checkInTime: null, checkInPrompts: true });
  });
});
