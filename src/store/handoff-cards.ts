import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from './database.js';
import { handoffCards } from './schema.js';

export type HandoffCard = typeof handoffCards.$inferSelect;

/** The alert cards posted in the staff channel, one per hand-off and level, and the threads they root. */
export class HandoffCardRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Takes the slot for this level's card; false when it is taken (posted, or being posted). */
  async reserve(handoffId: number, level: number, conversationId: string, facts: Record<string, unknown>): Promise<boolean> {
    const [row] = await this.db
      .insert(handoffCards)
      .values({ handoffId, level, conversationId, facts, createdAt: this.now() })
      .onConflictDoNothing()
      .returning({ level: handoffCards.level });
    return row !== undefined;
  }

  /** Records the posted card's activity id (the root of its thread). */
  async posted(handoffId: number, level: number, activityId: string): Promise<void> {
    await this.db.update(handoffCards).set({ activityId }).where(and(eq(handoffCards.handoffId, handoffId), eq(handoffCards.level, level)));
  }

  /** Gives the slot back after a failed post, so the next alert tries again. */
  async release(handoffId: number, level: number): Promise<void> {
    await this.db.delete(handoffCards).where(and(eq(handoffCards.handoffId, handoffId), eq(handoffCards.level, level)));
  }

  /** A hand-off's posted cards, first level first. */
  async forHandoff(handoffId: number): Promise<HandoffCard[]> {
    return this.db
      .select()
      .from(handoffCards)
      .where(and(eq(handoffCards.handoffId, handoffId), isNotNull(handoffCards.activityId)))
      .orderBy(asc(handoffCards.level));
  }

  /** The hand-off whose card is this activity (a thread's root), if any. */
  async handoffOf(activityId: string): Promise<number | undefined> {
    const [row] = await this.db.select({ handoffId: handoffCards.handoffId }).from(handoffCards).where(eq(handoffCards.activityId, activityId)).limit(1);
    return row?.handoffId;
  }
}
