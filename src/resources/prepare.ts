import type { Region } from '../geo/index.js';
import type { resourceLocations, resourceOrganizations, resourcePhones, resourceSchedules, resourceServices, resourceSites } from '../store/schema.js';
import { categorize } from './categories.js';
import type { HsdsBatch, Origin, Problem } from './hsds/records.js';
import { placeOfLocation } from './place-of-location.js';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'] & { readonly origin: Origin };

/** A package's rows as they will be written, each with where it came from. */
export interface PreparedBatch {
  readonly organizations: Row<typeof resourceOrganizations>[];
  readonly services: (Omit<Row<typeof resourceServices>, 'search'> & { readonly searchText: string })[];
  readonly locations: Row<typeof resourceLocations>[];
  readonly sites: Row<typeof resourceSites>[];
  readonly phones: Row<typeof resourcePhones>[];
  readonly schedules: Row<typeof resourceSchedules>[];
  readonly problems: Problem[];
}

export interface PrepareOptions {
  /** The package's name, stored with every row. */
  readonly source: string;
  readonly preferRegion?: Region;
}

const US_AREA = /\b(united states|usa|u\.s\.a?\.?|us|nationwide|national|all states|estados unidos)\b/i;
const CA_AREA = /\b(canada|all provinces)\b/i;

/** The countries a service's areas name ('United States and Canada' → US and CA). */
export function areaRegions(areas: readonly string[]): Region[] {
  const text = areas.join(' | ');
  return [...(US_AREA.test(text) ? ['US' as const] : []), ...(CA_AREA.test(text) ? ['CA' as const] : [])];
}

const content = ({ origin: _origin, ...rest }: { readonly origin: Origin }): string => JSON.stringify(rest);

/**
 * The records with a repeated id left out (the first one stands). A repeat that says the same
 * (an organization nested in each of its services in JSON) is quiet; one that differs is reported.
 */
function unique<T extends { readonly id: string; readonly origin: Origin }>(records: readonly T[], problems: Problem[]): T[] {
  const seen = new Map<string, T>();
  return records.filter((record) => {
    const first = seen.get(record.id);
    if (first) {
      if (content(first) !== content(record)) {
        problems.push({ ...record.origin, reason: `id ${record.id} repeats ${first.origin.file}${first.origin.line ? ` line ${first.origin.line}` : ''}` });
      }
      return false;
    }
    seen.set(record.id, record);
    return true;
  });
}

/** Turns what was read into rows: categories, search text, coordinates and time zones looked up offline. */
export function prepareBatch(batch: HsdsBatch, options: PrepareOptions): PreparedBatch {
  const problems = [...batch.problems];
  const { source } = options;
  const locations: PreparedBatch['locations'] = [];
  for (const location of unique(batch.locations, problems)) {
    const place = placeOfLocation(location, options.preferRegion);
    if (!place) {
      problems.push({ ...location.origin, reason: `location ${location.id} has no coordinates and no postal code or town to place it by` });
      continue;
    }
    const { origin, id, organizationId, name, address, city, stateProvince, postalCode, country } = location;
    locations.push({ origin, id, organizationId, name, address, city, stateProvince, postalCode, country, ...place, source });
  }
  return {
    organizations: unique(batch.organizations, problems).map(({ origin, id, name, description, url, email }) => ({ origin, id, name, description, url, email, source })),
    services: unique(batch.services, problems).map((service) => ({
      origin: service.origin,
      id: service.id,
      organizationId: service.organizationId,
      name: service.name,
      description: service.description,
      url: service.url,
      email: service.email,
      status: service.status,
      eligibility: service.eligibility,
      fees: service.fees,
      applicationProcess: service.applicationProcess,
      terms: [...new Set(service.terms)],
      categories: categorize(service.terms, service.name),
      areaRegions: areaRegions(service.areas),
      searchText: [service.name, service.description, ...service.terms].filter(Boolean).join(' '),
      source,
    })),
    locations,
    sites: unique(batch.sites, problems).map((site) => ({ ...site, source })),
    phones: unique(batch.phones, problems).map((phone) => ({ ...phone, source })),
    schedules: unique(batch.schedules, problems).map((schedule) => ({ ...schedule, source })),
    problems,
  };
}
