import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { modelCheckMessage } from '../helpers/screen-cases.js';

describe.each(databaseTargets)('the crisis response on $name', (target) => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await startTestApp(target);
  });
  afterAll(async () => harness?.close());

  const participant = (user: string) => harness.app.participants.findByAddress('console', user);
  const enroll = async (user: string) => {
    const chat = new ChatDriver(harness.app, user);
    await chat.sayAll(['hi', 'yes', 'Robin', 'Edmonton']);
    return chat;
  };

  it('a stranger who never enrolled gets the crisis lines and a human in the first reply', async () => {
    const chat = new ChatDriver(harness.app, 'stranger');
    const [reply] = await chat.say('i want to kill myself tonight');
    expect(reply).toMatch(/glad you told me/);
    expect(reply).toContain('call or text 988');
    expect(reply).toContain('911');
    expect(reply).not.toMatch(/Msg & data rates/); // not the consent question
    const stored = await participant('stranger');
    const handoff = await harness.app.handoffs.activeFor(stored!.id);
    expect(handoff).toMatchObject({ reason: 'crisis', urgency: 'urgent', status: 'open', category: 'suicide' });
  });

  it('the screen runs inside a dialog: a crisis mid-enrollment is answered and the question is dropped', async () => {
    const chat = new ChatDriver(harness.app, 'mid-dialog');
    await chat.sayAll(['hi', 'yes']);
    const [reply] = await chat.say("i took all my pills and i can't feel my legs");
    expect(reply).toMatch(/emergency/i);
    expect(reply!.indexOf("911")).toBeLessThan(reply!.indexOf("988")); // medical: emergency first
    const [followUp] = await chat.say('ok');
    expect(followUp).toMatch(/still here with you/);
    expect(followUp).not.toMatch(/What city or ZIP/);
    // No staff can be reached in this set-up (no Twilio, no staff channel): no peer is promised.
    expect(followUp).toMatch(/a real person will answer/);
    expect(followUp).not.toMatch(/a peer has been alerted/);
  });

  it('an opted-out person writing in crisis still gets the crisis lines', async () => {
    const chat = await enroll('opted-out');
    await chat.say('STOP');
    expect(await chat.say('how are you')).toEqual([]);
    const [reply] = await chat.say('nobody would miss me if i was gone, i have the rope ready');
    expect(reply).toContain('988');
  });

  it('abuse gets the domestic violence line as well', async () => {
    const chat = await enroll('unsafe-home');
    const [reply] = await chat.say('he choked me again and said he will kill me if i leave');
    expect(reply).toContain('1-866-863-0511'); // Edmonton → Canada's line from the program file
    expect(reply).toContain('988');
  });

  it.each([
    ['Spanish', 'ya no quiero vivir, me quiero morir', /Me alegra mucho que me lo hayas contado/, /988/],
    ['French', 'je veux mourir, je vais me tuer ce soir', /Merci de m'en parler\. Vous comptez/, /988/],
  ])('a crisis written in %s is answered in that language, and so are the follow-ups', async (_, text, opening, line) => {
    const chat = new ChatDriver(harness.app, `lang-${text.length}`);
    const [reply] = await chat.say(text);
    expect(reply).toMatch(opening);
    expect(reply).toMatch(line);
    const [followUp] = await chat.say('ok');
    expect(followUp).toMatch(/^(Sigo aquí contigo|Je suis toujours là)/);
  });

  it('records the event with its category and evidence, never the message', async () => {
    const chat = new ChatDriver(harness.app, 'evidence');
    const message = 'honestly i am going to end my life this weekend, i have it planned';
    await chat.say(message);
    const stored = await participant('evidence');
    const rows = await harness.database.db.query.crisisEvents.findMany({ where: (events, { eq }) => eq(events.participantId, stored!.id) });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ category: 'suicide', channel: 'console' });
    const evidence = JSON.stringify(rows[0]!.evidence);
    expect(evidence).not.toContain(message);
    expect(harness.logs.lines.join('\n')).not.toContain(message);
  });

  it('does not fire on idioms, safe history or a relapse without danger', async () => {
    const chat = await enroll('calm');
    for (const text of ['this job is killing me lol', 'i used to cut, 3 years clean now', 'drank last night and feel awful']) {
      const replies = await chat.say(text);
      expect(replies.join('\n')).not.toContain('988');
    }
    const stored = await participant('calm');
    expect(await harness.app.handoffs.activeFor(stored!.id)).toBeUndefined();
  });

  it('a message only the model flags gets a gentle check with the lines, not an assumption', async () => {
    const chat = new ChatDriver(harness.app, 'model-only');
    const [reply] = await chat.say(modelCheckMessage()); // only the model flags it: no rule fires
    expect(reply).toMatch(/^I want to check in, because what you wrote sounds like it could be serious/);
    expect(reply).toContain('988');
    expect(reply).not.toMatch(/glad you told me/);
  });

  it('someone with a safety plan gets the crisis lines and the offer of a human first, then what their own plan says', async () => {
    const chat = await enroll('planner');
    await chat.sayAll(['my plan', "can't sleep", 'take Rex for a walk, music, a shower', 'SKIP', 'Ana 780-555-0142, Sam, Lee', 'no', 'SKIP', 'SKIP', 'my kids']);
    const replies = await chat.say('i want to kill myself tonight');
    expect(replies).toHaveLength(2);
    const [lines, plan] = replies;
    expect(lines).toMatch(/^I'm really glad you told me\./);
    expect(lines).toContain('call or text 988');
    expect(lines).toMatch(/(I've alerted a peer from our team|a real person will answer)/);
    expect(plan).toBe('Your plan says you can call Ana (780-555-0142) or Sam, or take Rex for a walk or music.');
    const stored = await participant('planner');
    expect(await harness.app.handoffs.activeFor(stored!.id)).toMatchObject({ reason: 'crisis', urgency: 'urgent' });
    // The follow-ups keep giving the lines; the plan stays the person's to open.
    const [followUp] = await chat.say('ok');
    expect(followUp).toMatch(/still here with you/);
  });

  it.each([
    ['no plan', []],
    ['a plan with neither people nor things that help', ['my plan', "can't sleep", 'SKIP', 'SKIP', 'SKIP', 'SKIP', 'SKIP', 'my kids']],
  ])('with %s, the crisis reply is the one message it always was', async (_, lines) => {
    const chat = await enroll(`no-plan-${lines.length}`);
    await chat.sayAll(lines);
    const replies = await chat.say('i want to kill myself tonight');
    expect(replies).toEqual([expect.stringContaining('call or text 988')]);
  });

  it('the plan is cited in the language of the reply', async () => {
    const chat = new ChatDriver(harness.app, 'plan-es');
    await chat.sayAll(['hola', 'ESPAÑOL', 'sí', 'Rosa', 'Houston', 'mi plan', 'SALTAR', 'rezar, llamar a mi hermana', 'SALTAR', 'SALTAR']);
    const [lines, plan] = await chat.say('ya no quiero vivir, me quiero morir');
    expect(lines).toMatch(/^Me alegra mucho que me lo hayas contado/);
    expect(plan).toBe('Tu plan dice que puedes rezar o llamar a mi hermana.');
  });

  it('never gives method, dose or lethality information, and never ends the conversation', async () => {
    const chat = new ChatDriver(harness.app, 'asks-method');
    const [reply] = await chat.say('how many pills would it take to die');
    expect(reply).toContain('988');
    expect(reply).not.toMatch(/\b\d+\s*(mg|pills|tablets)\b/i);
    expect(reply).toMatch(/keep texting me/);
  });
});
