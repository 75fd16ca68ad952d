import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { rowsOf, type Db } from './database.js';
import { handoffAlerts, handoffMessages, handoffs } from './schema.js';

export type Handoff = typeof handoffs.$inferSelect;
export type HandoffMessage = typeof handoffMessages.$inferSelect;
export type HandoffAlert = typeof handoffAlerts.$inferSelect;
export type HandoffReason = Handoff['reason'];

/** After this many re-alerts (an hour at the default 5 minutes) a hand-off stops escalating on its own. */
export const MAX_ESCALATION_LEVEL = 12;

/** Hand-offs to a human peer: opened, escalated while nobody claims them, claimed once. */
export class HandoffRepository {
  // Read on every message (the relay and the crisis follow-up): prepared once per connection.
  private readonly current;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.current = db
      .select()
      .from(handoffs)
      .where(eq(handoffs.participantId, sql.placeholder('participantId')))
      .orderBy(sql`${handoffs.status} <> 'closed' desc`, sql`case when ${handoffs.status} <> 'closed' then ${handoffs.id} end asc`, desc(handoffs.id))
      .limit(1)
      .prepare('handoff_current');
  }

  /** The participant's hand-off still in progress (open or claimed), if any. */
  async activeFor(participantId: string): Promise<Handoff | undefined> {
    const [row] = await this.db
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.participantId, participantId), inArray(handoffs.status, ['open', 'claimed'])))
      .orderBy(asc(handoffs.id))
      .limit(1);
    return row;
  }

  /**
   * The participant's hand-off in progress if there is one, else their most recent: what both
   * the relay and the crisis follow-up need to know, in one read. (A hand-off opens only when
   * none is in progress, so the one in progress is also the most recent.)
   */
  async currentFor(participantId: string): Promise<Handoff | undefined> {
    const [row] = await this.current.execute({ participantId });
    return row;
  }

  /** The participant's most recent hand-off, whatever its state. */
  async latestFor(participantId: string): Promise<Handoff | undefined> {
    const [row] = await this.db.select().from(handoffs).where(eq(handoffs.participantId, participantId)).orderBy(desc(handoffs.id)).limit(1);
    return row;
  }

  /**
   * Opens a hand-off unless one is already in progress. A crisis upgrades an ordinary one to
   * urgent (`upgraded`), and an open one then escalates on the crisis timer from now, whatever
   * wait (office hours) it had.
   */
  async open(input: {
    participantId: string;
    reason: HandoffReason;
    category?: string;
    escalateAfterMs: number;
  }): Promise<{ handoff: Handoff; created: boolean; upgraded?: boolean }> {
    const urgency = input.reason === 'crisis' ? 'urgent' : 'normal';
    const existing = await this.activeFor(input.participantId);
    if (existing) {
      if (urgency === 'urgent' && existing.urgency !== 'urgent') {
        const nextEscalationAt = existing.status === 'open' ? new Date(this.now().getTime() + input.escalateAfterMs) : existing.nextEscalationAt;
        const [upgraded] = await this.db
          .update(handoffs)
          .set({ urgency, reason: 'crisis', category: input.category ?? existing.category, nextEscalationAt })
          .where(eq(handoffs.id, existing.id))
          .returning();
        return { handoff: upgraded ?? existing, created: false, upgraded: upgraded !== undefined };
      }
      return { handoff: existing, created: false };
    }
    const openedAt = this.now();
    const [created] = await this.db
      .insert(handoffs)
      .values({
        participantId: input.participantId,
        reason: input.reason,
        urgency,
        category: input.category,
        openedAt,
        nextEscalationAt: new Date(openedAt.getTime() + input.escalateAfterMs),
      })
      .returning();
    if (!created) throw new Error('hand-off not opened');
    return { handoff: created, created: true };
  }

  /** Every hand-off of a participant, whatever its state (data erasure). */
  async idsFor(participantId: string): Promise<number[]> {
    const rows = await this.db.select({ id: handoffs.id }).from(handoffs).where(eq(handoffs.participantId, participantId));
    return rows.map((row) => row.id);
  }

  async get(id: number): Promise<Handoff | undefined> {
    const [row] = await this.db.select().from(handoffs).where(eq(handoffs.id, id));
    return row;
  }

  /**
   * The first claim wins; a later one gets undefined (and can read who has it). `via` is the
   * channel the peer claimed from; `reference`, on Teams, the conversation the relay goes to.
   */
  async claim(id: number, staffName: string, via = 'sms', reference?: Record<string, unknown>): Promise<Handoff | undefined> {
    const [row] = await this.db
      .update(handoffs)
      .set({ status: 'claimed', claimedBy: staffName, claimedAt: this.now(), claimedVia: via, claimedReference: reference ?? null, nextEscalationAt: null })
      .where(and(eq(handoffs.id, id), eq(handoffs.status, 'open')))
      .returning();
    return row;
  }

  /** Closes a hand-off still in progress; returns it, or undefined when it was closed already. */
  async close(id: number, note: string | null, closedBy: string | null = null): Promise<Handoff | undefined> {
    const [row] = await this.db
      .update(handoffs)
      .set({ status: 'closed', closedAt: this.now(), note, closedBy, nextEscalationAt: null })
      .where(and(eq(handoffs.id, id), inArray(handoffs.status, ['open', 'claimed'])))
      .returning();
    return row;
  }

  /** The person said they were safe: the hand-off stays for staff to close, marked so. */
  async markSaidSafe(id: number): Promise<Handoff | undefined> {
    const [row] = await this.db.update(handoffs).set({ saidSafeAt: this.now() }).where(eq(handoffs.id, id)).returning();
    return row;
  }

  /**
   * Crisis hand-offs still open after `olderThanMs` that no alert reached: none recorded as
   * sent, or every such text failed at Twilio. The alert path has stalled for them.
   */
  async unalertedCrises(olderThanMs: number): Promise<Handoff[]> {
    const before = new Date(this.now().getTime() - olderThanMs).toISOString();
    const result = await this.db.execute(sql`
      select h.id from handoffs h
      where h.status = 'open' and h.urgency = 'urgent' and h.opened_at <= ${before}::timestamptz
        and not exists (
          select 1 from handoff_alerts a
          where a.handoff_id = h.id and a.status = 'sent'
            and (a.channel <> 'sms' or exists (
              select 1 from sms_outbound o
              where starts_with(o.dedupe_key, 'send:handoff:' || h.id || ':') and o.status not in ('failed', 'undelivered', 'canceled'))))`);
    const ids = rowsOf<{ id: number | string }>(result).map((row) => Number(row.id));
    if (ids.length === 0) return [];
    return this.db.select().from(handoffs).where(inArray(handoffs.id, ids)).orderBy(asc(handoffs.id));
  }

  /** The hand-offs a staff member holds now, the most recently claimed first. */
  async heldBy(staffName: string): Promise<Handoff[]> {
    return this.db
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.claimedBy, staffName), eq(handoffs.status, 'claimed')))
      .orderBy(desc(handoffs.claimedAt), desc(handoffs.id));
  }

  /** Adds a line to the relay transcript; a peer's first line also records the response time. */
  async recordMessage(message: Pick<HandoffMessage, 'handoffId' | 'author' | 'staffName' | 'body' | 'flagged'>): Promise<HandoffMessage> {
    const createdAt = this.now();
    const [row] = await this.db.insert(handoffMessages).values({ ...message, createdAt }).returning();
    if (!row) throw new Error('relay message not recorded');
    if (message.author === 'peer') {
      await this.db
        .update(handoffs)
        .set({ firstResponseAt: createdAt })
        .where(and(eq(handoffs.id, message.handoffId), isNull(handoffs.firstResponseAt)));
    }
    return row;
  }

  /** A hand-off's transcript, oldest first (the last `limit` lines when given). */
  async messages(handoffId: number, limit?: number): Promise<HandoffMessage[]> {
    const query = this.db.select().from(handoffMessages).where(eq(handoffMessages.handoffId, handoffId)).orderBy(desc(handoffMessages.id));
    const rows = limit === undefined ? await query : await query.limit(limit);
    return rows.reverse();
  }

  /** Forgets transcript lines older than `before`; returns how many. */
  async pruneMessages(before: Date): Promise<number> {
    const removed = await this.db.delete(handoffMessages).where(lt(handoffMessages.createdAt, before)).returning({ id: handoffMessages.id });
    return removed.length;
  }

  /**
   * Takes the open hand-offs whose escalation is due and moves each to its next level, all
   * in one statement with skipped locks, so two instances never escalate one twice.
   */
  async claimDueEscalations(intervals: { urgentMs: number; normalMs: number }, limit = 20): Promise<Handoff[]> {
    const now = this.now();
    const nextUrgent = new Date(now.getTime() + intervals.urgentMs).toISOString();
    const nextNormal = new Date(now.getTime() + intervals.normalMs).toISOString();
    const result = await this.db.execute(sql`
      update handoffs set escalation_level = escalation_level + 1,
        next_escalation_at = case when urgency = 'urgent' then ${nextUrgent}::timestamptz else ${nextNormal}::timestamptz end
      where id in (
        select id from handoffs
        where status = 'open' and next_escalation_at <= ${now.toISOString()}::timestamptz and escalation_level < ${MAX_ESCALATION_LEVEL}
        order by next_escalation_at
        limit ${limit}
        for update skip locked
      )
      returning id`);
    const ids = rowsOf<{ id: number | string }>(result).map((row) => Number(row.id));
    if (ids.length === 0) return [];
    return this.db.select().from(handoffs).where(inArray(handoffs.id, ids)).orderBy(asc(handoffs.id));
  }

  async recordAlert(alert: Omit<typeof handoffAlerts.$inferInsert, 'id' | 'createdAt'>): Promise<void> {
    await this.db.insert(handoffAlerts).values({ ...alert, createdAt: this.now() });
  }

  async alerts(handoffId: number): Promise<HandoffAlert[]> {
    return this.db.select().from(handoffAlerts).where(eq(handoffAlerts.handoffId, handoffId)).orderBy(asc(handoffAlerts.id));
  }
}
