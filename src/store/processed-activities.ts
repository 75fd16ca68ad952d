import { eq, lt } from 'drizzle-orm';
import type { Db } from './database.js';
import { processedActivities } from './schema.js';

/** Remembers which activities were handled, so a redelivery is not answered twice. */
export class ProcessedActivityRepository {
  constructor(private readonly db: Db) {}

  /** True the first time an activity is seen, false for a repeat. */
  async markProcessed(channel: string, activityId: string, conversationKey: string): Promise<boolean> {
    const rows = await this.db
      .insert(processedActivities)
      .values({ channel, activityId, conversationKey })
      .onConflictDoNothing()
      .returning({ activityId: processedActivities.activityId });
    return rows.length > 0;
  }

  /** Forgets a conversation's activity ids (data erasure). */
  async forgetConversation(conversationKey: string): Promise<void> {
    await this.db.delete(processedActivities).where(eq(processedActivities.conversationKey, conversationKey));
  }

  /** Drops ids older than the redelivery window; returns how many. */
  async prune(olderThan: Date): Promise<number> {
    const rows = await this.db
      .delete(processedActivities)
      .where(lt(processedActivities.processedAt, olderThan))
      .returning({ activityId: processedActivities.activityId });
    return rows.length;
  }
}
