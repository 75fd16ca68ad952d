import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../src/store/database.js';

/** Every row of every table in the database whose text mentions any of `needles`, as "table: row". */
export async function rowsMentioning(db: Db, needles: readonly string[]): Promise<string[]> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`),
  ).map((row) => row.name);
  const found: string[] = [];
  for (const table of tables) {
    const rows = rowsOf<{ row: string }>(await db.execute(sql`select t::text as row from ${sql.identifier(table)} t`));
    for (const { row } of rows) {
      if (needles.some((needle) => row.includes(needle))) found.push(`${table}: ${row}`);
    }
  }
  return found;
}
