import { geoData } from './data.js';
import { cityIn, subdivisionByCode } from './gazetteer.js';
import { type Place } from './place.js';

// First letters never include D, F, I, O, Q, U, W, Z; later letters never D, F, I, O, Q, U.
const POSTAL_CODE = /(?<![a-z0-9])([abceghj-nprstvxy]\d[abceghj-nprstv-z])(?:[\s-]*(\d[abceghj-nprstv-z]\d))?(?![a-z0-9])/i;

/** A Canadian postal code or its first half (the FSA) in the text, normalised: 'T5K 2J1', 'T5K'. */
export function findPostalCode(text: string): string | undefined {
  const match = POSTAL_CODE.exec(text);
  if (!match?.[1]) return undefined;
  const fsa = match[1].toUpperCase();
  return match[2] ? `${fsa} ${match[2].toUpperCase()}` : fsa;
}

/** The most specific entry of a table keyed by FSA prefixes ('P9N' before 'P9' before 'P'). */
function byLongestPrefix(table: Readonly<Record<string, string>>, fsa: string): string | undefined {
  return table[fsa] ?? table[fsa.slice(0, 2)] ?? table[fsa.slice(0, 1)];
}

/** Province, zone and approximate place of a Canadian postal code, from its FSA. */
export function resolvePostalCode(postalCode: string): Place | undefined {
  const fsa = postalCode.slice(0, 3);
  const { provinces, subdivisions, zones, places } = geoData.postal;
  const province = subdivisionByCode(subdivisions[fsa] ?? provinces[fsa.slice(0, 1)] ?? '');
  if (province === undefined) return undefined;
  const cityName = byLongestPrefix(places, fsa);
  const city = cityName === undefined ? undefined : cityIn(cityName, province.code);
  return {
    timeZone: byLongestPrefix(zones, fsa) ?? province.timeZone,
    region: province.region,
    subdivision: province.code,
    label: city ? `${postalCode} (${city.name}, ${province.code})` : `${postalCode} (${province.name})`,
    postalCode,
    lat: city?.lat ?? province.lat,
    lon: city?.lon ?? province.lon,
  };
}
