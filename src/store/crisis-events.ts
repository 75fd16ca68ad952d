import { desc, eq } from 'drizzle-orm';
import type { Db } from './database.js';
import { crisisEvents } from './schema.js';

export type CrisisEvent = typeof crisisEvents.$inferSelect;

/** The record of what the crisis screen flagged: time, category and evidence, never the message. */
export class CrisisEventRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(event: { participantId: string; category: string; evidence: unknown; channel: string }): Promise<CrisisEvent> {
    const [row] = await this.db
      .insert(crisisEvents)
      .values({ ...event, createdAt: this.now() })
      .returning();
    if (!row) throw new Error('crisis event not recorded');
    return row;
  }

  async latestFor(participantId: string): Promise<CrisisEvent | undefined> {
    const [row] = await this.db
      .select()
      .from(crisisEvents)
      .where(eq(crisisEvents.participantId, participantId))
      .orderBy(desc(crisisEvents.createdAt))
      .limit(1);
    return row;
  }
}
