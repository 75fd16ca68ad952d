import { RowError, type Fields } from './fields.js';
import type { AddressFields, LocationRecord, OrganizationRecord, Origin, PhoneRecord, ScheduleRecord, ServiceRecord, SiteRecord } from './records.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_NAMES: Readonly<Record<string, string>> = {
  monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU',
  mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU',
};
const CLOCK = /^([01]?\d|2[0-4]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** HSDS organization (2.0 `url`, 3.0 `website`). */
export function organizationFrom(fields: Fields, origin: Origin): OrganizationRecord {
  return {
    origin,
    id: fields.required('id'),
    name: fields.required('name'),
    description: fields.text('description'),
    url: fields.text('website', 'url'),
    email: fields.text('email'),
  };
}

/** HSDS service (3.0 `eligibility_description` and `fees_description`, 2.0 `fees`). */
export function serviceFrom(fields: Fields, origin: Origin, organizationId?: string): ServiceRecord {
  return {
    origin,
    id: fields.required('id'),
    organizationId: fields.text('organization_id') ?? organizationId,
    name: fields.required('name'),
    description: fields.text('description'),
    url: fields.text('url'),
    email: fields.text('email'),
    status: (fields.text('status') ?? 'active').toLowerCase(),
    eligibility: fields.text('eligibility_description', 'eligibility'),
    fees: fields.text('fees_description', 'fees'),
    applicationProcess: fields.text('application_process'),
    terms: [],
    areas: [],
  };
}

/** HSDS location; coordinates are checked for range here and looked up later when missing. */
export function locationFrom(fields: Fields, origin: Origin, address: AddressFields = {}): LocationRecord {
  const lat = fields.number('latitude', -90, 90);
  const lon = fields.number('longitude', -180, 180);
  if ((lat === undefined) !== (lon === undefined)) throw new RowError('latitude and longitude go together');
  return { origin, id: fields.required('id'), organizationId: fields.text('organization_id'), name: fields.text('name'), lat, lon, ...address };
}

/** An HSDS address (3.0 `addresses`, 2.0 `physical_address`), as a location's address fields. */
export function addressFrom(fields: Fields): AddressFields {
  const street = [fields.text('address_1'), fields.text('address_2')].filter((part) => part !== undefined).join(', ');
  return {
    address: street === '' ? undefined : street,
    city: fields.text('city'),
    stateProvince: fields.text('state_province', 'region'),
    postalCode: fields.text('postal_code'),
    country: fields.text('country'),
  };
}

/** HSDS service_at_location. */
export function siteFrom(fields: Fields, origin: Origin, defaults: { serviceId?: string; locationId?: string } = {}): SiteRecord {
  const serviceId = fields.text('service_id') ?? defaults.serviceId;
  const locationId = fields.text('location_id') ?? defaults.locationId;
  if (serviceId === undefined) throw new RowError('missing service_id');
  if (locationId === undefined) throw new RowError('missing location_id');
  return { origin, id: fields.required('id'), serviceId, locationId };
}

/** HSDS phone; it must belong to something and have digits to dial. */
export function phoneFrom(fields: Fields, origin: Origin, owner: Partial<Pick<PhoneRecord, 'serviceId' | 'locationId' | 'siteId' | 'organizationId'>> = {}): PhoneRecord {
  const number = fields.required('number');
  if (!/\d{3}/.test(number.replace(/\D/g, ''))) throw new RowError(`number "${number.slice(0, 20)}" has no digits to dial`);
  const phone: PhoneRecord = {
    origin,
    id: fields.required('id'),
    serviceId: fields.text('service_id') ?? owner.serviceId,
    locationId: fields.text('location_id') ?? owner.locationId,
    siteId: fields.text('service_at_location_id') ?? owner.siteId,
    organizationId: fields.text('organization_id') ?? owner.organizationId,
    number,
    extension: fields.text('extension'),
    type: fields.text('type'),
    description: fields.text('description'),
  };
  if (!phone.serviceId && !phone.locationId && !phone.siteId && !phone.organizationId) throw new RowError('belongs to no service, location or organization');
  return phone;
}

/** HSDS 3.0 schedule (`byday`, `freq`) or 2.0 regular_schedule (`weekday`). */
export function scheduleFrom(fields: Fields, origin: Origin, owner: Partial<Pick<ScheduleRecord, 'serviceId' | 'locationId' | 'siteId'>> = {}): ScheduleRecord {
  const freqText = (fields.text('freq') ?? 'WEEKLY').toUpperCase();
  if (freqText !== 'WEEKLY' && freqText !== 'DAILY') throw new RowError(`freq "${freqText.slice(0, 20)}" is not WEEKLY or DAILY`);
  const schedule: ScheduleRecord = {
    origin,
    id: fields.required('id'),
    serviceId: fields.text('service_id') ?? owner.serviceId,
    locationId: fields.text('location_id') ?? owner.locationId,
    siteId: fields.text('service_at_location_id') ?? owner.siteId,
    freq: freqText,
    byday: days(fields),
    opensAt: clock(fields, 'opens_at'),
    closesAt: clock(fields, 'closes_at'),
    validFrom: date(fields, 'valid_from'),
    validTo: date(fields, 'valid_to'),
    description: fields.text('description'),
  };
  if (!schedule.serviceId && !schedule.locationId && !schedule.siteId) throw new RowError('belongs to no service or location');
  if ((schedule.opensAt === undefined) !== (schedule.closesAt === undefined)) throw new RowError('opens_at and closes_at go together');
  return schedule;
}

function days(fields: Fields): string {
  const byday = fields.text('byday');
  if (byday !== undefined) {
    const list = byday.split(/[\s,]+/).filter(Boolean).map((day) => day.toUpperCase().replace(/^[+-]?\d+/, ''));
    const unknown = list.find((day) => !(DAYS as readonly string[]).includes(day));
    if (unknown !== undefined) throw new RowError(`byday "${byday.slice(0, 30)}" has an unknown day`);
    return list.join(',');
  }
  const weekday = fields.text('weekday');
  if (weekday === undefined) return '';
  // HSDS 2.0 numbers the days 1 (Monday) to 7 (Sunday); some publishers write the name.
  const day = /^[1-7]$/.test(weekday) ? DAYS[Number(weekday) - 1] : DAY_NAMES[weekday.toLowerCase()];
  if (day === undefined) throw new RowError(`weekday "${weekday.slice(0, 20)}" is not 1-7 or a day name`);
  return day;
}

function clock(fields: Fields, name: string): string | undefined {
  const raw = fields.text(name);
  if (raw === undefined) return undefined;
  const match = CLOCK.exec(raw);
  if (!match) throw new RowError(`${name} "${raw.slice(0, 20)}" is not a time like 09:00`);
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? '00'}`;
}

function date(fields: Fields, name: string): string | undefined {
  const raw = fields.text(name);
  if (raw === undefined) return undefined;
  if (!ISO_DATE.test(raw) || Number.isNaN(Date.parse(raw.slice(0, 10)))) throw new RowError(`${name} "${raw.slice(0, 20)}" is not a date like 2026-01-31`);
  return raw.slice(0, 10);
}
