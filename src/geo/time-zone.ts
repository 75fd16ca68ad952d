import { geoData } from './data.js';
import { type Place, type Region } from './place.js';

/** A US or Canadian IANA zone and what it is called in plain words. */
export interface ZoneInfo {
  readonly timeZone: string;
  readonly region: Region;
  readonly family: string;
  readonly subdivision?: string;
}

const zonesByName = new Map<string, ZoneInfo>(
  geoData.zones.zones.map(([timeZone, region, family, subdivision]) => [
    timeZone.toLowerCase(),
    subdivision === undefined ? { timeZone, region, family } : { timeZone, region, family, subdivision },
  ]),
);

/** True when this Node's Intl knows the zone (any case, links included). */
export function isValidTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}

// Building an Intl.DateTimeFormat costs about 0.2 ms; answers are cached, within a bound.
const MAX_CACHED_ZONES = 1000;
const canonicalCache = new Map<string, string | undefined>();

/** The name Intl resolves a zone to ('us/eastern' → 'America/New_York'), or undefined if unknown. */
export function canonicalTimeZone(zone: string): string | undefined {
  if (typeof zone !== 'string' || zone.trim() === '' || zone.length > 64) return undefined;
  const key = zone.trim();
  if (canonicalCache.has(key)) return canonicalCache.get(key);
  const canonical = resolveWithIntl(key);
  if (canonicalCache.size >= MAX_CACHED_ZONES) canonicalCache.clear();
  canonicalCache.set(key, canonical);
  return canonical;
}

function resolveWithIntl(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Plain words for a zone: 'Mountain time'; the zone id itself when it is not one of ours. */
export function zoneLabel(timeZone: string): string {
  const info = zonesByName.get(timeZone.toLowerCase());
  return (info && geoData.zones.families[info.family]?.label) ?? timeZone;
}

/** The US/Canadian zones the data knows, keyed by lower-case id. */
export function knownZone(timeZone: string): ZoneInfo | undefined {
  return zonesByName.get(timeZone.toLowerCase());
}

/**
 * An IANA id typed by the participant ('america/edmonton', 'US/Eastern'). Our own table is
 * consulted before Intl's canonical name, because links such as America/Creston resolve to
 * zones of another country (America/Phoenix).
 */
export function resolveIanaName(text: string): Place | undefined {
  const typed = text.trim();
  if (!typed.includes('/') || /\s/.test(typed)) return undefined;
  const canonical = canonicalTimeZone(typed);
  if (canonical === undefined) return undefined;
  const info = knownZone(typed) ?? knownZone(canonical);
  if (info === undefined) return undefined;
  const place: Place = {
    timeZone: info.timeZone,
    region: info.region,
    label: `${zoneLabel(info.timeZone)} (${info.timeZone})`,
  };
  if (info.subdivision !== undefined) place.subdivision = info.subdivision;
  return place;
}
