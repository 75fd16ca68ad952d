import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { es } from '../../src/messages/es.js';
import { SafetyPlanRepository } from '../../src/store/safety-plans.js';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';

const ASK = Object.fromEntries(Object.entries(en.planSections).map(([section, words]) => [section, words.ask])) as Record<keyof typeof en.planSections, string>;
const YES_NO = '\n1 Yes\n2 No';
const ANA = '780-555-0142';

describe.each(databaseTargets)('the personal safety plan on $name', (target) => {
  let harness: TestApp;
  let plans: SafetyPlanRepository;
  beforeAll(async () => {
    harness = await startTestApp(target);
    plans = new SafetyPlanRepository(harness.database.db);
  });
  afterAll(async () => harness?.close());

  let users = 0;
  const enrolled = async (lines: readonly string[] = ['hi', 'yes', 'Robin', 'Edmonton']) => {
    const user = `planner-${(users += 1)}`;
    const chat = new ChatDriver(harness.app, user);
    await chat.sayAll(lines);
    const participant = await harness.app.participants.findByAddress('console', user);
    return { chat, participantId: participant!.id };
  };
  /** Builds a plan by conversation: warning signs, coping, two people (shared), reasons; the rest skipped. */
  const built = async (chat: ChatDriver) => {
    await chat.sayAll(['my plan', "can't sleep, pulling away", 'take Rex for a walk, music', 'SKIP', `Ana ${ANA}, Sam`, 'yes', 'SKIP', 'SKIP']);
    return chat.say('my kids, Rex');
  };

  it('a new plan is built one short question at a time, every step skippable, each part saved as it is answered', async () => {
    const { chat, participantId } = await enrolled();
    expect(await chat.say('my plan')).toEqual([`${en.planIntro}\n1/7 ${ASK.warningSigns}`]);
    expect(await chat.say("can't sleep, pulling away")).toEqual([`2/7 ${ASK.coping}`]);
    expect((await plans.get(participantId))?.sections.warningSigns).toEqual(["can't sleep", 'pulling away']);
    expect(await chat.say('take Rex for a walk, music')).toEqual([`3/7 ${ASK.distractions}`]);
    expect(await chat.say('SKIP')).toEqual([`4/7 ${ASK.helpers}`]);
    expect(await chat.say(`Ana ${ANA}, Sam`)).toEqual([`${en.planShareAsk}${YES_NO}`]);
    expect(await chat.say('yes')).toEqual([`${en.planShared}\n5/7 Your plan already has the crisis line (988). ${ASK.services}`]);
    expect(await chat.say('skip')).toEqual([`6/7 ${ASK.surroundings}`]);
    expect(await chat.say('pass')).toEqual([`7/7 ${ASK.reasons}`]);
    expect(await chat.say('my kids, Rex')).toEqual([
      [
        'Your safety plan:',
        "Warning signs: can't sleep, pulling away",
        'On my own: take Rex for a walk, music',
        'People and places: not yet',
        `People to ask for help: Ana (${ANA}), Sam (a peer may see these)`,
        'Professionals and services: 988 (always)',
        'Safer surroundings: not yet',
        'Reasons for living: my kids, Rex',
      ].join('\n'),
      en.planDone(harness.app.config.program.crisisLines.CA![0]!),
    ]);
    expect(await plans.get(participantId)).toMatchObject({
      sections: {
        warningSigns: ["can't sleep", 'pulling away'],
        coping: ['take Rex for a walk', 'music'],
        distractions: [],
        helpers: [
          { name: 'Ana', phone: ANA },
          { name: 'Sam', phone: null },
        ],
        services: [],
        surroundings: [],
        reasons: ['my kids', 'Rex'],
      },
      shareContactsWithStaff: true,
    });
  });

  it('"my plan" shows it compactly; a part picked by its number is changed, kept with SKIP, or emptied with NONE', async () => {
    const { chat, participantId } = await enrolled();
    await built(chat);
    expect(await chat.say('my plan')).toEqual([
      [
        'Your safety plan. Reply a number to change a part, or MENU.',
        "1 Warning signs: can't sleep, pulling away",
        '2 On my own: take Rex for a walk, music',
        '3 People and places: not yet',
        `4 People to ask for help: Ana (${ANA}), Sam (a peer may see these)`,
        '5 Professionals and services: 988 (always)',
        '6 Safer surroundings: not yet',
        '7 Reasons for living: my kids, Rex',
        '8 Fill in the empty parts',
      ].join('\n'),
    ]);
    expect(await chat.say('2')).toEqual([
      'On my own now: take Rex for a walk, music. Send the new version (it replaces this), SKIP to keep it, or NONE to empty it.',
    ]);
    expect(await chat.say('walk Rex, call my sister, a hot shower')).toEqual(['Saved. On my own: walk Rex, call my sister, a hot shower']);

    await chat.sayAll(['my plan', '6']);
    expect(await chat.say('stay at my sister’s on bad nights')).toEqual(['Saved. Safer surroundings: stay at my sister’s on bad nights']);

    await chat.sayAll(['my plan', 'warning signs']);
    expect(await chat.say('SKIP')).toEqual(['OK, nothing changed.']);
    await chat.sayAll(['my plan', '1']);
    expect(await chat.say('none')).toEqual(['Saved. Warning signs: not yet']);

    expect((await plans.get(participantId))?.sections).toMatchObject({
      warningSigns: [],
      coping: ['walk Rex', 'call my sister', 'a hot shower'],
      surroundings: ['stay at my sister’s on bad nights'],
      reasons: ['my kids', 'Rex'],
    });
  });

  it('"fill in the empty parts" asks only those, and MENU stops a walk with what was written kept', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['my plan', 'SKIP', 'music']);
    expect((await chat.say('MENU'))[0]).toMatch(/^What would you like to do\?/);
    expect((await plans.get(participantId))?.sections.coping).toEqual(['music']);

    expect((await chat.say('my plan'))[0]).toMatch(/\n8 Fill in the empty parts$/);
    expect(await chat.say('8')).toEqual([`1/6 ${ASK.warningSigns}`]);
    expect(await chat.say('shaky hands')).toEqual([`2/6 ${ASK.distractions}`]);
    await chat.sayAll(['SKIP', 'SKIP', 'SKIP', 'SKIP']);
    const [summary] = await chat.say('SKIP');
    expect(summary).toMatch(/^Your safety plan:\nWarning signs: shaky hands\nOn my own: music\n/);
  });

  it('the people to ask: a peer may see them only with a yes, and the answer can be changed', async () => {
    const { chat, participantId } = await enrolled();
    await chat.sayAll(['my plan', 'SKIP', 'SKIP', 'SKIP', `Ana ${ANA}`]);
    expect(await chat.say('no')).toEqual([`${en.planNotShared}\n5/7 Your plan already has the crisis line (988). ${ASK.services}`]);
    expect(await plans.sharedContacts(participantId)).toEqual([]);
    await chat.sayAll(['MENU', 'my plan', '4']);
    expect(await chat.say('SKIP')).toEqual([`${en.planShareAsk}${YES_NO}`]);
    expect(await chat.say('yes')).toEqual([`${en.planShared} Saved. People to ask for help: Ana (${ANA}) (a peer may see these)`]);
    expect(await plans.sharedContacts(participantId)).toEqual([{ name: 'Ana', phone: ANA }]);
    // Emptied, nothing is left to share, and the consent goes with the list.
    await chat.sayAll(['my plan', '4', 'nobody']);
    expect(await plans.get(participantId)).toMatchObject({ sections: { helpers: [] }, shareContactsWithStaff: false });
  });

  it('"none" for reasons for living is met with warmth and a door open, not a form', async () => {
    const { chat } = await enrolled();
    await chat.sayAll(['my plan', 'SKIP', 'music', 'SKIP', 'SKIP', 'SKIP', 'SKIP']);
    const [reply] = await chat.say('nothing');
    expect(reply).toMatch(/^That's OK\. When things are hard, reasons can be hard to see\. .*reply MENU for a peer, or call or text 988\.\nYour safety plan:/);
  });

  it('all skipped: nothing to show yet, and the plan is there to build whenever they want it', async () => {
    const { chat } = await enrolled();
    await chat.sayAll(['my plan', 'SKIP', 'SKIP', 'SKIP', 'SKIP', 'SKIP', 'SKIP']);
    expect(await chat.say('SKIP')).toEqual([en.planDoneEmpty]);
    expect((await chat.say('my plan'))[0]).toBe(`${en.planIntro}\n1/7 ${ASK.warningSigns}`);
  });

  it('in Spanish, from "mi plan"', async () => {
    const { chat, participantId } = await enrolled(['hola', 'ESPAÑOL', 'sí', 'Ana', 'Houston']);
    expect(await chat.say('mi plan')).toEqual([`${es.planIntro}\n1/7 ${es.planSections.warningSigns.ask}`]);
    await chat.sayAll(['no duermo, me aíslo', 'SALTAR', 'SALTAR', 'Rosa 713-555-0101']);
    expect(await chat.say('sí')).toEqual([`${es.planShared}\n5/7 Tu plan ya incluye la línea de crisis (988). ${es.planSections.services.ask}`]);
    await chat.sayAll(['SALTAR', 'SALTAR', 'mis hijos']);
    const [list] = await chat.say('mi plan');
    expect(list).toContain('\n4 A quién pedir ayuda: Rosa (713-555-0101) (el equipo puede verlos)\n');
    expect((await plans.get(participantId))?.sections.reasons).toEqual(['mis hijos']);
  });

  it('the numbers given for helpers never reach the logs', async () => {
    const { chat } = await enrolled();
    await built(chat);
    await chat.say('my plan');
    expect(harness.logs.lines.join('\n')).not.toContain(ANA);
  });
});
