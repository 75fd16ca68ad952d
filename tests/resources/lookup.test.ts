import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPackage, SAMPLE_PACKAGE } from '../../src/resources/import-package.js';
import { ResourceLookup } from '../../src/resources/resource-lookup.js';
import type { Database } from '../../src/store/database.js';
import { databaseTargets } from '../helpers/databases.js';

const ZIP_10001 = { lat: 40.71, lon: -74.01 };
const MEDICINE_HAT = { lat: 50.04, lon: -110.68 };
const ANCHORAGE = { lat: 61.22, lon: -149.9 };
// Wednesday 18 November 2026, 3:00 PM in New York (1:00 PM in Medicine Hat).
const WEDNESDAY_3PM_NY = new Date('2026-11-18T20:00:00Z');
// The same Wednesday, 10:00 PM in New York (8:00 PM in Medicine Hat).
const WEDNESDAY_10PM_NY = new Date('2026-11-19T03:00:00Z');

describe.each(databaseTargets)('looking resources up on $name', (target) => {
  let database: Database;
  let clock = WEDNESDAY_3PM_NY;
  let lookup: ResourceLookup;
  beforeAll(async () => {
    database = await target.open();
    // A real package replaces the sample; the sample imported after it stays beside it.
    await importPackage(database.db, path.resolve('tests/fixtures/hsds/spokane-v3.json'));
    await importPackage(database.db, SAMPLE_PACKAGE);
    lookup = new ResourceLookup(database.db, () => clock);
  });
  afterAll(async () => database?.close());

  it('food near ZIP 10001: only food places, nearest first, with hours, phone and cost', async () => {
    clock = WEDNESDAY_3PM_NY;
    const results = await lookup.find({ category: 'food', ...ZIP_10001 });
    expect(results.map((result) => result.name)).toEqual([
      'Hudson Street Soup Kitchen',
      'Bowery Evening Meals',
      'Lower East Side Food Share',
      'Chelsea Community Pantry',
    ]);
    const distances = results.map((result) => result.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(results[0]).toMatchObject({ openness: { kind: 'opens', day: 'tomorrow', at: '11:30' }, phone: '(212) 555-0102', fees: 'Free hot lunch', sample: true });
    expect(results[2]).toMatchObject({ openness: { kind: 'open', until: '18:00' } });
  });

  it('open now leaves out what is closed by the clock it is given', async () => {
    clock = WEDNESDAY_3PM_NY;
    expect((await lookup.find({ category: 'food', ...ZIP_10001, when: 'now' })).map((result) => result.name)).toEqual(['Lower East Side Food Share']);
    clock = WEDNESDAY_10PM_NY;
    expect(await lookup.find({ category: 'food', ...ZIP_10001, when: 'now' })).toEqual([]);
  });

  it('tonight keeps a shelter that opens this evening', async () => {
    clock = WEDNESDAY_3PM_NY; // 1:00 PM in Medicine Hat; the overnight shelter opens at 7:00 PM
    const results = await lookup.find({ category: 'shelter', ...MEDICINE_HAT, when: 'tonight' });
    expect(results.map((result) => [result.name, result.openness])).toEqual([
      ['Prairie Light Overnight Shelter', { kind: 'opens', day: 'today', at: '19:00' }],
      ["Cypress Women's Safe House", { kind: 'always' }],
    ]);
  });

  it('crisis services are marked, so the answer can add a line that is always open', async () => {
    clock = WEDNESDAY_10PM_NY;
    const [team] = await lookup.find({ category: 'crisis', ...ZIP_10001 });
    expect(team).toMatchObject({ name: 'Manhattan Mobile Crisis Team', crisis: true, openness: { kind: 'opens', day: 'tomorrow', at: '09:00' } });
  });

  it('free words find services by their names and terms', async () => {
    expect((await lookup.find({ text: 'soup', ...ZIP_10001 })).map((result) => result.name)).toEqual(['Hudson Street Soup Kitchen']);
    expect((await lookup.find({ text: 'clothing bank', lat: 47.66, lon: -117.43 })).map((result) => result.name)).toEqual(['Northside Clothing Bank']);
  });

  it('a fellowship named comes first among meetings', async () => {
    const results = await lookup.find({ category: 'meetings', ...MEDICINE_HAT, prefer: 'narcotics anonymous' });
    expect(results.map((result) => result.name)).toEqual(['Medicine Hat NA Hope Group', 'Riverside AA Group']);
  });

  it('nothing within reach gives nothing, and the national lines are there for the country', async () => {
    expect(await lookup.find({ category: 'food', ...ANCHORAGE })).toEqual([]);
    expect(await lookup.nationalLines('US', 'treatment')).toEqual([{ name: 'SAMHSA National Helpline', phone: '1-800-662-4357', fees: 'Free, confidential, 24/7' }]);
    expect((await lookup.nationalLines('US', 'crisis')).map((line) => [line.name, line.phone])).toEqual([
      ['988 Suicide & Crisis Lifeline', '988'],
      ['National Domestic Violence Hotline', '1-800-799-7233'],
    ]);
    expect((await lookup.nationalLines('CA', 'crisis')).map((line) => line.name)).toEqual(['9-8-8 Suicide Crisis Helpline']);
    expect(await lookup.nationalLines('US', 'food')).toEqual([]);
  });
});
