import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../src/store/database.js';

/** Every table of the schema, by name. */
export async function tableNames(db: Db): Promise<string[]> {
  return rowsOf<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  ).map((row) => row.name);
}

/** Every row of every table in the database whose text mentions any of `needles`, as "table: row". */
export async function rowsMentioning(db: Db, needles: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of await tableNames(db)) {
    const rows = rowsOf<{ row: string }>(await db.execute(sql`select t::text as row from ${sql.identifier(table)} t`));
    for (const { row } of rows) {
      if (needles.some((needle) => row.includes(needle))) found.push(`${table}: ${row}`);
    }
  }
  return found;
}

/** How many rows each table holds, by table name. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(db)) {
    const [row] = rowsOf<{ count: number }>(await db.execute(sql`select count(*)::int as count from ${sql.identifier(table)}`));
    counts[table] = Number(row?.count ?? 0);
  }
  return counts;
}
