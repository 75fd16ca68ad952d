import { geoData } from './data.js';
import { normalizeKey } from './normalize.js';
import { type Place, type Region } from './place.js';
import { zoneLabel } from './time-zone.js';

/** A state, province or territory. */
export interface Subdivision {
  readonly code: string;
  readonly name: string;
  readonly region: Region;
  readonly timeZone: string;
  readonly lat: number;
  readonly lon: number;
}

/** A city or well-known place, with its own zone where it differs from its state's. */
export interface City {
  readonly name: string;
  readonly subdivision: Subdivision;
  readonly timeZone: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** Also an everyday word ("Mobile", "Orange"): only taken when the text clearly names a place. */
  readonly wordLike: boolean;
}

const subdivisionsByCode = new Map<string, Subdivision>();
const subdivisionsByName = new Map<string, Subdivision>();
for (const { aka, ...subdivision } of geoData.subdivisions) {
  subdivisionsByCode.set(subdivision.code.toLowerCase(), subdivision);
  for (const name of [subdivision.name, ...(aka ?? [])]) subdivisionsByName.set(normalizeKey(name), subdivision);
}

const citiesByKey = new Map<string, City[]>();
const citiesByNameAndCode = new Map<string, City>();
for (const [name, code, lat, lon, population, extras] of geoData.cities) {
  const subdivision = subdivisionsByCode.get(code.toLowerCase());
  if (subdivision === undefined) throw new Error(`geo data: unknown subdivision ${code} for ${name}`);
  const city: City = { name, subdivision, timeZone: extras?.tz ?? subdivision.timeZone, lat, lon, population, wordLike: extras?.word === true };
  for (const key of new Set([name, ...(extras?.aka ?? [])].map(normalizeKey))) {
    const list = citiesByKey.get(key) ?? [];
    list.push(city);
    citiesByKey.set(key, list);
  }
  citiesByNameAndCode.set(`${normalizeKey(name)}|${code}`, city);
}
for (const list of citiesByKey.values()) list.sort((a, b) => b.population - a.population);

/** Cities whose name or nickname is this key, largest first. */
export function citiesNamed(key: string): readonly City[] {
  return citiesByKey.get(key) ?? [];
}

/** One city by its data name and subdivision code, for the ZIP and postal tables. */
export function cityIn(name: string, code: string): City | undefined {
  return citiesByNameAndCode.get(`${normalizeKey(name)}|${code}`);
}

/** A subdivision by its full name in English, French or Spanish ('alberta', 'nouvelle ecosse'). */
export function subdivisionNamed(key: string): Subdivision | undefined {
  return subdivisionsByName.get(key);
}

/** A subdivision by postal abbreviation ('ab', 'ny'). */
export function subdivisionByCode(code: string): Subdivision | undefined {
  return subdivisionsByCode.get(code.toLowerCase());
}

/** Every name key the fuzzy matcher may correct a typo towards. */
export function allNameKeys(): string[] {
  return [...citiesByKey.keys(), ...subdivisionsByName.keys()];
}

/** Every city, for data checks. */
export function allCities(): City[] {
  return [...new Set([...citiesByKey.values()].flat())];
}

/** Every subdivision, for data checks. */
export function allSubdivisions(): Subdivision[] {
  return [...subdivisionsByCode.values()];
}

/** The place a city stands for. */
export function cityPlace(city: City): Place {
  return {
    timeZone: city.timeZone,
    region: city.subdivision.region,
    subdivision: city.subdivision.code,
    label: `${city.name}, ${city.subdivision.code}`,
    lat: city.lat,
    lon: city.lon,
  };
}

/** The place a whole state or province stands for: its dominant zone, labelled as approximate. */
export function subdivisionPlace(subdivision: Subdivision): Place {
  return {
    timeZone: subdivision.timeZone,
    region: subdivision.region,
    subdivision: subdivision.code,
    label: `${subdivision.name} (${zoneLabel(subdivision.timeZone)})`,
    lat: subdivision.lat,
    lon: subdivision.lon,
  };
}
