import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { conversationRefs, participants } from './schema.js';

export type Participant = typeof participants.$inferSelect;
export type ParticipantStatus = Participant['status'];
export type ProfileChanges = Partial<Pick<Participant, 'name' | 'locale' | 'timeZone' | 'region' | 'checkInTime' | 'checkInPrompts' | 'placeLabel' | 'placeRegion' | 'placeLat' | 'placeLon'>>;

/** Participants, their consent and their conversation reference. */
export class ParticipantRepository {
  // Read on every message: prepared once per connection, not built and planned each time.
  private readonly byAddress;
  private readonly referenceUpsert;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.byAddress = db
      .select()
      .from(participants)
      .where(and(eq(participants.channel, sql.placeholder('channel')), eq(participants.address, sql.placeholder('address'))))
      .prepare('participant_by_address');
    this.referenceUpsert = db
      .insert(conversationRefs)
      .values({ participantId: sql.placeholder('id'), reference: sql.placeholder('reference'), updatedAt: sql.placeholder('at') })
      .onConflictDoUpdate({
        target: conversationRefs.participantId,
        set: { reference: sql`excluded.reference`, updatedAt: sql`excluded.updated_at` },
        setWhere: sql`${conversationRefs.reference} is distinct from excluded.reference`,
      })
      .prepare('conversation_reference_upsert');
  }

  /** The participant at this address, created as pending consent on first contact. */
  async findOrCreate(channel: string, address: string): Promise<Participant> {
    // Every message asks; a person is new only once, so look before writing.
    const known = await this.findByAddress(channel, address);
    if (known) return known;
    const [created] = await this.db.insert(participants).values({ channel, address }).onConflictDoNothing().returning();
    if (created) return created;
    const existing = await this.findByAddress(channel, address);
    if (!existing) throw new Error('participant vanished between insert and select');
    return existing;
  }

  async findByAddress(channel: string, address: string): Promise<Participant | undefined> {
    const [row] = await this.byAddress.execute({ channel, address });
    return row;
  }

  async get(id: string): Promise<Participant | undefined> {
    const [row] = await this.db.select().from(participants).where(eq(participants.id, id));
    return row;
  }

  /** Records consent with the exact text shown and its time; the person becomes active. */
  async recordConsent(id: string, consentText: string): Promise<Participant> {
    return this.update(id, { status: 'active', consentAt: this.now(), consentText, optedOutAt: null });
  }

  async updateProfile(id: string, changes: ProfileChanges): Promise<Participant> {
    return this.update(id, changes);
  }

  /** Opts the person out of everything at once; consent is kept as history. */
  async optOut(id: string): Promise<Participant> {
    return this.update(id, { status: 'opted_out', optedOutAt: this.now() });
  }

  /** START after STOP: active again if they had consented, otherwise back to asking. */
  async optIn(id: string): Promise<Participant> {
    return this.update(id, {
      status: sql`(case when ${participants.consentAt} is null then 'pending_consent' else 'active' end)::participant_status`,
      optedOutAt: null,
    });
  }

  /** Keeps the reference proactive messages are sent through; an unchanged one is not written again. */
  async saveConversationReference(id: string, reference: Record<string, unknown>): Promise<void> {
    await this.referenceUpsert.execute({ id, reference, at: this.now() });
  }

  async getConversationReference(id: string): Promise<Record<string, unknown> | undefined> {
    const [row] = await this.db
      .select({ reference: conversationRefs.reference })
      .from(conversationRefs)
      .where(eq(conversationRefs.participantId, id));
    return row?.reference as Record<string, unknown> | undefined;
  }

  /** Erases the participant; every table that refers to them cascades. */
  async erase(id: string): Promise<void> {
    await this.db.delete(participants).where(eq(participants.id, id));
  }

  private async update(id: string, changes: Record<string, unknown>): Promise<Participant> {
    const [row] = await this.db
      .update(participants)
      .set({ ...changes, updatedAt: this.now() })
      .where(eq(participants.id, id))
      .returning();
    if (!row) throw new Error(`participant ${id} not found`);
    return row;
  }
}
