import { geoData } from './data.js';
import { normalizeKey } from './normalize.js';
import { type Place, type Region } from './place.js';

const familyByPhrase = new Map<string, string>();
for (const [family, phrases] of Object.entries(geoData.zones.phrases)) {
  for (const phrase of phrases) familyByPhrase.set(normalizeKey(phrase), family);
}

/** A spoken zone name ('eastern', 'EST', 'hora del pacífico', "heure de l'Est") given as the whole answer. */
export function resolveZoneName(key: string, preferRegion?: Region): Place | undefined {
  const familyId = familyByPhrase.get(key);
  const family = familyId === undefined ? undefined : geoData.zones.families[familyId];
  if (family === undefined) return undefined;
  const region: Region | undefined =
    preferRegion !== undefined && family[preferRegion] !== undefined ? preferRegion : family.US !== undefined ? 'US' : family.CA !== undefined ? 'CA' : undefined;
  const timeZone = region === undefined ? undefined : family[region];
  if (region === undefined || timeZone === undefined) return undefined;
  return { timeZone, region, label: family.label };
}
