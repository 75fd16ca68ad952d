import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/store/database.js';

/** A database a test can use and throw away. */
export interface DatabaseTarget {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

const serverUrl = process.env.DATABASE_URL?.trim() || undefined;

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/** A fresh database on the server in DATABASE_URL, dropped when the returned handle closes. */
export async function openFreshServerDatabase(url: string): Promise<Database> {
  const name = `peerline_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: withDatabaseName(url, name), poolSize: 8 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** PGlite always; the PostgreSQL server too when DATABASE_URL is set. */
export const databaseTargets: readonly DatabaseTarget[] = [
  { name: 'pglite', open: () => openDatabase({ dataDir: undefined }) },
  ...(serverUrl ? [{ name: 'postgres' as const, open: () => openFreshServerDatabase(serverUrl) }] : []),
];
