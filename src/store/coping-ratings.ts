import { count, eq, sql } from 'drizzle-orm';
import type { ToolRating } from '../coping/tool-order.js';
import { isCopingTool, type CopingTool } from '../coping/tools.js';
import type { Db } from './database.js';
import { copingToolRatings } from './schema.js';

/** The answers to "Did that help? 1-5", kept per person and tool. */
export class CopingRatingRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(participantId: string, tool: CopingTool, rating: number): Promise<void> {
    await this.db.insert(copingToolRatings).values({ participantId, tool, rating, ratedAt: this.now() });
  }

  /** Each tool this person has rated, with its average rating and how many times. */
  async summary(participantId: string): Promise<ToolRating[]> {
    const rows = await this.db
      .select({ tool: copingToolRatings.tool, average: sql<string>`avg(${copingToolRatings.rating})`, count: count() })
      .from(copingToolRatings)
      .where(eq(copingToolRatings.participantId, participantId))
      .groupBy(copingToolRatings.tool);
    return rows.flatMap((row) => (isCopingTool(row.tool) ? [{ tool: row.tool, average: Number(row.average), count: Number(row.count) }] : []));
  }
}
