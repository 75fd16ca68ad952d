import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';

describe.each(databaseTargets)('questions asked in the middle of a conversation on $name', (target) => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await startTestApp(target, {}, { now: () => new Date('2026-11-20T16:00:00Z') });
  });
  afterAll(async () => harness?.close());

  let users = 0;
  const enrolled = async () => {
    const chat = new ChatDriver(harness.app, `asking-${(users += 1)}`);
    await chat.sayAll(['hi', 'yes', 'Lee', 'Edmonton']);
    return chat;
  };

  it.each([
    ['a check-in chosen by its menu number', '1', /^Quick check-in/],
    ['a check-in chosen by name from the menu', 'check in', /^Quick check-in/],
  ])('"are you a bot?" during %s is answered, then the question is asked again', async (_, choice, question) => {
    const chat = await enrolled();
    expect((await chat.say(choice))[0]).toMatch(question);
    const [answer, again] = await chat.say('are you a bot?');
    expect(answer).toMatch(/automated/);
    expect(again).toMatch(question);
    expect((await chat.say('6'))[0]).toMatch(/^Any cravings right now/);
  });

  it('a goal dialog chosen from the menu survives the question too', async () => {
    const chat = await enrolled();
    await chat.say('2');
    const [answer, again] = await chat.say('is this a real person?');
    expect(answer).toMatch(/automated/);
    expect(again).toMatch(/goal/i);
  });
});
