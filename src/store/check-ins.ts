import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { checkIns } from './schema.js';

export type CheckIn = typeof checkIns.$inferSelect;
/** One day of a trend: the scores only, read from the covering index. */
export type TrendDay = Pick<CheckIn, 'localDate' | 'mood' | 'craving' | 'sleepHours' | 'used'>;

/** What a check-in collected; an unanswered (skipped) question is null. */
export interface CheckInAnswers {
  readonly mood: number | null;
  readonly craving: number | null;
  readonly sleepHours: number | null;
  readonly used: boolean | null;
  readonly note: string | null;
}

/** Daily check-ins, one per participant and local day, and the trends built from them. */
export class CheckInRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Saves today's check-in; a second one the same local day updates the first (a skip keeps the earlier answer). */
  async record(participantId: string, localDate: string, answers: CheckInAnswers, channel: string): Promise<CheckIn> {
    const answeredAt = this.now();
    const [row] = await this.db
      .insert(checkIns)
      .values({ participantId, localDate, answeredAt, channel, ...answers })
      .onConflictDoUpdate({
        target: [checkIns.participantId, checkIns.localDate],
        set: {
          answeredAt,
          channel,
          mood: sql`coalesce(excluded.mood, ${checkIns.mood})`,
          craving: sql`coalesce(excluded.craving, ${checkIns.craving})`,
          sleepHours: sql`coalesce(excluded.sleep_hours, ${checkIns.sleepHours})`,
          used: sql`coalesce(excluded.used, ${checkIns.used})`,
          note: sql`coalesce(excluded.note, ${checkIns.note})`,
        },
      })
      .returning();
    if (!row) throw new Error('check-in not saved');
    return row;
  }

  /** The most recent check-ins, newest first. */
  async recent(participantId: string, limit = 7): Promise<CheckIn[]> {
    return this.db
      .select()
      .from(checkIns)
      .where(eq(checkIns.participantId, participantId))
      .orderBy(desc(checkIns.localDate))
      .limit(limit);
  }

  /** A participant's check-ins between two local dates (inclusive), oldest first: the trend peer workers read. */
  async trend(participantId: string, fromDate: string, toDate: string): Promise<TrendDay[]> {
    return this.db
      .select({ localDate: checkIns.localDate, mood: checkIns.mood, craving: checkIns.craving, sleepHours: checkIns.sleepHours, used: checkIns.used })
      .from(checkIns)
      .where(and(eq(checkIns.participantId, participantId), gte(checkIns.localDate, fromDate), lte(checkIns.localDate, toDate)))
      .orderBy(checkIns.localDate);
  }

  /** Whether the person checked in on this local day. */
  async has(participantId: string, localDate: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: checkIns.id })
      .from(checkIns)
      .where(and(eq(checkIns.participantId, participantId), eq(checkIns.localDate, localDate)));
    return row !== undefined;
  }

  async markPeerRequested(participantId: string, localDate: string): Promise<void> {
    await this.db
      .update(checkIns)
      .set({ peerRequested: true })
      .where(and(eq(checkIns.participantId, participantId), eq(checkIns.localDate, localDate)));
  }
}
