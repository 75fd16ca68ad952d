import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readCsvTable, type CsvRow } from './csv-table.js';
import { RowError, type Fields } from './fields.js';
import { emptyBatch, type AddressFields, type HsdsBatch, type Origin, type ServiceRecord } from './records.js';
import { addressFrom, locationFrom, organizationFrom, phoneFrom, scheduleFrom, serviceFrom, siteFrom } from './rows.js';

const dataPackageSchema = z.object({
  name: z.string().optional(),
  resources: z.array(z.object({ name: z.string().optional(), path: z.union([z.string(), z.array(z.string())]).optional() })).default([]),
});

/** A table's name as HSDS 2.0 and 3.0 both spell it: singular, lower case ('physical_addresses' → 'physical_address'). */
export function tableKey(name: string): string {
  return path
    .basename(name, '.csv')
    .toLowerCase()
    .split(/[_\s-]+/)
    .map((word) => (word.endsWith('addresses') ? word.slice(0, -2) : word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join('_');
}

/** The package's name (from datapackage.json) and its CSV files by table key. */
function tablesOf(directory: string): { name: string | undefined; files: Map<string, string> } {
  const files = new Map<string, string>();
  let name: string | undefined;
  const descriptor = path.join(directory, 'datapackage.json');
  if (existsSync(descriptor)) {
    const parsed = dataPackageSchema.parse(JSON.parse(readFileSync(descriptor, 'utf8')));
    name = parsed.name;
    for (const resource of parsed.resources) {
      const file = Array.isArray(resource.path) ? resource.path[0] : resource.path;
      if (file === undefined || !file.toLowerCase().endsWith('.csv')) continue;
      const full = path.resolve(directory, file);
      if (existsSync(full)) files.set(tableKey(resource.name ?? file), full);
    }
  }
  for (const entry of readdirSync(directory)) {
    const full = path.join(directory, entry);
    if (entry.toLowerCase().endsWith('.csv') && statSync(full).isFile() && ![...files.values()].includes(full)) files.set(tableKey(entry), full);
  }
  return { name, files };
}

/** True when the path is a folder of HSDS CSV files (with or without datapackage.json). */
export function isCsvPackage(target: string): boolean {
  return statSync(target).isDirectory() || path.basename(target) === 'datapackage.json';
}

/** Reads an HSDS tabular package (HSDS 2.0 or 3.0 names) into records; bad rows become problems. */
export function readCsvPackage(target: string): { name: string | undefined; batch: HsdsBatch } {
  const directory = statSync(target).isDirectory() ? target : path.dirname(target);
  const { name, files } = tablesOf(directory);
  const batch = emptyBatch();
  const each = (keys: readonly string[], read: (fields: Fields, origin: Origin) => void): void => {
    const key = keys.find((candidate) => files.has(candidate));
    const file = key === undefined ? undefined : files.get(key);
    if (file === undefined) return;
    const { rows, problems } = readCsvTable(file, path.relative(directory, file));
    batch.problems.push(...problems);
    for (const row of rows) readRow(row, path.relative(directory, file), read, batch);
  };

  each(['organization'], (fields, origin) => batch.organizations.push(organizationFrom(fields, origin)));
  each(['service'], (fields, origin) => batch.services.push(serviceFrom(fields, origin)));
  const addresses = new Map<string, AddressFields>();
  each(['address', 'physical_address'], (fields) => {
    const locationId = fields.required('location_id');
    const type = (fields.text('address_type') ?? 'physical').toLowerCase();
    if (type === 'physical' || !addresses.has(locationId)) addresses.set(locationId, addressFrom(fields));
  });
  each(['location'], (fields, origin) => batch.locations.push(locationFrom(fields, origin, addresses.get(fields.text('id') ?? ''))));
  each(['service_at_location'], (fields, origin) => batch.sites.push(siteFrom(fields, origin)));
  each(['phone'], (fields, origin) => batch.phones.push(phoneFrom(fields, origin)));
  each(['schedule', 'regular_schedule'], (fields, origin) => batch.schedules.push(scheduleFrom(fields, origin)));

  const services = new Map(batch.services.map((service) => [service.id, service]));
  const serviceNamed = (id: string): ServiceRecord => {
    const service = services.get(id);
    if (!service) throw new RowError(`service_id ${id} is not in this package`);
    return service;
  };
  // 3.0 keeps terms in taxonomy_terms (and vocabularies in taxonomies); 2.0 keeps terms in taxonomy.
  const terms = new Map<string, string[]>();
  each([files.has('taxonomy_term') ? 'taxonomy_term' : 'taxonomy'], (fields) => {
    terms.set(fields.required('id'), [fields.text('code'), fields.text('name')].filter((term) => term !== undefined));
  });
  const link = (serviceId: string, termId: string): void => {
    const names = terms.get(termId);
    if (!names) throw new RowError(`taxonomy term ${termId} is not in this package`);
    serviceNamed(serviceId).terms.push(...names);
  };
  each(['service_taxonomy'], (fields) => link(fields.required('service_id'), fields.required('taxonomy_id', 'taxonomy_term_id')));
  each(['attribute'], (fields) => {
    const entity = (fields.text('link_entity', 'link_type') ?? 'service').toLowerCase();
    const termId = fields.text('taxonomy_term_id');
    if (termId !== undefined && entity === 'service') link(fields.required('link_id'), termId);
  });
  each(['service_area'], (fields) => {
    const area = fields.text('service_area', 'name', 'extent', 'description');
    if (area !== undefined) serviceNamed(fields.required('service_id')).areas.push(area);
  });
  each(['eligibility'], (fields) => {
    const service = serviceNamed(fields.required('service_id'));
    service.eligibility ??= fields.text('eligibility', 'description');
  });
  return { name, batch };
}

function readRow(row: CsvRow, file: string, read: (fields: Fields, origin: Origin) => void, batch: HsdsBatch): void {
  const origin = { file, line: row.line };
  try {
    read(row.fields, origin);
  } catch (error) {
    if (!(error instanceof RowError)) throw error;
    batch.problems.push({ ...origin, reason: error.reason });
  }
}
