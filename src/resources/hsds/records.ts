/** Where a record came from, for the import report: a CSV line or a JSON item. */
export interface Origin {
  readonly file: string;
  /** The CSV line the row ends on, or the JSON line the item starts on. */
  readonly line?: number;
}

/** A row that was not imported, and why. */
export interface Problem extends Origin {
  readonly reason: string;
}

export interface OrganizationRecord {
  readonly origin: Origin;
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly url?: string;
  readonly email?: string;
}

export interface ServiceRecord {
  readonly origin: Origin;
  readonly id: string;
  readonly organizationId?: string;
  readonly name: string;
  readonly description?: string;
  readonly url?: string;
  readonly email?: string;
  readonly status: string;
  eligibility?: string;
  readonly fees?: string;
  readonly applicationProcess?: string;
  /** Taxonomy term codes and names, filled from term links after the rows are read. */
  readonly terms: string[];
  /** Service-area names ('United States', 'Alberta'). */
  readonly areas: string[];
}

export interface AddressFields {
  readonly address?: string;
  readonly city?: string;
  readonly stateProvince?: string;
  readonly postalCode?: string;
  readonly country?: string;
}

export interface LocationRecord extends AddressFields {
  readonly origin: Origin;
  readonly id: string;
  readonly organizationId?: string;
  readonly name?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export interface SiteRecord {
  readonly origin: Origin;
  readonly id: string;
  readonly serviceId: string;
  readonly locationId: string;
}

export interface PhoneRecord {
  readonly origin: Origin;
  readonly id: string;
  readonly serviceId?: string;
  readonly locationId?: string;
  readonly siteId?: string;
  readonly organizationId?: string;
  readonly number: string;
  readonly extension?: string;
  readonly type?: string;
  readonly description?: string;
}

export interface ScheduleRecord {
  readonly origin: Origin;
  readonly id: string;
  readonly serviceId?: string;
  readonly locationId?: string;
  readonly siteId?: string;
  readonly freq: 'WEEKLY' | 'DAILY';
  readonly byday: string;
  readonly opensAt?: string;
  readonly closesAt?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly description?: string;
}

/** Everything read from one HSDS package, before it is checked against the directory and written. */
export interface HsdsBatch {
  readonly organizations: OrganizationRecord[];
  readonly services: ServiceRecord[];
  readonly locations: LocationRecord[];
  readonly sites: SiteRecord[];
  readonly phones: PhoneRecord[];
  readonly schedules: ScheduleRecord[];
  readonly problems: Problem[];
}

/** An empty batch to fill. */
export function emptyBatch(): HsdsBatch {
  return { organizations: [], services: [], locations: [], sites: [], phones: [], schedules: [], problems: [] };
}
