import { allCities } from '../geo/gazetteer.js';
import { resolvePlace, type Region } from '../geo/index.js';
import type { AddressFields } from './hsds/records.js';

/** Where a location is: its coordinates and time zone. */
export interface LocatedPlace {
  readonly lat: number;
  readonly lon: number;
  readonly timeZone: string;
}

const cities = allCities();

/** The nearest city of the gazetteer: its zone is the best guess for coordinates with no address. */
function nearestCityZone(lat: number, lon: number): string | undefined {
  let best: { zone: string; distance: number } | undefined;
  for (const city of cities) {
    const distance = (city.lat - lat) ** 2 + ((city.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (!best || distance < best.distance) best = { zone: city.timeZone, distance };
  }
  return best?.zone;
}

/**
 * A location's coordinates (its own, else its postal code's or town's, from the offline
 * gazetteer) and time zone, or undefined when there is nothing to place it by.
 */
export function placeOfLocation(
  location: AddressFields & { readonly lat?: number; readonly lon?: number },
  preferRegion: Region | undefined,
): LocatedPlace | undefined {
  const town = [location.city, location.stateProvince].filter(Boolean).join(', ');
  const byAddress =
    (location.postalCode ? resolvePlace(location.postalCode, { preferRegion }) : undefined) ??
    (town !== '' ? resolvePlace(town, { preferRegion }) : undefined);
  if (location.lat !== undefined && location.lon !== undefined) {
    return { lat: location.lat, lon: location.lon, timeZone: byAddress?.timeZone ?? nearestCityZone(location.lat, location.lon) ?? 'UTC' };
  }
  if (byAddress?.lat === undefined || byAddress.lon === undefined) return undefined;
  return { lat: byAddress.lat, lon: byAddress.lon, timeZone: byAddress.timeZone };
}
