import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportError, importPackage, loadSampleIfEmpty, SAMPLE_PACKAGE, SAMPLE_SOURCE } from '../../src/resources/import-package.js';
import { formatImportReport } from '../../src/resources/import-report.js';
import type { Database } from '../../src/store/database.js';
import { resourceLocations, resourceOrganizations, resourcePhones, resourceSchedules, resourceServices, resourceSiteCategories, resourceSites } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';

const DAYTON = path.resolve('tests/fixtures/hsds/dayton-v2');
const SPOKANE = path.resolve('tests/fixtures/hsds/spokane-v3.json');

describe.each(databaseTargets)('importing HSDS packages on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => database?.close());
  // One database for the file (migrating one takes seconds); each test starts from an empty directory.
  beforeEach(async () => {
    for (const table of [resourceOrganizations, resourceServices, resourceLocations, resourceSites, resourcePhones, resourceSchedules, resourceSiteCategories]) {
      await database.db.delete(table);
    }
  });

  const services = () => database.db.select().from(resourceServices).orderBy(asc(resourceServices.id));

  it('the bundled sample loads into an empty directory, and only into an empty one', async () => {
    const first = await loadSampleIfEmpty(database.db);
    expect(first?.source).toBe(SAMPLE_SOURCE);
    expect(first?.problems).toEqual([]);
    expect(first?.counts.services).toEqual({ inserted: 40, updated: 0 });
    expect(await loadSampleIfEmpty(database.db)).toBeUndefined();
    const rows = await services();
    expect(rows).toHaveLength(40);
    expect(rows.find((row) => row.id === 'svc-ny-pantry')?.categories).toEqual(['food']);
    expect(rows.find((row) => row.id === 'svc-samhsa-helpline')).toMatchObject({ areaRegions: ['US'], categories: expect.arrayContaining(['treatment']) });
  });

  it('a second import of the same package updates every row in place', async () => {
    await importPackage(database.db, SAMPLE_PACKAGE);
    const indexed = (await database.db.select().from(resourceSiteCategories)).length;
    const again = await importPackage(database.db, SAMPLE_PACKAGE);
    expect(again.counts).toMatchObject({ services: { inserted: 0, updated: 40 }, sites: { inserted: 0, updated: 36 }, schedules: { inserted: 0, updated: 42 } });
    expect(await services()).toHaveLength(40);
    // 36 sites, one of them in two categories (a safe house: shelter and crisis), indexed once each.
    expect(indexed).toBe(37);
    expect(await database.db.select().from(resourceSiteCategories)).toHaveLength(indexed);
  });

  it('an HSDS 2.0 tabular package imports, and each malformed row is reported with its file and line and left out', async () => {
    const report = await importPackage(database.db, DAYTON);
    expect(report.source).toBe('dayton-test-211');
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { file: 'services.csv', line: 5, reason: 'missing name' },
        { file: 'locations.csv', line: 5, reason: 'latitude "abc" is not a number from -90 to 90' },
        { file: 'phones.csv', line: 3, reason: 'number "call us" has no digits to dial' },
        { file: 'phones.csv', line: 5, reason: 'expected 11 fields, found 12' },
        { file: 'regular_schedules.csv', line: 8, reason: 'opens_at "9am" is not a time like 09:00' },
        { file: 'services_taxonomy.csv', line: 6, reason: 'taxonomy term t9 is not in this package' },
        { file: 'services_at_location.csv', line: 5, reason: 'location l5 is neither in this package nor in the directory' },
      ]),
    );
    expect(report.problems).toHaveLength(7);
    expect(report.counts).toMatchObject({ services: { inserted: 5, updated: 0 }, locations: { inserted: 4, updated: 0 }, sites: { inserted: 4, updated: 0 } });
    const rows = await services();
    expect(rows.map((row) => row.id)).toEqual(['s1', 's2', 's3', 's5', 's6']);
    expect(rows.find((row) => row.id === 's1')).toMatchObject({ categories: ['food'], eligibility: 'Dayton residents', fees: 'Free', terms: ['Food Pantries'] });
    // No coordinates in the row: placed by its town, offline.
    const [shelter] = await database.db.select().from(resourceLocations).where(eq(resourceLocations.id, 'l2'));
    expect(shelter).toMatchObject({ lat: 39.76, lon: -84.19, timeZone: 'America/New_York', address: '200 S Main St', city: 'Dayton' });
    // Weekday 1 is Monday in HSDS 2.0; an overnight shelter closes the next morning.
    const hours = await database.db.select().from(resourceSchedules).orderBy(asc(resourceSchedules.id));
    expect(hours.map((row) => [row.id, row.byday, row.opensAt, row.closesAt])).toEqual([
      ['r1', 'MO', '09:00', '17:00'],
      ['r2', 'TU', '09:00', '17:00'],
      ['r3', 'WE', '09:00', '17:00'],
      ['r4', 'TH', '09:00', '17:00'],
      ['r5', 'FR', '09:00', '17:00'],
      ['r6', '', '19:00', '07:00'],
    ]);
    expect(formatImportReport(report, DAYTON)).toContain('services.csv line 5: missing name');
    // The lookup's index holds the active services' sites by category; the inactive pantry is not offered.
    const indexed = await database.db.select().from(resourceSiteCategories).orderBy(asc(resourceSiteCategories.siteId));
    expect(indexed.map((row) => [row.siteId, row.category, row.lat])).toEqual([
      ['sl1', 'food', 39.761],
      ['sl2', 'shelter', 39.76],
      ['sl3', 'treatment', 39.772],
    ]);
  });

  it('HSDS 3.0 JSON imports its services with what is nested in them; an item with anything malformed is left out whole', async () => {
    const report = await importPackage(database.db, SPOKANE);
    expect(report.problems).toEqual([
      { file: 'spokane-v3.json', line: 42, reason: 'opens_at "noon-ish" is not a time like 09:00' },
      { file: 'spokane-v3.json', line: 54, reason: 'is not an object' },
    ]);
    expect(report.counts).toMatchObject({
      organizations: { inserted: 1, updated: 0 },
      services: { inserted: 2, updated: 0 },
      locations: { inserted: 2, updated: 0 },
      sites: { inserted: 2, updated: 0 },
      phones: { inserted: 2, updated: 0 },
      schedules: { inserted: 2, updated: 0 },
    });
    expect((await services()).map((row) => [row.id, row.categories])).toEqual([
      ['svc-spokane-clothes', ['clothing']],
      ['svc-spokane-food', ['food']],
    ]);
    const sites = await database.db.select().from(resourceSites).orderBy(asc(resourceSites.id));
    expect(sites.map((row) => row.id)).toEqual(['sal-spokane-clothes', 'sal-spokane-food']);
  });

  it('a JSON item that does not parse is reported at its line; the items around it import', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peerline-hsds-'));
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '[\n  {"id": "a", "name": "A"},\n  {"id": "b", "name": },\n  {"id": "c", "name": "C"}\n]\n');
    const report = await importPackage(database.db, file);
    expect(report.problems).toEqual([{ file: 'broken.json', line: 3, reason: expect.stringMatching(/^not JSON/) }]);
    expect((await services()).map((row) => row.id)).toEqual(['a', 'c']);
  });

  it('the first real package replaces the bundled sample', async () => {
    await loadSampleIfEmpty(database.db);
    const report = await importPackage(database.db, SPOKANE);
    expect(report.sampleServicesRemoved).toBe(40);
    expect((await services()).every((row) => row.source === 'spokane-v3.json')).toBe(true);
    expect(await database.db.select().from(resourcePhones).where(eq(resourcePhones.source, SAMPLE_SOURCE))).toEqual([]);
  });

  it('a package that fails part-way writes nothing at all', async () => {
    await importPackage(database.db, SPOKANE);
    const dir = mkdtempSync(path.join(tmpdir(), 'peerline-hsds-'));
    // One name longer than any text a row may hold in no table would be needed; a NUL byte is refused by Postgres itself.
    const file = path.join(dir, 'nul.json');
    writeFileSync(file, JSON.stringify([{ id: 'x1', name: 'Fine' }, { id: 'x2', name: 'Bad\u0000name' }]));
    await expect(importPackage(database.db, file)).rejects.toThrow();
    expect((await services()).map((row) => row.id)).toEqual(['svc-spokane-clothes', 'svc-spokane-food']);
  });

  it.each([
    ['a path that does not exist', '/nonexistent/hsds', 'RESOURCES.NOT_FOUND'],
    ['a file that is neither a folder nor JSON', path.resolve('package.json').replace(/package\.json$/, 'README.md'), 'RESOURCES.NOT_A_PACKAGE'],
  ])('%s is refused with a code', async (_, target, code) => {
    await expect(importPackage(database.db, target)).rejects.toMatchObject({ code, name: ImportError.name });
  });
});
