import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { CheckInRepository } from '../store/check-ins.js';
import { openDatabase, rowsOf } from '../store/database.js';
import { quantile, round } from './stats.js';

export interface CheckinHistoryOptions {
  /** A fresh database on the server (the bench creates and drops it). */
  readonly databaseUrl: string;
  readonly participants: number;
  readonly daysEach: number;
  readonly lookups: number;
}

export interface CheckinHistoryResult {
  readonly rows: number;
  readonly seedMs: number;
  readonly latenciesMs: number[];
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly trendDays: number;
  /** The plan the server chose for one lookup: an index scan, not a scan of the table. */
  readonly plan: string;
}

const TREND_DAYS = 90;
const WARM_UP = 10;

/**
 * A participant's 90-day trend (what a peer's hand-off card and "My check-ins" read) from a
 * table of participants × days check-ins, through the repository the app uses.
 */
export async function benchCheckinHistory(options: CheckinHistoryOptions): Promise<CheckinHistoryResult> {
  const database = await openDatabase({ url: options.databaseUrl });
  try {
    const { db } = database;
    const seedStarted = performance.now();
    await db.execute(sql`
      insert into participants (channel, address, status, consent_at)
      select 'sms', '+1555' || lpad(n::text, 7, '0'), 'active', now() from generate_series(1, ${options.participants}) n`);
    // Day d of each participant counts back from today; moods and cravings vary by person and day.
    await db.execute(sql`
      insert into check_ins (participant_id, local_date, answered_at, mood, craving, sleep_hours, channel)
      select p.id, current_date - d, now() - make_interval(days => d), (abs(hashtext(p.id::text || d)) % 11)::smallint,
        (abs(hashtext(d || p.id::text)) % 11)::smallint, 7, 'sms'
      from participants p cross join generate_series(0, ${options.daysEach - 1}) d`);
    // A table that has lived a while has been vacuumed by autovacuum; a fresh bulk load has not.
    await db.execute(sql`vacuum analyze check_ins`);
    const seedMs = performance.now() - seedStarted;
    const rows = Number(rowsOf<{ count: string }>(await db.execute(sql`select count(*) from check_ins`))[0]?.count ?? 0);

    const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from participants order by random() limit ${options.lookups + WARM_UP}`)).map((row) => row.id);
    const repository = new CheckInRepository(db);
    const to = DateTime.now().toISODate() ?? '';
    const from = DateTime.now().minus({ days: TREND_DAYS - 1 }).toISODate() ?? '';
    // The pool opens its connections on first use: that is start-up, not a lookup.
    for (const id of ids.slice(0, WARM_UP)) await repository.trend(id, from, to);
    const latenciesMs: number[] = [];
    let trendDays = 0;
    for (const id of ids.slice(WARM_UP)) {
      const started = performance.now();
      const trend = await repository.trend(id, from, to);
      latenciesMs.push(performance.now() - started);
      trendDays = Math.max(trendDays, trend.length);
    }
    const explained = rowsOf<{ 'QUERY PLAN': string }>(
      await db.execute(sql`explain select local_date, mood, craving, sleep_hours, used from check_ins where participant_id = ${ids[0] ?? null} and local_date between ${from} and ${to} order by local_date`),
    );
    return {
      rows,
      seedMs,
      latenciesMs,
      medianMs: round(quantile(latenciesMs, 0.5), 2),
      p99Ms: round(quantile(latenciesMs, 0.99), 2),
      trendDays,
      plan: explained.map((line) => line['QUERY PLAN']).join(' | '),
    };
  } finally {
    await database.close();
  }
}
