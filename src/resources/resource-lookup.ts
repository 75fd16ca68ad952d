import type { Region } from '../geo/index.js';
import type { Db } from '../store/database.js';
import { ResourceSearch, type PhoneRow, type SiteHit } from '../store/resource-search.js';
import type { Category } from './categories.js';
import { SAMPLE_SOURCE } from './import-package.js';
import { openNow, openness, openTonight, type Hours, type Openness } from './opening-hours.js';

/** What a participant asked for, and where. */
export interface ResourceQuery {
  readonly category?: Category;
  /** Free words when no category was named ("diapers"). */
  readonly text?: string;
  readonly lat: number;
  readonly lon: number;
  /** Only what is open now, or open at some point tonight. */
  readonly when?: 'now' | 'tonight';
  /** Words whose matches come first ("narcotics anonymous"). */
  readonly prefer?: string;
}

/** One place to go, ready to be put in words. */
export interface ResourceResult {
  readonly siteId: string;
  readonly name: string;
  readonly distanceKm: number;
  readonly openness: Openness;
  readonly phone?: string;
  readonly eligibility?: string;
  readonly fees?: string;
  readonly address?: string;
  readonly description?: string;
  readonly url?: string;
  readonly crisis: boolean;
  readonly sample: boolean;
}

/** A service that serves the whole country by phone. */
export interface NationalLine {
  readonly name: string;
  readonly phone: string;
  readonly fees?: string;
}

export interface LookupOptions {
  /** Farthest a result may be. */
  readonly radiusKm?: number;
  /** How many results to keep for paging (three at a time). */
  readonly limit?: number;
}

// 50 miles: past that a place is not "near" for someone on foot or on a bus.
const DEFAULT_RADIUS_KM = 80;
const DEFAULT_LIMIT = 12;
// Candidates read to fill the limit when a time filter drops some.
const FILTERED_CANDIDATES = 60;

/** The phone to show: the site's own, else the service's, the location's, the organization's; voice before text-only. */
function phoneFor(hit: Pick<SiteHit, 'siteId' | 'serviceId' | 'locationId' | 'organizationId'>, phones: readonly PhoneRow[]): string | undefined {
  const ranked = [
    phones.filter((phone) => phone.siteId === hit.siteId),
    phones.filter((phone) => phone.serviceId === hit.serviceId),
    phones.filter((phone) => phone.locationId === hit.locationId),
    phones.filter((phone) => hit.organizationId !== null && phone.organizationId === hit.organizationId),
  ].flatMap((group) => [...group.filter((phone) => phone.type !== 'text' && phone.type !== 'fax'), ...group.filter((phone) => phone.type === 'text')]);
  const phone = ranked[0];
  return phone && (phone.extension ? `${phone.number} ext. ${phone.extension}` : phone.number);
}

/** The most specific schedules that apply: the site's, else the location's, else the service's (HSDS reads them so). */
function hoursFor(hit: SiteHit, rows: readonly (Hours & { serviceId: string | null; locationId: string | null; siteId: string | null })[]): Hours[] {
  const site = rows.filter((row) => row.siteId === hit.siteId);
  if (site.length > 0) return site;
  const location = rows.filter((row) => row.locationId === hit.locationId && row.siteId === null);
  if (location.length > 0) return location;
  return rows.filter((row) => row.serviceId === hit.serviceId && row.siteId === null && row.locationId === null);
}

/** Finds the nearest places for a request, with whether each is open, by the clock it is given. */
export class ResourceLookup {
  private readonly search: ResourceSearch;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.search = new ResourceSearch(db);
  }

  /** Nearest first, open or not (unless the request says when), up to the limit. */
  async find(query: ResourceQuery, options: LookupOptions = {}): Promise<ResourceResult[]> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const hits = await this.search.nearest({
      lat: query.lat,
      lon: query.lon,
      radiusKm: options.radiusKm ?? DEFAULT_RADIUS_KM,
      category: query.category,
      text: query.category === undefined ? query.text : undefined,
      prefer: query.prefer,
      limit: query.when === undefined ? limit : FILTERED_CANDIDATES,
    });
    if (hits.length === 0) return [];
    const ids = (pick: (hit: SiteHit) => string | null) => [...new Set(hits.map(pick).filter((id): id is string => id !== null))];
    const [hours, phones] = await Promise.all([
      this.search.hours(ids((hit) => hit.siteId), ids((hit) => hit.locationId), ids((hit) => hit.serviceId)),
      this.search.phones(ids((hit) => hit.siteId), ids((hit) => hit.locationId), ids((hit) => hit.serviceId), ids((hit) => hit.organizationId)),
    ]);
    const now = this.now();
    const results = hits.map((hit): ResourceResult => ({
      siteId: hit.siteId,
      name: hit.name,
      distanceKm: hit.distanceKm,
      openness: openness(hoursFor(hit, hours), hit.timeZone, now),
      phone: phoneFor(hit, phones),
      eligibility: hit.eligibility ?? undefined,
      fees: hit.fees ?? undefined,
      address: [hit.address, hit.city].filter(Boolean).join(', ') || undefined,
      description: hit.description ?? undefined,
      url: hit.url ?? undefined,
      crisis: hit.categories.includes('crisis'),
      sample: hit.source === SAMPLE_SOURCE,
    }));
    const timely = query.when === 'now' ? results.filter((result) => openNow(result.openness)) : query.when === 'tonight' ? results.filter((result) => openTonight(result.openness) || result.openness.kind === 'unknown') : results;
    return timely.slice(0, limit);
  }

  /** The country's national lines for a kind of help ("SAMHSA National Helpline" for treatment), nearest to none. */
  async nationalLines(region: Region, category: Category): Promise<NationalLine[]> {
    const unique = await this.search.national(region, category);
    if (unique.length === 0) return [];
    const phones = await this.search.phones([], [], unique.map((service) => service.serviceId), unique.map((service) => service.organizationId).filter((id): id is string => id !== null));
    return unique.flatMap((service) => {
      const phone = phoneFor({ siteId: '', locationId: '', serviceId: service.serviceId, organizationId: service.organizationId }, phones);
      return phone === undefined ? [] : [{ name: service.name, phone, fees: service.fees ?? undefined }];
    });
  }
}
