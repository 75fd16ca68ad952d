import { desc, eq, sql } from 'drizzle-orm';
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
      .where(eq(crisisEvents.participantId, sql.placeholder('participantId')))
      .orderBy(desc(crisisEvents.createdAt))
      .limit(1)
      .prepare('crisis_event_latest');
  }

  async record(event: { participantId: string; category: string; evidence: unknown; channel: string }): Promise<CrisisEvent> {
    const [row] = await this.db
      .insert(crisisEvents)
      .values({ ...event, createdAt: this.now() })
      .returning();
    if (!row) throw new Error('crisis event not recorded');
    return row;
  }

  async latestFor(participantId: string): Promise<CrisisEvent | undefined> {
    const [row] = await this.latest.execute({ participantId });
    return row;
  }
}
