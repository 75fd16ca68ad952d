import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Fields, RowError } from './fields.js';
import { itemLines, jsonItems } from './json-lines.js';
import { emptyBatch, type HsdsBatch, type Origin } from './records.js';
import { addressFrom, locationFrom, organizationFrom, phoneFrom, scheduleFrom, serviceFrom, siteFrom } from './rows.js';

/**
 * Reads HSDS 3.0 JSON: a list of services (or the API's `{"contents": [...]}`, or one service),
 * each with its organization, phones, schedules, attributes and service_at_locations nested. An
 * item with anything malformed in it is reported at its line and left out whole.
 */
export function readJsonPackage(file: string): { name: string | undefined; batch: HsdsBatch } {
  const name = path.basename(file);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const batch = emptyBatch();
  for (const { line, item } of parsedItems(text)) {
    const origin: Origin = { file: name, line };
    try {
      if (item instanceof SyntaxError) throw new RowError(`not JSON: ${item.message.split('\n')[0] ?? ''}`);
      if (!isObject(item)) throw new RowError('is not an object');
      mergeInto(batch, serviceItem(new Fields(item), origin));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      batch.problems.push({ ...origin, reason: error.reason });
    }
  }
  return { name: undefined, batch };
}

/** Each item with its line; when the file does not parse, each item parsed alone, the broken ones as their error. */
function parsedItems(text: string): { line?: number; item: unknown }[] {
  try {
    const parsed: unknown = JSON.parse(text);
    const items = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed.contents) ? (parsed.contents as unknown[]) : [parsed];
    const lines = itemLines(text);
    return items.map((item, index) => ({ line: lines[index], item }));
  } catch (error) {
    const items = jsonItems(text);
    if (items.length === 0) return [{ line: undefined, item: error }];
    return items.map(({ line, text: itemText }) => {
      try {
        return { line, item: JSON.parse(itemText) as unknown };
      } catch (itemError) {
        return { line, item: itemError };
      }
    });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function mergeInto(batch: HsdsBatch, item: HsdsBatch): void {
  batch.organizations.push(...item.organizations);
  batch.services.push(...item.services);
  batch.locations.push(...item.locations);
  batch.sites.push(...item.sites);
  batch.phones.push(...item.phones);
  batch.schedules.push(...item.schedules);
}

/** One service and everything nested in it, or a RowError for the whole item. */
function serviceItem(fields: Fields, origin: Origin): HsdsBatch {
  const item = emptyBatch();
  const organization = fields.object('organization');
  const organizationRecord = organization ? organizationFrom(organization, origin) : undefined;
  if (organizationRecord) item.organizations.push(organizationRecord);
  const service = serviceFrom(fields, origin, organizationRecord?.id);
  item.services.push(service);
  const serviceId = service.id;
  for (const phone of fields.list('phones')) item.phones.push(phoneFrom(phone, origin, { serviceId }));
  for (const schedule of fields.list('schedules')) item.schedules.push(scheduleFrom(schedule, origin, { serviceId }));
  for (const attribute of [...fields.list('attributes'), ...fields.list('taxonomy_terms')]) {
    const term = attribute.object('taxonomy_term') ?? attribute;
    service.terms.push(...[term.text('code'), term.text('name')].filter((value) => value !== undefined));
  }
  for (const area of fields.list('service_areas')) {
    const areaName = area.text('name', 'extent', 'description');
    if (areaName !== undefined) service.areas.push(areaName);
  }
  for (const site of fields.list('service_at_locations')) {
    const location = site.object('location');
    const locationId = location ? locationItem(location, origin, item) : undefined;
    const siteRecord = siteFrom(site, origin, { serviceId, locationId });
    item.sites.push(siteRecord);
    for (const phone of site.list('phones')) item.phones.push(phoneFrom(phone, origin, { siteId: siteRecord.id }));
    for (const schedule of site.list('schedules')) item.schedules.push(scheduleFrom(schedule, origin, { siteId: siteRecord.id }));
  }
  for (const location of fields.list('locations')) {
    const locationId = locationItem(location, origin, item);
    item.sites.push({ origin, id: `${serviceId}@${locationId}`, serviceId, locationId });
  }
  return item;
}

function locationItem(location: Fields, origin: Origin, item: HsdsBatch): string {
  const addresses = location.list('addresses');
  const physical = addresses.find((address) => (address.text('address_type') ?? 'physical').toLowerCase() === 'physical') ?? addresses[0];
  const record = locationFrom(location, origin, physical ? addressFrom(physical) : {});
  item.locations.push(record);
  for (const phone of location.list('phones')) item.phones.push(phoneFrom(phone, origin, { locationId: record.id }));
  for (const schedule of location.list('schedules')) item.schedules.push(scheduleFrom(schedule, origin, { locationId: record.id }));
  return record.id;
}
