import { createHash, randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { botState } from './schema.js';

/** A write refused because the stored document changed since it was read. */
export class ETagConflictError extends Error {
  readonly code = 'STORAGE.ETAG_CONFLICT';
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

// Postgres text cannot hold NUL; the hash is the identity, this copy is only for people reading the table.
const readableKey = (key: string): string => key.replaceAll('\u0000', '\uFFFD');

/**
 * botbuilder's Storage on Postgres with real eTags: a write carrying a stale eTag is refused,
 * `*` or no eTag overwrites, a new key is always created, deletes are idempotent.
 */
export class PostgresStorage implements Storage {
  // Every turn reads and writes one conversation's state: those statements are prepared once per connection.
  private readonly readOne;
  private readonly upsert;
  private readonly upsertIfUnchanged;

  constructor(private readonly db: Db) {
    this.readOne = db
      .select({ keyHash: botState.keyHash, document: botState.document, etag: botState.etag })
      .from(botState)
      .where(eq(botState.keyHash, sql.placeholder('keyHash')))
      .prepare('bot_state_read');
    const insert = () =>
      db.insert(botState).values({ keyHash: sql.placeholder('keyHash'), key: sql.placeholder('key'), document: sql.placeholder('document'), etag: sql.placeholder('etag') });
    const set = { document: sql`excluded.document`, etag: sql`excluded.etag`, updatedAt: sql`now()` };
    this.upsert = insert().onConflictDoUpdate({ target: botState.keyHash, set }).returning({ etag: botState.etag }).prepare('bot_state_write');
    this.upsertIfUnchanged = insert()
      .onConflictDoUpdate({ target: botState.keyHash, set, setWhere: sql`${botState.etag} = ${sql.placeholder('expected')}` })
      .returning({ etag: botState.etag })
      .prepare('bot_state_write_if_unchanged');
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (keys.length === 0) return {};
    const byHash = new Map(keys.map((key) => [hashKey(key), key]));
    const [only] = byHash.keys();
    const rows =
      byHash.size === 1 && only !== undefined
        ? await this.readOne.execute({ keyHash: only })
        : await this.db
            .select({ keyHash: botState.keyHash, document: botState.document, etag: botState.etag })
            .from(botState)
            .where(inArray(botState.keyHash, [...byHash.keys()]));
    const items: StoreItems = {};
    for (const row of rows) {
      const key = byHash.get(row.keyHash);
      if (key === undefined) continue;
      items[key] = { ...(JSON.parse(row.document) as object), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    for (const [key, item] of Object.entries(changes)) {
      await this.writeOne(key, (item ?? {}) as Record<string, unknown>);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.db.delete(botState).where(inArray(botState.keyHash, keys.map(hashKey)));
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const { eTag, ...document } = item;
    const expected = typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? eTag : null;
    const next = randomUUID();
    // One statement: insert, or update only when the caller's eTag still matches (or it sent none).
    const row = { keyHash: hashKey(key), key: readableKey(key), document: JSON.stringify(document), etag: next };
    const written = expected === null ? await this.upsert.execute(row) : await this.upsertIfUnchanged.execute({ ...row, expected });
    if (written.length === 0) throw new ETagConflictError(key);
  }
}
