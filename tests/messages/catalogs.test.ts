import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyKeyword } from '../../src/adapters/sms/keywords.js';
import type { Reflection } from '../../src/check-in/reflection.js';
import { loadConfig, type CrisisLine } from '../../src/config.js';
import { allCatalogs, catalogFor, type Catalog } from '../../src/messages/index.js';
import { en } from '../../src/messages/en.js';

const program = loadConfig({ PROGRAM_CONFIG: path.resolve('tests/fixtures/program.json'), DATA_DIR: '/tmp/peerline-catalog-test' }).program;
const line = program.crisisLines.US![0] as CrisisLine;
const reflection: Reflection = { streak: 3, mood: { today: 7, weekAverage: 4.5, direction: 'higher' }, offerPeer: true, usedDisclosed: true };

type FunctionKey = { [K in keyof Catalog]: Catalog[K] extends (...args: never[]) => string ? K : never }[keyof Catalog];

// Every function in the catalogue, with arguments to call it with. A key added to the catalogue
// without a sample here does not compile: a later dialog's text is checked in all three languages too.
const SAMPLES: { [K in FunctionKey]: Parameters<Catalog[K]>[] } = {
  consentAsk: [[program]],
  consentDeclined: [[program]],
  placeDefaulted: [['America/New York']],
  placeConfirmed: [['Houston, TX']],
  enrolled: [['Ana', '10:00'], [null, '13:05']],
  help: [[program, line]],
  whoAmI: [[program]],
  eraseDone: [[line]],
  optOutConfirmed: [[program]],
  optInConfirmed: [[program]],
  stopQuestion: [[program]],
  turnFailed: [[line]],
  flooding: [[line]],
  reflection: [[reflection, 'Ana'], [{ streak: 1, offerPeer: false, usedDisclosed: false }, null]],
  peerRequested: [[program, line]],
  peerUnreachable: [[program, line]],
  peerRequestedAfterHours: [
    [program, line, { at: new Date('2026-12-02T14:00:00Z'), relative: 'tomorrow', weekday: 3, time: '09:00' }],
    [program, line, { at: new Date('2026-12-07T14:00:00Z'), relative: 'later', weekday: 1, time: '09:00' }],
  ],
  relayPeerJoined: [['Robin', 'peer'], [undefined, 'peer'], [undefined, 'supervisor']],
  relayPeerSays: [['Robin', 'Hi, I am here.']],
  relayEnded: [['Robin']],
  relayKept: [[line]],
  historyTitle: [[1], [7]],
  historyRow: [[{ date: new Date('2026-11-28T00:00:00Z'), mood: 6, craving: null, sleepHours: 7.5, used: true }]],
  goalReminder: [['Walk', 'Ana'], ['Walk', null]],
  checkInPrompt: [['Ana'], [null]],
  goalOutcomeDone: [['Walk']],
  goalOutcomeNotToday: [['Walk']],
  goalLine: [['Walk', 'Every day at 8:00 PM', true], ['Walk', null, false]],
  goalSaved: [['Walk', 'Every day at 8:00 PM'], ['Walk', null]],
  goalSavedUnread: [['Walk']],
  goalActions: [['Walk', 'Every day at 8:00 PM', false], ['Walk', null, false]],
  goalDone: [['Walk']],
  goalPaused: [['Walk']],
  goalResumed: [['Walk', 'Every day at 8:00 PM']],
  goalRescheduled: [['Walk', 'Every day at 8:00 PM']],
  goalDeleteConfirm: [['Walk']],
  goalDeleted: [['Walk']],
  goalKept: [['Walk']],
  scheduleConfirm: [['Every day at 8:00 PM']],
  settingCheckInToggle: [[true], [false]],
  checkInTimeAsk: [['01:00', true], ['19:30', false]],
  checkInTimeConfirm: [['19:30']],
  checkInTimeSaved: [['19:30']],
  checkInTimeKept: [['10:00']],
  checkInTimeOutsideWindow: [['02:00', { start: '08:00', end: '21:00' }]],
  checkInPromptsOn: [['19:30']],
  planCrisisLineAlways: [[line]],
  planEditAsk: [['Warning signs', "can't sleep, pulling away"]],
  planReasonsNone: [[line]],
  planLine: [['Warning signs', ["can't sleep", 'pulling away']], ['Reasons for living', []]],
  planCrisisLineItem: [[line]],
  planSaved: [["Warning signs: can't sleep"]],
  planDone: [[line]],
  crisisPlanReminder: [[['Ana (780-555-0142)', 'Sam'], ['take Rex for a walk']], [[], ['music', 'a hot shower']], [['Ana'], []]],
  copingIntro: [[line]],
  copingNotHelped: [[line]],
  resourceHeader: [['Food', 'ZIP 10001 (New York, NY area)']],
  resourceLine: [
    [1, { name: 'Chelsea Community Pantry', distance: 0.4, unit: 'mi', openness: { kind: 'open', until: '14:00' }, phone: '(212) 555-0101', note: 'Free' }],
    [2, { name: 'Shelter', distance: 1.2, unit: 'km', openness: { kind: 'opens', day: 'tomorrow', at: '19:00' } }],
    [3, { name: 'Clinic', distance: 3, unit: 'km', openness: { kind: 'opensOn', weekday: 2, at: '09:00' } }],
    [4, { name: 'Line', distance: 3, unit: 'mi', openness: { kind: 'always' } }],
    [5, { name: 'Pantry', distance: 3, unit: 'mi', openness: { kind: 'opens', day: 'today', at: '13:00' } }],
    [6, { name: 'Pantry', distance: 3, unit: 'mi', openness: { kind: 'closed' } }],
    [7, { name: 'Pantry', distance: 3, unit: 'mi', openness: { kind: 'unknown' } }],
  ],
  resourceFooter: [[true], [false]],
  resourcePickRetry: [[3]],
  resourceNothing: [['Food', 'Medicine Hat, AB', '80 km']],
  resourceNational: [[{ name: 'SAMHSA National Helpline', phone: '1-800-662-4357', note: 'Free, confidential, 24/7' }], [{ name: '988', phone: '988' }]],
  resourceAlwaysOpen: [[line]],
  resourceCard: [
    [{ name: 'Chelsea Community Pantry', distance: 0.4, unit: 'mi', openness: { kind: 'open', until: '14:00' }, phone: '(212) 555-0101', note: 'Free', address: '412 W 25th St, New York', url: 'https://example.org' }],
    [{ name: 'Pantry', distance: 2, unit: 'km', openness: { kind: 'unknown' } }],
  ],
};

