import { geoData } from './data.js';
import { cityIn, subdivisionByCode } from './gazetteer.js';
import { type Place } from './place.js';

/** Fills a 1000-slot table, one slot per three-digit ZIP prefix, from [from, to, value] ranges. */
function prefixTable(ranges: readonly (readonly [string, string, string])[]): (string | undefined)[] {
  const table: (string | undefined)[] = new Array<string | undefined>(1000).fill(undefined);
  for (const [from, to, value] of ranges) {
    for (let prefix = Number(from); prefix <= Number(to); prefix++) table[prefix] = value;
  }
  return table;
}

const stateByPrefix = prefixTable(geoData.zip3.states);
const zoneByPrefix = prefixTable(geoData.zip3.zones);
const cityByPrefix = prefixTable(geoData.zip3.places);

/** A five-digit ZIP in the text ('10001', '10001-1234', '10001 1234', '1 0 0 0 1'); ZIP+4 is cut to five. */
export function findZip(text: string): string | undefined {
  if (/^[\d\s.-]+$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    return digits.length === 5 || digits.length === 9 ? digits.slice(0, 5) : undefined;
  }
  const match = /(?<![\d-])(\d{5})(?:[ -]?\d{4})?(?![\d-])/.exec(text);
  return match?.[1];
}

/** State, zone and approximate place of a ZIP code, from its first three digits. */
export function resolveZip(zip: string): Place | undefined {
  const prefix = Number(zip.slice(0, 3));
  const state = subdivisionByCode(stateByPrefix[prefix] ?? '');
  if (state === undefined) return undefined;
  const cityName = cityByPrefix[prefix];
  const city = cityName === undefined ? undefined : cityIn(cityName, state.code);
  return {
    timeZone: zoneByPrefix[prefix] ?? state.timeZone,
    region: state.region,
    subdivision: state.code,
    label: city ? `ZIP ${zip} (${city.name}, ${state.code} area)` : `ZIP ${zip} (${state.name})`,
    postalCode: zip,
    lat: city?.lat ?? state.lat,
    lon: city?.lon ?? state.lon,
  };
}
