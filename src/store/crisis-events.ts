import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { crisisEvents } from './schema.js';

export type CrisisEvent = typeof crisisEvents.$inferSelect;

/** The record of what the crisis screen flagged: time, category and evidence, never the message. */
export class CrisisEventRepository {
  // Read on every message (is a crisis still open?): prepared once per connection.
  private readonly latest;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.latest = db
      .select()
      .from(crisisEvents)
      .where(and(eq(crisisEvents.participantId, sql.placeholder('participantId')), eq(crisisEvents.level, 'crisis')))
      .orderBy(desc(crisisEvents.createdAt))
      .limit(1)
      .prepare('crisis_event_latest');
  }

  async record(event: { participantId: string; category: string; evidence: unknown; channel: string; level?: CrisisEvent['level'] }): Promise<CrisisEvent> {
    const [row] = await this.db
      .insert(crisisEvents)
      .values({ ...event, createdAt: this.now() })
      .returning();
    if (!row) throw new Error('crisis event not recorded');
    return row;
  }

  /** How an event turned out (a check answered, a false alarm); the first outcome stands. */
  async recordOutcome(id: number, outcome: NonNullable<CrisisEvent['outcome']>): Promise<void> {
    await this.db
      .update(crisisEvents)
      .set({ outcome, outcomeAt: this.now() })
      .where(and(eq(crisisEvents.id, id), isNull(crisisEvents.outcome)));
  }

  /** The participant's latest event at the `crisis` level (a `check` question is not a crisis). */
  async latestFor(participantId: string): Promise<CrisisEvent | undefined> {
    const [row] = await this.latest.execute({ participantId });
    return row;
  }
}
