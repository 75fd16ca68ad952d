import { and, arrayContains, eq, inArray, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Hours } from '../resources/opening-hours.js';
import type { Db } from './database.js';
import { rowsOf } from './database.js';
import { resourcePhones, resourceSchedules, resourceServices, resourceSites } from './schema.js';

const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE = 111.045;

/** What to look for, and around where. */
export interface SiteQuery {
  readonly lat: number;
  readonly lon: number;
  readonly radiusKm: number;
  readonly category?: string;
  /** Words to find in names, descriptions and terms (all of them, each as a prefix). */
  readonly text?: string;
  /** Words whose matches come first (all of them, as a phrase's words). */
  readonly prefer?: string;
  readonly limit: number;
}

/** A service at a location near the query point. */
export interface SiteHit {
  readonly siteId: string;
  readonly serviceId: string;
  readonly locationId: string;
  readonly organizationId: string | null;
  readonly name: string;
  readonly description: string | null;
  readonly eligibility: string | null;
  readonly fees: string | null;
  readonly url: string | null;
  readonly categories: string[];
  readonly source: string;
  readonly address: string | null;
  readonly city: string | null;
  readonly timeZone: string;
  readonly distanceKm: number;
}

/** A service with no place that serves a whole country: a national line. */
export interface NationalService {
  readonly serviceId: string;
  readonly organizationId: string | null;
  readonly name: string;
  readonly description: string | null;
  readonly fees: string | null;
  readonly categories: string[];
}

/** A phone and what it belongs to. */
export interface PhoneRow {
  readonly number: string;
  readonly extension: string | null;
  readonly type: string | null;
  readonly serviceId: string | null;
  readonly locationId: string | null;
  readonly siteId: string | null;
  readonly organizationId: string | null;
}

/** The words of a free-text search as a prefix tsquery ('diaper:* & bank:*'), or undefined if none is usable. */
export function prefixQuery(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2)
    .slice(0, 8);
  return words.length === 0 ? undefined : words.map((word) => `${word}:*`).join(' & ');
}

/** The resource directory's reads: nearest sites by category or words, their hours and phones, national lines. */
export class ResourceSearch {
  constructor(private readonly db: Db) {}

  /** Sites within the radius, nearest first, one per service (see nearestQuery). */
  async nearest(query: SiteQuery): Promise<SiteHit[]> {
    const result = await this.db.execute(nearestQuery(query));
    return rowsOf<SiteHit>(result).map((row) => ({ ...row, distanceKm: Number(row.distanceKm) }));
  }

  /** Services with no location that serve this country, in the category when one is given. */
  async national(region: string, category?: string): Promise<NationalService[]> {
    return this.db
      .select({
        serviceId: resourceServices.id,
        organizationId: resourceServices.organizationId,
        name: resourceServices.name,
        description: resourceServices.description,
        fees: resourceServices.fees,
        categories: resourceServices.categories,
      })
      .from(resourceServices)
      .where(
        and(
          eq(resourceServices.status, 'active'),
          arrayContains(resourceServices.areaRegions, [region]),
          category === undefined ? undefined : arrayContains(resourceServices.categories, [category]),
          notExists(this.db.select({ one: sql`1` }).from(resourceSites).where(eq(resourceSites.serviceId, resourceServices.id))),
        ),
      )
      .orderBy(resourceServices.name);
  }

  /** The schedules of these sites, their locations and their services. */
  async hours(siteIds: readonly string[], locationIds: readonly string[], serviceIds: readonly string[]): Promise<(Hours & { serviceId: string | null; locationId: string | null; siteId: string | null })[]> {
    if (siteIds.length + locationIds.length + serviceIds.length === 0) return [];
    return this.db
      .select({
        serviceId: resourceSchedules.serviceId,
        locationId: resourceSchedules.locationId,
        siteId: resourceSchedules.siteId,
        freq: resourceSchedules.freq,
        byday: resourceSchedules.byday,
        opensAt: resourceSchedules.opensAt,
        closesAt: resourceSchedules.closesAt,
        validFrom: resourceSchedules.validFrom,
        validTo: resourceSchedules.validTo,
      })
      .from(resourceSchedules)
      .where(or(...owners(resourceSchedules, siteIds, locationIds, serviceIds)));
  }

