import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the bench uses when DATABASE_URL is not set. */
export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database created for one bench run on a PostgreSQL server. */
export interface BenchDatabase {
  readonly url: string;
  /** Drops the database, whoever is still connected. */
  drop(): Promise<void>;
}

/** Creates a fresh database on the server at `serverUrl`, or says why it could not. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase | { readonly skipped: string }> {
  const name = `peerline_bench_${randomBytes(6).toString('hex')}`;
  try {
    await adminQuery(serverUrl, `create database ${name}`);
  } catch (error) {
    return { skipped: `no PostgreSQL server reachable at ${redactUrl(serverUrl)}: ${(error as Error).message}` };
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`) };
}

/** The server URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
