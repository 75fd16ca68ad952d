import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COPING_TOOLS, type CopingTool } from '../../src/coping/tools.js';
import { en } from '../../src/messages/en.js';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';

const names = (tools: readonly CopingTool[]) => tools.map((tool, i) => `${i + 1} ${en.copingTools[tool].name}`).join('\n');
const INTRO = en.copingIntro({ kind: 'crisis', name: '9-8-8', contact: 'call or text 988' });

describe.each(databaseTargets)('coping tools on $name', (target) => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await startTestApp(target);
  });
  afterAll(async () => harness?.close());

  let users = 0;
  const enrolled = async () => {
    const user = `coper-${(users += 1)}`;
    const chat = new ChatDriver(harness.app, user);
    await chat.sayAll(['hi', 'yes', 'Jo', 'Edmonton']);
    const participant = await harness.app.participants.findByAddress('console', user);
    return { chat, participantId: participant!.id };
  };
  const ratingsOf = (participantId: string) =>
    harness.database.db.query.copingToolRatings.findMany({ where: (rows, { eq }) => eq(rows.participantId, participantId) });

  it.each(COPING_TOOLS.map((tool) => [tool, en.copingTools[tool].name]))(
    '%s runs a message a turn, asks "Did that help? 1-5" with the last, and keeps the answer',
    async (tool, name) => {
      const { chat, participantId } = await enrolled();
      expect(await chat.say('coping')).toEqual([`${INTRO}\n${names(COPING_TOOLS)}`]);
      const steps = en.copingTools[tool].steps;
      const heard = [...(await chat.say(name))];
      for (let i = 1; i < steps.length; i += 1) heard.push(...(await chat.say(i % 2 === 0 ? 'SKIP' : 'ok')));
      expect(heard).toEqual([`${steps[0]} ${en.copingHowTo}`, ...steps.slice(1, -1), `${steps.at(-1)} ${en.copingRateAsk}`]);
      expect(heard.length).toBeGreaterThanOrEqual(3);
      expect(heard.length).toBeLessThanOrEqual(6);
      expect(await chat.say('4')).toEqual([en.copingHelped]);
      expect(await ratingsOf(participantId)).toEqual([expect.objectContaining({ tool, rating: 4 })]);
    },
  );

  it('a rating it cannot read is asked once more, then left out; SKIP leaves it out at once', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['breathing', 'ok', 'ok', 'ok']);
    expect(await chat.say('hmm')).toEqual([en.copingRateRetry]);
    expect(await chat.say('dunno')).toEqual([en.copingUnrated]);
    await chat.sayAll(['grounding', 'ok', 'ok', 'ok', 'ok']);
    expect(await chat.say('SKIP')).toEqual([en.copingUnrated]);
    expect(await ratingsOf(participantId)).toEqual([]);
  });

  it('the tools that helped this person come first next time, and those that did not go last', async () => {
    const { chat } = await enrolled();
    await chat.sayAll(['breathing', 'ok', 'ok', 'ok']);
    expect(await chat.say('5')).toEqual([en.copingHelped]);
    await chat.sayAll(['craving', 'ok', 'ok', 'ok', 'ok']);
    expect(await chat.say('1')).toEqual([en.copingNotHelped({ kind: 'crisis', name: '9-8-8', contact: 'call or text 988' })]);
    await chat.sayAll(['halt', 'ok', 'ok', 'ok', 'ok', '3']);
    expect(await chat.say('coping tools')).toEqual([`${INTRO}\n${names(['breathing', 'halt', 'grounding', 'playTapeForward', 'urgeSurfing'])}`]);
    // And picked by its number from that order.
    expect(await chat.say('1')).toEqual([`${en.copingTools.breathing.steps[0]} ${en.copingHowTo}`]);
  });

  it.each([
    ['craving', 'urgeSurfing'],
    ['i have a craving', 'urgeSurfing'],
    ['grounding', 'grounding'],
    ['respirar', 'breathing'],
    ['envie de consommer', 'urgeSurfing'],
  ] as const)('"%s" starts %s at once', async (said, tool) => {
    const { chat } = await enrolled();
    expect(await chat.say(said)).toEqual([`${en.copingTools[tool].steps[0]} ${en.copingHowTo}`]);
  });

  it('MENU leaves an exercise, and nothing is rated', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['grounding', 'a lamp, a cup']);
    expect((await chat.say('MENU'))[0]).toMatch(/^What would you like to do\?/);
    expect(await ratingsOf(participantId)).toEqual([]);
  });

  it('no exercise text gives method or dose, and each run ends saying it does not replace a person', () => {
    const words = Object.values(en.copingTools).flatMap((tool) => tool.steps).join('\n');
    expect(words).not.toMatch(/\b\d+\s*(mg|ml|pills?|tablets?|doses?)\b/i);
    for (const ending of [en.copingHelped, en.copingUnrated, en.copingNotHelped({ kind: 'crisis', name: 'x', contact: 'call 988' })]) {
      expect(ending).toMatch(/don't replace a person/);
    }
  });
});