  /** The phones of these sites, locations, services and organizations. */
  async phones(siteIds: readonly string[], locationIds: readonly string[], serviceIds: readonly string[], organizationIds: readonly string[]): Promise<PhoneRow[]> {
    const conditions = owners(resourcePhones, siteIds, locationIds, serviceIds);
    if (organizationIds.length > 0) conditions.push(inArray(resourcePhones.organizationId, [...organizationIds]));
    if (conditions.length === 0) return [];
    return this.db
      .select({
        number: resourcePhones.number,
        extension: resourcePhones.extension,
        type: resourcePhones.type,
        serviceId: resourcePhones.serviceId,
        locationId: resourcePhones.locationId,
        siteId: resourcePhones.siteId,
        organizationId: resourcePhones.organizationId,
      })
      .from(resourcePhones)
      .where(or(...conditions))
      .orderBy(resourcePhones.id);
  }
}

function owners(
  table: typeof resourceSchedules | typeof resourcePhones,
  siteIds: readonly string[],
  locationIds: readonly string[],
  serviceIds: readonly string[],
): SQL[] {
  const conditions: SQL[] = [];
  if (siteIds.length > 0) conditions.push(inArray(table.siteId, [...siteIds]));
  if (locationIds.length > 0) conditions.push(inArray(table.locationId, [...locationIds]));
  if (serviceIds.length > 0) conditions.push(inArray(table.serviceId, [...serviceIds]));
  return conditions;
}

const HIT_COLUMNS = sql.raw(`st.id as "siteId", s.id as "serviceId", l.id as "locationId", s.organization_id as "organizationId", s.name, s.description,
  s.eligibility, s.fees, s.url, s.categories, s.source, l.address, l.city, l.time_zone as "timeZone"`);

/**
 * Sites within the radius, nearest first, one per service. By category, one range scan of the
 * (category, lat, lon) index gives the candidates, and only the nearest are joined to their
 * service and location; by words, the services' text index gives them. Either way the exact
 * great-circle distance is computed only inside the bounding box. The bench EXPLAINs this query.
 */
export function nearestQuery(query: SiteQuery): SQL {
  const dLat = query.radiusKm / KM_PER_DEGREE;
  const dLon = query.radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((query.lat * Math.PI) / 180)));
  const distance = (lat: SQL, lon: SQL) =>
    sql`${EARTH_RADIUS_KM * 2} * asin(sqrt(power(sin(radians(${lat} - ${query.lat}) / 2), 2) + cos(radians(${query.lat})) * cos(radians(${lat})) * power(sin(radians(${lon} - ${query.lon}) / 2), 2)))`;
  const box = (lat: SQL, lon: SQL) => sql`${lat} between ${query.lat - dLat} and ${query.lat + dLat} and ${lon} between ${query.lon - dLon} and ${query.lon + dLon}`;
  const preferWords = query.prefer === undefined ? undefined : prefixQuery(query.prefer);
  const order = preferWords === undefined ? sql`"distanceKm", name` : sql`(s.search @@ to_tsquery('simple', ${preferWords})) desc, "distanceKm", name`;

  if (query.category !== undefined) {
    // Without a preference the nearest few are all that is joined; with one, every candidate is.
    const inner = preferWords === undefined ? sql`order by "distanceKm" limit ${query.limit}` : sql``;
    return sql`
      select ${HIT_COLUMNS}, near."distanceKm"
      from (
        select * from (
          select distinct on (p.service_id) p.site_id, p.service_id, ${distance(sql`p.lat`, sql`p.lon`)} as "distanceKm"
          from resource_site_categories p
          where p.category = ${query.category} and ${box(sql`p.lat`, sql`p.lon`)}
          order by p.service_id, "distanceKm"
        ) candidates
        where "distanceKm" <= ${query.radiusKm}
        ${inner}
      ) near
      join resource_sites st on st.id = near.site_id
      join resource_services s on s.id = near.service_id
      join resource_locations l on l.id = st.location_id
      order by ${order}
      limit ${query.limit}`;
  }
  const words = query.text === undefined ? undefined : prefixQuery(query.text);
  return sql`
    select * from (
      select distinct on (s.id) ${HIT_COLUMNS}, ${distance(sql`l.lat`, sql`l.lon`)} as "distanceKm", s.search
      from resource_services s
      join resource_sites st on st.service_id = s.id
      join resource_locations l on l.id = st.location_id
      where s.status = 'active' and ${words === undefined ? sql`false` : sql`s.search @@ to_tsquery('simple', ${words})`}
        and ${box(sql`l.lat`, sql`l.lon`)}
      order by s.id, "distanceKm"
    ) s
    where "distanceKm" <= ${query.radiusKm}
    order by ${order}
    limit ${query.limit}`;
}
