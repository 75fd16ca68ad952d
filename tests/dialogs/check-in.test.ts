import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { warmLanguages } from '../helpers/warm-recognizers.js';

warmLanguages();

describe.each(databaseTargets)('the daily check-in on $name', (target) => {
  let harness: TestApp;
  let clock = new Date('2026-11-20T16:00:00Z'); // 09:00 in Edmonton
  beforeAll(async () => {
    harness = await startTestApp(target, {}, { now: () => clock });
  });
  afterAll(async () => harness?.close());

  let users = 0;
  const enrolled = async () => {
    const chat = new ChatDriver(harness.app, `checker-${(users += 1)}`);
    await chat.sayAll(['hi', 'yes', 'Lee', 'Edmonton']);
    return { chat, user: `checker-${users}` };
  };
  const stored = async (user: string) => {
    const participant = await harness.app.participants.findByAddress('console', user);
    return harness.database.db.query.checkIns.findMany({ where: (rows, { eq }) => eq(rows.participantId, participant!.id) });
  };

  it.each([
    ['plain numbers', ['6', '3', '7', 'no'], { mood: 6, craving: 3, sleepHours: 7, used: false, note: null }],
    ['words and slang', ['like a 6, rough morning but ok now', 'six', 'about seven and a half hours', 'nah'], { mood: 6, craving: 6, sleepHours: 7.5, used: false, note: 'rough morning but ok now' }],
    ['scores out of ten', ['6/10', '2/10', '8h', 'nope'], { mood: 6, craving: 2, sleepHours: 8, used: false, note: null }],
    ['Spanish', ['seis', 'dos', 'siete y media', 'no'], { mood: 6, craving: 2, sleepHours: 7.5, used: false, note: null }],
    ['French', ['sept', 'deux', 'huit', 'pas vraiment'], { mood: 7, craving: 2, sleepHours: 8, used: false, note: null }],
  ])('understands %s', async (_, answers, expected) => {
    const { chat, user } = await enrolled();
    const replies: string[] = [];
    replies.push(...(await chat.say('check in')));
    for (const answer of answers) replies.push(...(await chat.say(answer)));
    expect(replies.length).toBeLessThanOrEqual(5); // the whole check-in: at most five messages from the bot
    expect(replies.at(-1)).toMatch(/^Thanks for checking in, Lee\./);
    expect(await stored(user)).toEqual([expect.objectContaining({ ...expected, localDate: '2026-11-20' })]);
  });

  it('an unreadable answer gets one short re-ask with an example, then the check-in moves on', async () => {
    const { chat, user } = await enrolled();
    await chat.say('check in');
    expect(await chat.say('meh')).toEqual(['Just a number from 0 to 10 is fine, like 6 (or SKIP).']);
    expect(await chat.say('dunno')).toEqual([expect.stringMatching(/^Any cravings right now/)]);
    await chat.sayAll(['SKIP', 'SKIP']);
    expect(await chat.say('no')).toEqual([expect.stringMatching(/^Thanks for checking in/)]);
    expect(await stored(user)).toEqual([expect.objectContaining({ mood: null, craving: null, sleepHours: null, used: false })]);
  });

  it('a check-in skipped entirely saves nothing and says that is OK', async () => {
    const { chat, user } = await enrolled();
    await chat.say('check in');
    const replies = await chat.sayAll(['SKIP', 'skip', 'Skip', 'SKIP']);
    expect(replies).toEqual(["No answers today, and that's OK. Reply CHECK IN any time."]);
    expect(await stored(user)).toEqual([]);
  });

  it('MENU interrupts a check-in, and it can be started again', async () => {
    const { chat, user } = await enrolled();
    await chat.sayAll(['check in', '5']);
    expect((await chat.say('MENU'))[0]).toMatch(/^What would you like to do\?\n1 Check in/);
    await chat.say('1');
    await chat.sayAll(['4', '1', '6', 'no']);
    expect(await stored(user)).toEqual([expect.objectContaining({ mood: 4, craving: 1, sleepHours: 6 })]);
  });

  it('a second check-in the same local day updates the first', async () => {
    const { chat, user } = await enrolled();
    await chat.sayAll(['check in', '3', '2', '6', 'no']);
    await chat.sayAll(['check in', '7', 'SKIP', 'SKIP', 'no']);
    expect(await stored(user)).toEqual([expect.objectContaining({ mood: 7, craving: 2, sleepHours: 6 })]);
  });

  it('reflects the streak and the mood against the week, kindly', async () => {
    const { chat } = await enrolled();
    const start = clock;
    onTestFinished(() => {
      clock = start;
    });
    for (const [day, mood] of [[0, '3'], [1, '5'], [2, '4']] as const) {
      clock = new Date(start.getTime() + day * 24 * 3600_000);
      await chat.sayAll(['check in', mood, '1', '7', 'no']);
    }
    clock = new Date(start.getTime() + 3 * 24 * 3600_000);
    await chat.sayAll(['check in', '7', '1', '7']);
    const [reflection] = await chat.say('no');
    expect(reflection).toBe("Thanks for checking in, Lee. That's 4 days in a row. Your mood is a bit higher than your week's average of 4.");
  });

  it.each([
    ['a strong craving', ['5', '9', '6', 'no']],
    ['a very low mood', ['1', '2', '6', 'no']],
    ['a disclosed use', ['5', '3', '6', 'yes']],
  ])('%s offers (not forces) a peer, and yes records the request', async (_, answers) => {
    const { chat, user } = await enrolled();
    await chat.say('check in');
    const replies = await chat.sayAll(answers);
    expect(replies[0]).toMatch(/Would you like a peer to reach out\?\n1 Yes\n2 No$/);
    expect(replies[0]).not.toContain('988'); // support, not alarm
    const [answer] = await chat.say('yes');
    expect(answer).toMatch(/I've noted that you'd like a peer|I've asked a peer/);
    const participant = await harness.app.participants.findByAddress('console', user);
    expect(await harness.app.handoffs.activeFor(participant!.id)).toMatchObject({ reason: 'checkin_offer', urgency: 'normal' });
    expect(await stored(user)).toEqual([expect.objectContaining({ peerRequested: true })]);
  });

  it.each([
    ['a peer, then urge surfing', 'yes', /^I've (noted that you'd like a peer|asked a peer)/],
    ['no peer, then urge surfing all the same', 'no', /^OK\. You can ask for a peer any time/],
  ])('a craving of 8 or more: %s is offered once the check-in is done', async (_, peer, peerAnswer) => {
    const { chat, user } = await enrolled();
    await chat.say('check in');
    const replies = await chat.sayAll(['5', '8', '6']);
    expect(replies).toEqual([expect.stringMatching(/^Have you used since your last check-in/)]);
    const [reflection] = await chat.say('no');
    expect(reflection).toMatch(/Would you like a peer to reach out\?\n1 Yes\n2 No$/);
    const answer = await chat.say(peer);
    expect(answer).toEqual([
      expect.stringMatching(peerAnswer),
      'Cravings rise and fall like waves. Want to try urge surfing, a short exercise to ride this one out?\n1 Yes\n2 No',
    ]);
    expect(await chat.say('yes')).toEqual([expect.stringMatching(/^Urge surfing\. A craving is like a wave/)]);
    await chat.sayAll(['ok', 'ok', 'ok', 'ok']);
    expect(await chat.say('5')).toEqual([expect.stringMatching(/^Glad it helped\./)]);
    const participant = await harness.app.participants.findByAddress('console', user);
    const ratings = await harness.database.db.query.copingToolRatings.findMany({ where: (rows, { eq }) => eq(rows.participantId, participant!.id) });
    expect(ratings).toEqual([expect.objectContaining({ tool: 'urgeSurfing', rating: 5 })]);
    expect(await stored(user)).toEqual([expect.objectContaining({ craving: 8 })]);
  });

  it('urge surfing declined is fine, and a craving under 8 is not followed by the offer', async () => {
    const { chat } = await enrolled();
    await chat.sayAll(['check in', '5', '9', '6', 'no', 'no']);
    expect(await chat.say('no')).toEqual(['OK. Reply CRAVING any time to try it.']);
    await chat.say('check in');
    const replies = await chat.sayAll(['5', '7', '6', 'no']);
    expect(replies).toEqual([expect.stringMatching(/^Thanks for checking in, Lee\./)]);
    expect(replies.join('\n')).not.toMatch(/urge surfing/i);
  });

  it('a relapse disclosure gets a supportive answer, not alarm', async () => {
    const { chat } = await enrolled();
    await chat.sayAll(['check in', '5', '3', '6']);
    const [reply] = await chat.say('yes');
    expect(reply).toContain("A slip doesn't erase your progress");
    expect(await chat.say('no')).toEqual(['OK. You can ask for a peer any time: reply MENU.']);
  });

  it('"history" shows the last 7 check-ins as a compact table', async () => {
    const { chat } = await enrolled();
    expect(await chat.say('history')).toEqual(['No check-ins yet. Reply CHECK IN to do your first.']);
    const start = clock;
    onTestFinished(() => {
      clock = start;
    });
    for (let day = 0; day < 9; day += 1) {
      clock = new Date(start.getTime() + day * 24 * 3600_000);
      await chat.sayAll(['check in', String(3 + (day % 7)), '2', '7', 'no']);
    }
    const [table] = await chat.say('history');
    const lines = table!.split('\n');
    expect(lines[0]).toBe('Your last 7 check-ins:');
    expect(lines).toHaveLength(8);
    expect(lines[1]).toBe('Nov 28: mood 4, craving 2, sleep 7h');
    expect(lines[7]).toBe('Nov 22: mood 5, craving 2, sleep 7h');
  });
});
