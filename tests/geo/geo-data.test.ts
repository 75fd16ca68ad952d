import { describe, expect, it } from 'vitest';
import { geoData } from '../../src/geo/data.js';
import { allCities, allSubdivisions, cityIn } from '../../src/geo/gazetteer.js';
import { resolvePlace } from '../../src/geo/index.js';
import { isValidTimeZone, zoneLabel } from '../../src/geo/time-zone.js';

const { zip3, postal, zones } = geoData;

const zonesInData = [
  ...new Set([
    ...allSubdivisions().map((s) => s.timeZone),
    ...allCities().map((c) => c.timeZone),
    ...zones.zones.map(([zone]) => zone),
    ...Object.values(zones.families).flatMap((f) => [f.US, f.CA].filter((z): z is string => z !== undefined)),
    ...zip3.zones.map(([, , zone]) => zone),
    ...Object.values(postal.zones),
  ]),
].sort();

// Generous box around the US (with Alaska, Hawaii, Puerto Rico) and Canada.
const BOUNDS = { minLat: 17, maxLat: 84, minLon: -180, maxLon: -52 };

const CAPITALS: [string, string][] = [
  ['Montgomery', 'AL'], ['Juneau', 'AK'], ['Phoenix', 'AZ'], ['Little Rock', 'AR'], ['Sacramento', 'CA'],
  ['Denver', 'CO'], ['Hartford', 'CT'], ['Dover', 'DE'], ['Tallahassee', 'FL'], ['Atlanta', 'GA'],
  ['Honolulu', 'HI'], ['Boise', 'ID'], ['Springfield', 'IL'], ['Indianapolis', 'IN'], ['Des Moines', 'IA'],
  ['Topeka', 'KS'], ['Frankfort', 'KY'], ['Baton Rouge', 'LA'], ['Augusta', 'ME'], ['Annapolis', 'MD'],
  ['Boston', 'MA'], ['Lansing', 'MI'], ['Saint Paul', 'MN'], ['Jackson', 'MS'], ['Jefferson City', 'MO'],
  ['Helena', 'MT'], ['Lincoln', 'NE'], ['Carson City', 'NV'], ['Concord', 'NH'], ['Trenton', 'NJ'],
  ['Santa Fe', 'NM'], ['Albany', 'NY'], ['Raleigh', 'NC'], ['Bismarck', 'ND'], ['Columbus', 'OH'],
  ['Oklahoma City', 'OK'], ['Salem', 'OR'], ['Harrisburg', 'PA'], ['Providence', 'RI'], ['Columbia', 'SC'],
  ['Pierre', 'SD'], ['Nashville', 'TN'], ['Austin', 'TX'], ['Salt Lake City', 'UT'], ['Montpelier', 'VT'],
  ['Richmond', 'VA'], ['Olympia', 'WA'], ['Charleston', 'WV'], ['Madison', 'WI'], ['Cheyenne', 'WY'],
  ['Washington', 'DC'], ['San Juan', 'PR'],
  ['Edmonton', 'AB'], ['Victoria', 'BC'], ['Winnipeg', 'MB'], ['Fredericton', 'NB'], ["St. John's", 'NL'],
  ['Halifax', 'NS'], ['Toronto', 'ON'], ['Charlottetown', 'PE'], ['Quebec City', 'QC'], ['Regina', 'SK'],
  ['Whitehorse', 'YT'], ['Yellowknife', 'NT'], ['Iqaluit', 'NU'], ['Ottawa', 'ON'],
];

describe('geo reference data', () => {
  it.each(zonesInData)('names a zone this Node knows: %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(zonesInData)('has plain words for %s', (zone) => {
    expect(zoneLabel(zone)).not.toBe(zone);
  });

  it('puts every city and subdivision inside North America', () => {
    const outside = [...allCities(), ...allSubdivisions()]
      .filter(({ lat, lon }) => lat < BOUNDS.minLat || lat > BOUNDS.maxLat || lon < BOUNDS.minLon || lon > BOUNDS.maxLon)
      .map((place) => place.name);
    expect(outside).toEqual([]);
  });

  it('puts every city near its state or province', () => {
    // A swapped sign or a city filed under the wrong code shows up as a far jump.
    const far = allCities()
      .filter((city) => Math.abs(city.lat - city.subdivision.lat) > 12 || Math.abs(city.lon - city.subdivision.lon) > 25)
      .map((city) => `${city.name}, ${city.subdivision.code}`);
    expect(far).toEqual([]);
  });

  it('covers the ~300 largest US and ~100 largest Canadian cities', () => {
    const cities = allCities();
    expect(cities.filter((c) => c.subdivision.region === 'US').length).toBeGreaterThanOrEqual(300);
    expect(cities.filter((c) => c.subdivision.region === 'CA').length).toBeGreaterThanOrEqual(100);
  });

  it('has every state, DC, Puerto Rico and every province and territory', () => {
    expect(allSubdivisions().filter((s) => s.region === 'US')).toHaveLength(53);
    expect(allSubdivisions().filter((s) => s.region === 'CA')).toHaveLength(13);
  });

  it.each(CAPITALS)('knows the capital %s, %s', (capital, code) => {
    expect(resolvePlace(`${capital}, ${code}`)).toMatchObject({ subdivision: code, label: expect.stringContaining(capital.slice(0, 4)) });
  });

  it.each(zip3.places.map(([from, to, city]) => [from, to, city]))('names a real city for ZIP prefixes %s-%s (%s)', (from, _to, city) => {
    const state = resolvePlace(`${from}01`)?.subdivision ?? '';
    expect(cityIn(city, state)).toBeDefined();
  });

  it.each(Object.entries(postal.places))('names a real city for FSA prefix %s (%s)', (prefix, city) => {
    const fsa = prefix.padEnd(3, prefix.length === 1 ? '1A' : 'A');
    const province = resolvePlace(fsa)?.subdivision ?? '';
    expect(cityIn(city, province)).toBeDefined();
  });

  it('agrees between a ZIP zone exception and the city it is named for', () => {
    const disagreements = zip3.places
      .map(([from, , name]) => ({ zip: resolvePlace(`${from}01`), name }))
      .filter(({ zip, name }) => zip?.subdivision !== undefined && cityIn(name, zip.subdivision)?.timeZone !== zip.timeZone)
      .map(({ name }) => name);
    expect(disagreements).toEqual([]);
  });

  it('maps every three-digit prefix to at most one state', () => {
    const owners = new Map<number, string[]>();
    for (const [from, to, state] of zip3.states) {
      for (let prefix = Number(from); prefix <= Number(to); prefix++) owners.set(prefix, [...(owners.get(prefix) ?? []), state]);
    }
    expect([...owners.entries()].filter(([, states]) => states.length > 1)).toEqual([]);
  });
});
