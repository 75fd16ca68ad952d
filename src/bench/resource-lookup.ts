import { sql, type SQL } from 'drizzle-orm';
import { allCities } from '../geo/gazetteer.js';
import { CATEGORIES } from '../resources/categories.js';
import { ResourceLookup } from '../resources/resource-lookup.js';
import { openDatabase, rowsOf } from '../store/database.js';
import { nearestQuery } from '../store/resource-search.js';
import { quantile, round } from './stats.js';

export interface ResourceLookupOptions {
  /** A fresh database on the server (the bench creates and drops it). */
  readonly databaseUrl: string;
  readonly services: number;
  readonly lookups: number;
}

export interface ResourceLookupResult {
  readonly services: number;
  readonly seedMs: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  /** Lookups that found nothing within reach (a town with no service of that kind nearby). */
  readonly empty: number;
  readonly meanResults: number;
  /** The server's plan for the nearest-sites query of one lookup by category. */
  readonly plan: string;
  /** The plan for one by free words (no category named). */
  readonly textPlan: string;
}

const WARM_UP = 10;
// Spread around each town: about ±20 km, as services spread through a town and its suburbs.
const JITTER_DEGREES = 0.2;

/**
 * A generated directory of `services` services, each at one location near one of the gazetteer's
 * towns, with a category, weekday hours and a phone, written with set-based SQL; then lookups of
 * random categories around random towns, through the same ResourceLookup the dialog uses (the
 * nearest sites, then their hours and phones).
 */
export async function benchResourceLookup(options: ResourceLookupOptions): Promise<ResourceLookupResult> {
  const database = await openDatabase({ url: options.databaseUrl });
  try {
    const { db } = database;
    const cities = allCities();
    const seedStarted = performance.now();
    await db.execute(sql`create temporary table bench_towns (i int primary key, lat float8, lon float8, zone text)`);
    const towns = JSON.stringify(cities.map((city, i) => ({ i, lat: city.lat, lon: city.lon, zone: city.timeZone })));
    await db.execute(sql`insert into bench_towns select * from jsonb_to_recordset(${towns}::jsonb) as t(i int, lat float8, lon float8, zone text)`);
    const categories = sql`string_to_array(${CATEGORIES.join(',')}, ',')`;
    await db.execute(sql`
      insert into resource_services (id, name, description, status, eligibility, fees, categories, search, source)
      select 'bench-svc-' || n, 'Bench service ' || n, 'A generated service', 'active', 'Adults', 'Free',
        array[(${categories})[1 + n % ${CATEGORIES.length}]],
        to_tsvector('simple', 'Bench service ' || n || ' ' || (${categories})[1 + n % ${CATEGORIES.length}]), 'bench'
      from generate_series(1, ${options.services}) n`);
    await db.execute(sql`
      insert into resource_locations (id, name, lat, lon, time_zone, source)
      select 'bench-loc-' || n, 'Bench location ' || n,
        t.lat + (abs(hashtext('lat' || n)) % 2001 - 1000) * ${JITTER_DEGREES / 1000}::float8,
        t.lon + (abs(hashtext('lon' || n)) % 2001 - 1000) * ${JITTER_DEGREES / 1000}::float8, t.zone, 'bench'
      from generate_series(1, ${options.services}) n join bench_towns t on t.i = n % ${cities.length}`);
    await db.execute(sql`
      insert into resource_sites (id, service_id, location_id, source)
      select 'bench-sal-' || n, 'bench-svc-' || n, 'bench-loc-' || n, 'bench' from generate_series(1, ${options.services}) n`);
    await db.execute(sql`
      insert into resource_schedules (id, site_id, freq, byday, opens_at, closes_at, source)
      select 'bench-sch-' || n, 'bench-sal-' || n, 'WEEKLY', 'MO,TU,WE,TH,FR', '09:00', '17:00', 'bench' from generate_series(1, ${options.services}) n`);
    await db.execute(sql`
      insert into resource_phones (id, service_id, number, type, source)
      select 'bench-ph-' || n, 'bench-svc-' || n, '(555) 010-' || lpad((n % 10000)::text, 4, '0'), 'voice', 'bench' from generate_series(1, ${options.services}) n`);
    // What an import writes for the lookup's index.
    await db.execute(sql`
      insert into resource_site_categories (site_id, category, service_id, lat, lon, source)
      select st.id, c.category, st.service_id, l.lat, l.lon, st.source
      from resource_sites st join resource_services s on s.id = st.service_id join resource_locations l on l.id = st.location_id
      cross join unnest(s.categories) as c(category)`);
    for (const table of ['resource_services', 'resource_locations', 'resource_sites', 'resource_schedules', 'resource_phones', 'resource_site_categories']) {
      await db.execute(sql.raw(`vacuum analyze ${table}`));
    }
    const seedMs = performance.now() - seedStarted;

    const lookup = new ResourceLookup(db);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
    const query = () => {
      const town = pick(cities);
      return { category: pick(CATEGORIES), lat: town.lat, lon: town.lon };
    };
    for (let i = 0; i < WARM_UP; i++) await lookup.find(query());
    const latenciesMs: number[] = [];
    let empty = 0;
    let found = 0;
    for (let i = 0; i < options.lookups; i++) {
      const started = performance.now();
      const results = await lookup.find(query());
      latenciesMs.push(performance.now() - started);
      if (results.length === 0) empty++;
      found += results.length;
    }
    const sample = query();
    const explain = async (statement: SQL) => rowsOf<{ 'QUERY PLAN': string }>(await db.execute(sql`explain ${statement}`)).map((line) => line['QUERY PLAN'].trim()).join(' | ');
    return {
      services: options.services,
      seedMs,
      medianMs: round(quantile(latenciesMs, 0.5), 2),
      p99Ms: round(quantile(latenciesMs, 0.99), 2),
      empty,
      meanResults: round(found / options.lookups, 1),
      plan: await explain(nearestQuery({ ...sample, radiusKm: 80, limit: 12 })),
      textPlan: await explain(nearestQuery({ lat: sample.lat, lon: sample.lon, text: 'service 4217', radiusKm: 80, limit: 12 })),
    };
  } finally {
    await database.close();
  }
}
