import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';

describe.each(databaseTargets)('enrollment and the menu on $name', (target) => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await startTestApp(target);
  });
  afterAll(async () => harness?.close());

  const participant = (user: string) => harness.app.participants.findByAddress('console', user);

  it('a newcomer is told it is an automated assistant and asked consent with the carrier wording', async () => {
    const chat = new ChatDriver(harness.app, 'newcomer');
    const [consent] = await chat.say('hi');
    expect(consent).toContain('automated peer-support assistant, not a person');
    expect(consent).toContain('peerline');
    expect(consent).toContain('Up to 3 msgs/day');
    expect(consent).toContain('Msg & data rates may apply');
    expect(consent).toContain('STOP to opt out');
    expect(consent).toContain('HELP for help');
    expect(consent).toMatch(/1 Yes\n2 No$/);
    expect((await participant('newcomer'))?.status).toBe('pending_consent');
  });

  it('records consent with its time and text, then asks a name and a place, and ends at the menu', async () => {
    const chat = new ChatDriver(harness.app, 'alex');
    await chat.say('hello');
    const before = Date.now();
    const [nameQuestion] = await chat.say('yes');
    expect(nameQuestion).toMatch(/What should I call you/);

    const stored = await participant('alex');
    expect(stored?.status).toBe('active');
    expect(stored?.consentText).toContain('Msg & data rates may apply');
    expect(stored?.consentAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);

    expect(await chat.say("I'm Alex")).toEqual([expect.stringMatching(/What city or ZIP\/postal code/)]);
    const done = await chat.say('edmonton');
    expect(done[0]).toMatch(/Got it: Edmonton/);
    expect(done[1]).toMatch(/You're all set, Alex/);
    expect(done[2]).toMatch(/What would you like to do\?/);
    expect(done[2]).toMatch(/1 Check in\n2 My goals\n3 History\n4 Talk to a peer\n5 Find help\n6 Coping tools\n7 Safety plan\n8 My settings\n9 Help\n10 Delete my data/);
    expect(await participant('alex')).toMatchObject({ name: 'Alex', timeZone: 'America/Edmonton', region: 'CA' });
  });

  it('numbered replies pick menu options', async () => {
    const chat = new ChatDriver(harness.app, 'numbers');
    await chat.sayAll(['hi', 'yes', 'SKIP', '10001']);
    const [help] = await chat.say('9');
    expect(help).toMatch(/call or text 988/);
  });

  it('accepts a ZIP code or a time-zone name, and after one re-ask falls back to the default', async () => {
    const chat = new ChatDriver(harness.app, 'placeless');
    await chat.sayAll(['hi', 'yes', 'SKIP']);
    const [retry] = await chat.say('the moon');
    expect(retry).toMatch(/I could not place that/);
    const replies = await chat.say('still the moon');
    expect(replies[0]).toMatch(/I'll use America\/New York for now/);
    expect(await participant('placeless')).toMatchObject({ name: null, timeZone: 'America/New_York', region: 'US' });
  });

  it('a declined consent is respected and nothing is recorded as consent', async () => {
    const chat = new ChatDriver(harness.app, 'decliner');
    await chat.say('hey');
    const [reply] = await chat.say('no');
    expect(reply).toMatch(/I won't text you/);
    expect(await participant('decliner')).toMatchObject({ status: 'pending_consent', consentAt: null });
  });

  it('MENU before consent asks the consent question again instead of showing the menu', async () => {
    const chat = new ChatDriver(harness.app, 'early-menu');
    await chat.say('hi');
    const [reply] = await chat.say('MENU');
    expect(reply).toMatch(/Is it OK to text you\?\n1 Yes\n2 No$/);
  });

  it('HELP answers with the program contact and the crisis line, at any point', async () => {
    const chat = new ChatDriver(harness.app, 'helper');
    await chat.say('hi');
    const [help] = await chat.say('HELP');
    expect(help).toContain('(555) 010-0199');
    expect(help).toContain('call or text 988');
  });

  it.each(['are you a bot?', 'am i talking to a real person', 'R U HUMAN'])('"%s" is answered honestly: an automated assistant', async (question) => {
    const chat = new ChatDriver(harness.app, `asker-${question.length}`);
    await chat.sayAll(['hi', 'yes']);
    const replies = await chat.say(question);
    expect(replies[0]).toMatch(/automated assistant, a computer program, not a person/);
    expect(replies[1]).toMatch(/What should I call you/); // the question in progress is asked again
  });

  it('MENU interrupts any dialog and shows only what exists', async () => {
    const chat = new ChatDriver(harness.app, 'menu-user');
    await chat.sayAll(['hi', 'yes', 'Sam', 'Calgary']);
    await chat.say('settings');
    const [menu] = await chat.say('menu');
    expect(menu).toBe('What would you like to do?\n1 Check in\n2 My goals\n3 History\n4 Talk to a peer\n5 Find help\n6 Coping tools\n7 Safety plan\n8 My settings\n9 Help\n10 Delete my data');
  });

  it('a sentence that happens to hold a number does not pick a menu option', async () => {
    const chat = new ChatDriver(harness.app, 'storyteller');
    await chat.sayAll(['hi', 'yes', 'Ari', 'Calgary']);
    const [reply] = await chat.say('i used to cut, 3 years clean now');
    expect(reply).toMatch(/^Reply with the number of an option/);
    expect(await harness.app.handoffs.activeFor((await participant('storyteller'))!.id)).toBeUndefined();
  });

  it('settings change the place', async () => {
    const chat = new ChatDriver(harness.app, 'mover');
    await chat.sayAll(['hi', 'yes', 'Kim', 'Calgary']);
    await chat.sayAll(['menu', '8', 'Location']);
    const replies = await chat.say('New York');
    expect(replies[0]).toMatch(/Got it: New York/);
    expect(replies[1]).toBe('Saved.');
    expect(await participant('mover')).toMatchObject({ timeZone: 'America/New_York', region: 'US' });
  });

  it.each([
    ['an empty message', ''],
    ['emoji', '🙂🙂🙂'],
    ['right-to-left text', 'مرحبا'],
    ['a 100 KB message', 'a'.repeat(100_000)],
  ])('%s gets a kind answer and loses nothing', async (_, text) => {
    const chat = new ChatDriver(harness.app, `odd-${text.length}-${text.slice(0, 2)}`);
    const replies = await chat.say(text);
    expect(replies[0]).toMatch(/automated peer-support assistant/);
  });
});
