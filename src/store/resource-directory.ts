import { count, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Origin, Problem } from '../resources/hsds/records.js';
import type { PreparedBatch } from '../resources/prepare.js';
import type { Db } from './database.js';
import { resourceLocations, resourceOrganizations, resourcePhones, resourceSchedules, resourceServices, resourceSiteCategories, resourceSites } from './schema.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Rows added and rows updated in place, for one table. */
export interface TableCounts {
  readonly inserted: number;
  readonly updated: number;
}

export const RESOURCE_TABLES = ['organizations', 'services', 'locations', 'sites', 'phones', 'schedules'] as const;
export type ResourceTable = (typeof RESOURCE_TABLES)[number];

/** What an import did: counts per table, the rows left out and why, and sample rows replaced. */
export interface ImportResult {
  readonly counts: Readonly<Record<ResourceTable, TableCounts>>;
  readonly problems: readonly Problem[];
  readonly sampleServicesRemoved: number;
}

// Rows per INSERT: well under the 65,535 bind parameters of one statement.
const CHUNK = 500;

/** The resource directory's writes: one package per transaction, upserted by the package's ids. */
export class ResourceDirectory {
  constructor(private readonly db: Db) {}

  /** How many services the directory holds. */
  async serviceCount(): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(resourceServices);
    return row?.n ?? 0;
  }

  /**
   * Writes a package in one transaction: rows whose service, location or site is neither in the
   * package nor already in the directory are reported and left out; the rest is upserted by id.
   * With `replaceSource`, rows of that source (the bundled sample) are removed first.
   */
  async importBatch(batch: PreparedBatch, options: { readonly replaceSource?: string } = {}): Promise<ImportResult> {
    return this.db.transaction(async (tx) => {
      const sampleServicesRemoved = options.replaceSource === undefined ? 0 : await removeSource(tx, options.replaceSource);
      const problems = [...batch.problems];
      const services = await known(tx, resourceServices, batch.services.map((row) => row.id), [...batch.sites, ...batch.phones, ...batch.schedules].map((row) => row.serviceId));
      const locations = await known(tx, resourceLocations, batch.locations.map((row) => row.id), [...batch.sites, ...batch.phones, ...batch.schedules].map((row) => row.locationId));
      const sites = batch.sites.filter((site) => reported(problems, site, [['service', site.serviceId, services], ['location', site.locationId, locations]]));
      const siteIds = await known(tx, resourceSites, sites.map((row) => row.id), [...batch.phones, ...batch.schedules].map((row) => row.siteId));
      const owned = (row: { serviceId?: string | null; locationId?: string | null; siteId?: string | null; origin: Origin }): boolean =>
        reported(problems, row, [['service', row.serviceId, services], ['location', row.locationId, locations], ['service_at_location', row.siteId, siteIds]]);
      const counts = {
        organizations: await upsert(tx, resourceOrganizations, batch.organizations),
        services: await upsert(
          tx,
          resourceServices,
          batch.services.map(({ searchText, ...row }) => ({ ...row, search: sql`to_tsvector('simple', ${searchText})` })),
        ),
        locations: await upsert(tx, resourceLocations, batch.locations),
        sites: await upsert(tx, resourceSites, sites),
        phones: await upsert(tx, resourcePhones, batch.phones.filter(owned)),
        schedules: await upsert(tx, resourceSchedules, batch.schedules.filter(owned)),
      };
      await reindexSites(tx, { sites: sites.map((row) => row.id), services: batch.services.map((row) => row.id), locations: batch.locations.map((row) => row.id) });
      return { counts, problems, sampleServicesRemoved };
    });
  }
}

/** Keeps a row whose references all resolve; reports the first that does not. */
function reported(problems: Problem[], row: { origin: Origin }, references: readonly (readonly [string, string | null | undefined, ReadonlySet<string>])[]): boolean {
  for (const [what, id, ids] of references) {
    if (id !== undefined && id !== null && !ids.has(id)) {
      problems.push({ ...row.origin, reason: `${what} ${id} is neither in this package nor in the directory` });
      return false;
    }
  }
  return true;
}

/** The ids of this package and those of the referenced ones already in the table. */
async function known(tx: Tx, table: typeof resourceServices | typeof resourceLocations | typeof resourceSites, own: readonly string[], referenced: readonly (string | null | undefined)[]): Promise<Set<string>> {
  const ids = new Set(own);
  const missing = [...new Set(referenced.filter((id): id is string => typeof id === 'string' && !ids.has(id)))];
  for (let i = 0; i < missing.length; i += CHUNK) {
    const rows = await tx.select({ id: table.id }).from(table).where(inArray(table.id, missing.slice(i, i + CHUNK)));
    for (const row of rows) ids.add(row.id);
  }
  return ids;
}

/** Ids as one JSON parameter: a package's ids may be more than a statement's bind parameters. */
const idList = (ids: readonly string[]) => sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/**
 * Rebuilds the lookup's index rows of every site this package touched, directly or through its
 * service or location: one row per category of an active service, at the location's coordinates.
 */
async function reindexSites(tx: Tx, touched: { sites: readonly string[]; services: readonly string[]; locations: readonly string[] }): Promise<void> {
  const affected = sql`st.id in ${idList(touched.sites)} or st.service_id in ${idList(touched.services)} or st.location_id in ${idList(touched.locations)}`;
  await tx.execute(sql`delete from resource_site_categories p using resource_sites st where p.site_id = st.id and (${affected})`);
  await tx.execute(sql`
    insert into resource_site_categories (site_id, category, service_id, lat, lon, source)
    select st.id, c.category, st.service_id, l.lat, l.lon, st.source
    from resource_sites st
    join resource_services s on s.id = st.service_id
    join resource_locations l on l.id = st.location_id
    cross join unnest(s.categories) as c(category)
    where s.status = 'active' and l.lat is not null and l.lon is not null and (${affected})
    on conflict do nothing`);
}

async function removeSource(tx: Tx, source: string): Promise<number> {
  const removed = await tx.delete(resourceServices).where(eq(resourceServices.source, source)).returning({ id: resourceServices.id });
  for (const table of [resourceOrganizations, resourceLocations, resourceSites, resourcePhones, resourceSchedules, resourceSiteCategories]) {
    await tx.delete(table).where(eq(table.source, source));
  }
  return removed.length;
}

function idColumn(columns: Record<string, unknown>): PgColumn {
  const id = columns.id;
  if (!(id instanceof PgColumn)) throw new Error('a resource table without an id column');
  return id;
}

/** Inserts rows, updating those whose id exists; counts which was which (xmax is 0 on a fresh row). */
async function upsert(tx: Tx, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<TableCounts> {
  const columns = getTableColumns(table);
  const set: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(columns)) if (key !== 'id') set[key] = sql.raw(`excluded."${column.name}"`);
  if ('updatedAt' in columns) set.updatedAt = sql`now()`;
  let inserted = 0;
  let updated = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map(({ origin: _origin, ...row }) => row);
    const result = await tx
      .insert(table)
      .values(values)
      .onConflictDoUpdate({ target: idColumn(columns), set })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    for (const row of result) if (row.inserted) inserted++;
    updated += result.length - result.filter((row) => row.inserted).length;
  }
  return { inserted, updated };
}
