import { eq } from 'drizzle-orm';
import type { Db } from './database.js';
import { teamsStaffChannel, teamsStaffChats } from './schema.js';

/** The staff channel as the bot knows it: the channel's id and a reference to post in it. */
export interface StaffChannel {
  readonly conversationId: string;
  readonly reference: Record<string, unknown>;
}

/** Where the bot reaches staff on Teams: the program's staff channel and each staff member's chat with the bot. */
export class StaffChannelRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async channel(): Promise<StaffChannel | undefined> {
    const [row] = await this.db.select().from(teamsStaffChannel).where(eq(teamsStaffChannel.id, 1));
    return row ? { conversationId: row.conversationId, reference: row.reference as Record<string, unknown> } : undefined;
  }

  /** Makes this channel the staff channel (a program has one; a later one replaces it). */
  async saveChannel(channel: StaffChannel, learnedBy: string): Promise<void> {
    const values = { id: 1, conversationId: channel.conversationId, reference: channel.reference, learnedBy, updatedAt: this.now() };
    await this.db
      .insert(teamsStaffChannel)
      .values(values)
      .onConflictDoUpdate({ target: teamsStaffChannel.id, set: { conversationId: values.conversationId, reference: values.reference, learnedBy, updatedAt: values.updatedAt } });
  }

  async saveChat(teamsUserId: string, reference: Record<string, unknown>): Promise<void> {
    await this.db
      .insert(teamsStaffChats)
      .values({ teamsUserId, reference, updatedAt: this.now() })
      .onConflictDoUpdate({ target: teamsStaffChats.teamsUserId, set: { reference, updatedAt: this.now() } });
  }

  /** The staff member's personal chat with the bot, once they have written in it. */
  async chat(teamsUserId: string): Promise<Record<string, unknown> | undefined> {
    const [row] = await this.db.select({ reference: teamsStaffChats.reference }).from(teamsStaffChats).where(eq(teamsStaffChats.teamsUserId, teamsUserId));
    return row?.reference as Record<string, unknown> | undefined;
  }
}