/** Every key path of a catalogue ("menu.goals", "synonyms.goalActions.done"). */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? keyPaths(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Every string a catalogue holds outright (labels, questions, synonyms). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const catalogs = allCatalogs().map((catalog) => [catalog.lang, catalog] as const);

describe('the message catalogues', () => {
  it.each(catalogs.filter(([lang]) => lang !== 'en'))('%s has every key of the English one, and no other', (_, catalog) => {
    expect(keyPaths(catalog).sort()).toEqual(keyPaths(en).sort());
  });

  it.each(catalogs)('%s: every text and synonym list is filled in', (_, catalog) => {
    for (const text of strings(catalog)) expect(text.trim()).not.toBe('');
    for (const words of [...Object.values(catalog.synonyms.menu), ...Object.values(catalog.synonyms.goalActions), ...Object.values(catalog.synonyms.settings), ...Object.values(catalog.synonyms.resourceCategories)]) {
      expect(words.length).toBeGreaterThan(0);
    }
  });

  it.each(catalogs)('%s: every function answers its sample arguments with whole text', (_, catalog) => {
    const functionKeys = Object.keys(catalog).filter((key) => typeof catalog[key as keyof Catalog] === 'function');
    expect(functionKeys.sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const [key, calls] of Object.entries(SAMPLES)) {
      for (const args of calls) {
        const text = (catalog[key as FunctionKey] as (...args: unknown[]) => string)(...args);
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|null|NaN|\[object/);
      }
    }
  });

  it.each(catalogs)('%s: no option or keyword it shows is a word carriers treat as an opt-out', (_, catalog) => {
    const labels = [...Object.values(catalog.menu), ...Object.values(catalog.resourceCategory), catalog.yes, catalog.no, catalog.skip, catalog.goalNew, catalog.goalMarkDone, catalog.goalPause, catalog.goalResume, catalog.goalChangeTime, catalog.goalAddReminder, catalog.goalDelete, catalog.settingName, catalog.settingPlace, catalog.settingCheckInTime, catalog.languageName, catalog.planFillEmpty, ...Object.values(catalog.planSections).map((section) => section.label), ...Object.values(catalog.copingTools).map((tool) => tool.name), ...catalog.synonyms.planClear];
    // Twilio's opt-out words, and the Spanish and French ones carriers and other providers honour.
    const foreignOptOuts = /^(alto|parar|detener|cancelar|baja|arret|arrêt|arrete|arrête|annuler|fin|td)$/i;
    for (const label of labels) {
      expect(classifyKeyword(label), label).not.toBe('stop');
      expect(label).not.toMatch(foreignOptOuts);
    }
  });

  it.each(catalogs)('%s: every coping exercise is three to six messages, as many as in English', (_, catalog) => {
    for (const [tool, words] of Object.entries(catalog.copingTools)) {
      expect(words.steps.length, tool).toBeGreaterThanOrEqual(3);
      expect(words.steps.length, tool).toBeLessThanOrEqual(6);
      expect(words.steps.length, tool).toBe(en.copingTools[tool as keyof typeof en.copingTools].steps.length);
    }
  });

  it.each(catalogs)('%s: the plan offered in a crisis names who to call and what helps, as the person wrote them', (_, catalog) => {
    const reminder = catalog.crisisPlanReminder(['Ana (780-555-0142)'], ['take Rex for a walk']);
    expect(reminder).toContain('Ana (780-555-0142)');
    expect(reminder).toContain('take Rex for a walk');
  });

  it('the consent carries the program, the frequency, the rates, STOP and HELP in every language', () => {
    expect(catalogFor('es').consentAsk(program)).toMatch(/peerline.*hasta 3 mensajes al día.*tarifas de mensajes y datos.*AYUDA \(HELP\).*STOP/);
    expect(catalogFor('fr').consentAsk(program)).toMatch(/peerline.*jusqu'à 3 messages par jour.*frais de messagerie et de données.*AIDE \(HELP\).*STOP/);
    expect(catalogFor('en').consentAsk(program)).toMatch(/Up to 3 msgs\/day.*Msg & data rates may apply.*HELP.*STOP.*ESPAÑOL.*FRANÇAIS/);
  });

  it.each([
    ['es-US', 'es'],
    ['es-MX', 'es'],
    ['ES', 'es'],
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('catalogFor(%s) is the %s catalogue', (locale, lang) => {
    expect(catalogFor(locale).lang).toBe(lang);
  });

  it('crisis lines are given in the language the program file has them in, else as written', () => {
    expect(catalogFor('es').help(program, line)).toContain('En una crisis: Línea 988 de Prevención del Suicidio y Crisis, llama o envía un texto al 988 (marca 2 para español).');
    expect(catalogFor('fr').turnFailed(line)).toContain('appelez ou textez le 988');
    const unlocalized: CrisisLine = { kind: 'crisis', name: 'Local line', contact: 'call 555-0100' };
    expect(catalogFor('fr').eraseDone(unlocalized)).toContain('call 555-0100');
  });
});
