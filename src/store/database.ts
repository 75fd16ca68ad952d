import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

/** The drizzle database every repository takes; the same type on both drivers. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** An open database: the drizzle handle plus what the service needs around it. */
export interface Database {
  readonly db: Db;
  readonly kind: 'postgres' | 'pglite';
  /** Resolves when the database answers a trivial query within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { readonly url: string; readonly poolSize?: number }
  /** `dataDir` undefined means an in-memory database (tests). */
  | { readonly dataDir: string | undefined };

/** A database failure with a stable code; the cause keeps the driver's error. */
export class DatabaseError extends Error {
  constructor(
    readonly code: 'DB.UNAVAILABLE' | 'DB.MIGRATION_FAILED',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

// Serialises migrations when several instances start at once against one server.
const MIGRATION_LOCK_ID = 4_711_002;

const withTimeout = async <T>(work: Promise<T>, timeoutMs: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const pinger = (db: Db) => async (timeoutMs = 2000): Promise<boolean> => {
  try {
    await withTimeout(db.execute(sql`select 1`), timeoutMs);
    return true;
  } catch {
    return false;
  }
};

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'peerline',
  });
  // An idle client losing its server (restart, network) must not crash the process;
  // the next query fails and is retried or reported by its caller.
  pool.on('error', () => undefined);
  // Nor one checked out of the pool (a transaction between two statements): pg emits the lost
  // connection on the client too, where the pool listens only while it is idle, and an 'error'
  // event nobody listens to ends the process. The transaction's own queries fail and say why.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db: Db = drizzlePg(pool, { schema });
  const lockClient = await pool.connect().catch((cause: unknown) => {
    throw new DatabaseError('DB.UNAVAILABLE', 'cannot connect to the PostgreSQL server in DATABASE_URL', { cause });
  });
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migratePg(drizzlePg(lockClient, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (cause) {
    throw new DatabaseError('DB.MIGRATION_FAILED', 'applying migrations failed', { cause });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    lockClient.release();
  }
  return { db, kind: 'postgres', ping: pinger(db), close: () => pool.end() };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let directory: string | undefined;
  if (dataDir !== undefined) {
    directory = path.join(dataDir, 'pglite');
    mkdirSync(directory, { recursive: true });
  }
  const client = await PGlite.create(directory);
  const db: Db = drizzlePglite(client, { schema });
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (cause) {
    await client.close();
    throw new DatabaseError('DB.MIGRATION_FAILED', 'applying migrations failed', { cause });
  }
  let closed = false;
  return {
    db,
    kind: 'pglite',
    ping: pinger(db),
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

/** Opens the server in `url`, or the embedded PGlite, and applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir);
}

/** The rows of a raw `db.execute()` result, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|cannot use a pool after calling end|pglite is closed|client has encountered a connection error|connection refused/i;

/**
 * True when an error, or any error it wraps, says the database could not be reached, not that a
 * query was wrong. Wrappers are followed through `cause` (drizzle, ours), `error` (botbuilder-dialogs'
 * DialogContextError, which keeps the original there and copies only its message) and
 * AggregateError's `errors`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (!(current instanceof Error) || seen.has(current)) continue;
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (current.name === 'DatabaseError' && code === 'DB.UNAVAILABLE') return true;
    if (UNAVAILABLE_MESSAGES.test(current.message)) return true;
    queue.push(current.cause, (current as { error?: unknown }).error);
    if (current instanceof AggregateError) queue.push(...(current.errors as unknown[]));
  }
  return false;
}
