import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPackage } from '../../src/resources/import-package.js';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';

// Wednesday 18 November 2026, 3:00 PM in New York, 1:00 PM in Medicine Hat.
const WEDNESDAY_3PM_NY = new Date('2026-11-18T20:00:00Z');
// The same day, 10:00 PM in New York.
const WEDNESDAY_10PM_NY = new Date('2026-11-19T03:00:00Z');
const SAMPLE_NOTE = '(Made-up listings.)';

const FOOD_NEAR_10001 = [
  'Food near ZIP 10001 (New York, NY area):',
  '1. Hudson Street Soup Kitchen - 1.1 mi',
  'Closed, opens tomorrow 11:30 AM. (212) 555-0102. Free hot lunch. All welcome',
  '2. Bowery Evening Meals - 1.2 mi',
  'Closed, opens 5:00 PM. (212) 555-0104. Free dinner. No questions asked',
  '3. Lower East Side Food Share - 1.4 mi',
  'Open till 6:00 PM. (212) 555-0103. Free groceries. NYC residents; proof of address helps',
  SAMPLE_NOTE,
  'CALL and a number for details, MORE, or MENU.',
].join('\n');

describe.each(databaseTargets)('finding help nearby in conversation on $name', (target) => {
  let harness: TestApp;
  let clock = WEDNESDAY_3PM_NY;
  beforeAll(async () => {
    // A fresh start: the directory is empty, so the bundled sample is loaded.
    harness = await startTestApp(target, {}, { now: () => clock });
  });
  afterAll(async () => harness?.close());

  let users = 0;
  /** Enrolled with a place (saved as where "near me" is), or with none (SKIP). */
  const enrolled = async (place = 'SKIP', choose?: string) => {
    const chat = new ChatDriver(harness.app, `seeker-${(users += 1)}`);
    await chat.say('hi');
    if (choose) await chat.say(choose);
    await chat.sayAll([choose ? 'sí' : 'yes', 'Sam', place]);
    return chat;
  };

  it('"I need food near 10001" answers with the three nearest food places, how far, whether open, phone and cost', async () => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled();
    expect(await chat.say('I need food near 10001')).toEqual([FOOD_NEAR_10001]);
  });

  it('MORE shows the next ones, CALL n one in full, and a number not shown is asked again', async () => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled();
    await chat.say('I need food near 10001');
    expect(await chat.say('more')).toEqual([
      ['4. Chelsea Community Pantry - 2.6 mi', 'Closed, opens tomorrow 10:00 AM. (212) 555-0101. Free. Anyone in need; no ID needed', SAMPLE_NOTE, 'CALL and a number for details, or MENU.'].join('\n'),
    ]);
    expect(await chat.say('more')).toEqual(["That's all I found nearby. Reply CALL and a number for details, or MENU."]);
    expect(await chat.say('call 2')).toEqual([
      [
        'Bowery Evening Meals (1.2 mi)',
        '19 E 3rd St, New York',
        'Closed, opens 5:00 PM.',
        'Call (212) 555-0104',
        'Free dinner. No questions asked',
        'Sample data: a made-up listing for trying peerline, not a real service.',
      ].join('\n'),
    ]);
    expect(await chat.say('CALL 9')).toEqual(['Reply CALL and a number from 1 to 4, MORE, or MENU.']);
  });

  it.each([
    [
      'shelter in Medicine Hat tonight',
      /^Shelter near Medicine Hat, AB:\n1\. Prairie Light Overnight Shelter - 0\.6 km\nClosed, opens 7:00 PM\. \(403\) 555-0134\.[^\n]*\n2\. Cypress Women's Safe House - 0\.9 km\nOpen 24 hours\./,
    ],
    ['NA meeting near T1A', /^Meetings near T1A \(Medicine Hat, AB\):\n1\. Medicine Hat NA Hope Group - 0\.4 km\n[^\n]*\n2\. Riverside AA Group - 0\.3 km\n/],
    ['detox open now near 10001', /^Detox and treatment near ZIP 10001 \(New York, NY area\):\n1\. Harbor Recovery Outpatient Clinic - 0\.2 mi\nOpen till 6:00 PM\.[^\n]*\n2\. Midtown Withdrawal Management - 2\.9 mi\nOpen 24 hours\./],
  ])('one message: "%s"', async (message, expected) => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled();
    const [answer] = await chat.say(message);
    expect(answer).toMatch(expected);
  });

  it('in Spanish: "necesito comida cerca de 10001"', async () => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled('Houston', 'ESPAÑOL');
    const [answer] = await chat.say('necesito comida cerca de 10001');
    expect(answer).toBe(
      [
        'Comida cerca de ZIP 10001 (New York, NY area):',
        '1. Hudson Street Soup Kitchen - 1.1 mi',
        'Cerrado, abre mañana a las 11:30. (212) 555-0102. Free hot lunch. All welcome',
        '2. Bowery Evening Meals - 1.2 mi',
        'Cerrado, abre a las 17:00. (212) 555-0104. Free dinner. No questions asked',
        '(Lugares inventados.)',
        'LLAMAR y un número para detalles, MÁS, o MENÚ.',
      ].join('\n'),
    );
    // Three places would take four SMS segments in Spanish: the page holds two, and MORE brings the third.
    expect((await chat.say('más'))[0]).toMatch(/^3\. Lower East Side Food Share - 1\.4 mi\nAbierto hasta las 18:00\./);
  });

  it('asked for what and where from the menu, then "food" alone looks where the person looked last', async () => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled();
    await chat.say('menu');
    expect(await chat.say('5')).toEqual([
      'What do you need? For example food, shelter, detox, meetings, mental health, clothing, ID, GED, jobs, legal help, health care or a ride.',
    ]);
    expect(await chat.say('food')).toEqual(['Near where? A ZIP or postal code, or a town.']);
    expect(await chat.say('the moon')).toEqual(["I couldn't place that. Try a ZIP or postal code (10001, T1A) or a town (Medicine Hat)."]);
    expect(await chat.say('10001')).toEqual([FOOD_NEAR_10001]);
    expect(await chat.say('menu')).toHaveLength(1);
    expect(await chat.say('food')).toEqual([FOOD_NEAR_10001]);
  });

  it('the place given at enrollment is where "near me" is', async () => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled('Medicine Hat');
    const [answer] = await chat.say('I need clothes near me');
    expect(answer).toMatch(/^Clothing near Medicine Hat, AB:\n1\. Hat Clothing Depot - 1\.1 km\n/);
  });

  it('nothing nearby says so, gives the national lines for the need and the crisis line, and offers a peer', async () => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled();
    expect(await chat.say('detox near Anchorage')).toEqual([
      [
        'I found nothing for Detox and treatment within 50 mi of Anchorage, AK.',
        'SAMHSA National Helpline: 1-800-662-4357 (Free, confidential, 24/7)',
        'Open now, day and night: 988 Suicide & Crisis Lifeline, call or text 988.',
        'Reply PEER to talk with a peer.',
      ].join('\n'),
    ]);
    const [peer] = await chat.say('peer');
    expect(peer).toMatch(/^I've (asked a peer|noted that you'd like a peer)/);
  });

  it('a closed crisis service is never the only answer: a line open at every hour comes with it', async () => {
    clock = WEDNESDAY_10PM_NY;
    const chat = await enrolled();
    expect(await chat.say('mobile crisis team near 10001')).toEqual([
      [
        'Crisis help near ZIP 10001 (New York, NY area):',
        '1. Manhattan Mobile Crisis Team - 0.6 mi',
        'Closed, opens tomorrow 9:00 AM. (212) 555-0112. Free. Call first; they come to you',
        'Open now, day and night: 988 Suicide & Crisis Lifeline, call or text 988.',
        'Reply PEER to talk with a peer.',
        SAMPLE_NOTE,
        'CALL and a number for details, or MENU.',
      ].join('\n'),
    ]);
  });

  it('after the results, something else is answered as itself', async () => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled();
    await chat.say('I need food near 10001');
    expect((await chat.say('check in'))[0]).toMatch(/^Quick check-in/);
    await chat.say('MENU');
    await chat.say('food near 10001');
    expect((await chat.say('shelter in Medicine Hat'))[0]).toMatch(/^Shelter near Medicine Hat, AB:/);
    expect((await chat.say('hello'))[0]).toMatch(/^Here's what I can do:\n1 Check in\n/);
  });

  it('a dialog chosen from the menu hears its own answers, even ones that name a kind of help', async () => {
    clock = WEDNESDAY_3PM_NY;
    const chat = await enrolled('Medicine Hat');
    expect(await chat.say('2')).toEqual(["What's your goal, in your own words?"]);
    expect((await chat.say('Find a meeting near me'))[0]).toMatch(/^Want a reminder\?/);
  });

  it('an imported HSDS package answers the same way', async () => {
    clock = WEDNESDAY_3PM_NY;
    await importPackage(harness.database.db, path.resolve('tests/fixtures/hsds/spokane-v3.json'));
    const chat = await enrolled();
    expect(await chat.say('I need food near Spokane')).toEqual([
      [
        'Food near Spokane, WA:',
        '1. Spokane Valley Food Bank - 0.2 mi',
        'Open till 4:00 PM. (509) 555-0160. Free. Anyone in need',
        'CALL and a number for details, or MENU.',
      ].join('\n'),
    ]);
  });
});
