import { and, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from './database.js';
import { scheduledMessages } from './schema.js';

// One advisory lock key for claiming due work (an arbitrary constant, unique in this database).
const CLAIM_LOCK = 74_021_001;

export type ScheduledMessage = typeof scheduledMessages.$inferSelect;
export type ScheduledKind = ScheduledMessage['kind'];
export type NewScheduledMessage = Pick<
  typeof scheduledMessages.$inferInsert,
  'participantId' | 'kind' | 'goalId' | 'occurrenceKey' | 'occurrenceAt' | 'dueAt'
>;

/** Which pending occurrences to remove when a schedule changes. */
export type ScheduleSubject = { readonly goalId: number } | { readonly checkInOf: string };

/** The rows of one schedule: a goal's reminders, or a person's check-in prompts. */
function subjectIs(subject: ScheduleSubject): SQL | undefined {
  return 'goalId' in subject
    ? eq(scheduledMessages.goalId, subject.goalId)
    : and(eq(scheduledMessages.participantId, subject.checkInOf), eq(scheduledMessages.kind, 'check_in_prompt'));
}

/**
 * Due work for proactive messages. Every write that finishes an occurrence is conditional on
 * the claim still being held, so an instance whose lease ran out cannot finish it a second time.
 */
export class ScheduledMessageRepository {
  constructor(private readonly db: Db) {}

  /** Plans one occurrence; false when its key exists already (planned, sent or skipped before). */
  async plan(row: NewScheduledMessage): Promise<boolean> {
    const inserted = await this.db.insert(scheduledMessages).values(row).onConflictDoNothing().returning({ id: scheduledMessages.id });
    return inserted.length > 0;
  }

  /** The row with this occurrence key, if any. */
  async byKey(occurrenceKey: string): Promise<ScheduledMessage | undefined> {
    const [row] = await this.db.select().from(scheduledMessages).where(eq(scheduledMessages.occurrenceKey, occurrenceKey));
    return row;
  }

  /** Removes the pending occurrences of a goal or of a person's check-in prompt (one being sent right now is left alone). */
  async removePending(subject: ScheduleSubject, now: Date): Promise<void> {
    const which = subjectIs(subject);
    await this.db
      .delete(scheduledMessages)
      .where(
        and(
          which,
          eq(scheduledMessages.status, 'pending'),
          sql`(${scheduledMessages.leaseUntil} is null or ${scheduledMessages.leaseUntil} < ${now})`,
        ),
      );
  }

  /**
   * Claims up to `limit` due occurrences for `owner` until the lease ends, at most one per person
   * and none for a person whose earlier occurrence is still held anywhere: a person's messages are
   * then decided one after another, which keeps the daily limit exact across instances. Claims
   * are serialised by a transaction-scoped advisory lock; each takes milliseconds.
   */
  async claimDue(owner: string, now: Date, leaseMs: number, limit: number): Promise<ScheduledMessage[]> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const result = await this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`);
      return tx.execute(sql`
        with candidates as (
          select id, participant_id, due_at from scheduled_messages m
          where m.status = 'pending' and m.due_at <= ${now} and (m.lease_until is null or m.lease_until < ${now})
            and not exists (
              select 1 from scheduled_messages held
              where held.participant_id = m.participant_id and held.status = 'pending' and held.lease_until >= ${now}
            )
          order by m.due_at
          limit ${limit * 4}
        ), firsts as (
          select distinct on (participant_id) id, due_at from candidates order by participant_id, due_at, id
        )
        update scheduled_messages set claimed_by = ${owner}, lease_until = ${leaseUntil}, attempts = attempts + 1
        where id in (select id from firsts order by due_at limit ${limit})
        returning id, participant_id as "participantId", kind, goal_id as "goalId", occurrence_key as "occurrenceKey",
          occurrence_at as "occurrenceAt", due_at as "dueAt", status, skip_reason as "skipReason", attempts,
          claimed_by as "claimedBy", lease_until as "leaseUntil", sent_at as "sentAt", done_at as "doneAt"`);
    });
    return rowsOf<Record<string, unknown>>(result).map(toScheduledMessage);
  }

  /** Records the occurrence as sent, if `owner` still holds it; false when the claim was lost. */
  async markSent(id: number, owner: string, now: Date): Promise<boolean> {
    return this.finish(id, owner, { status: 'sent', sentAt: now, doneAt: now });
  }

  /** Records why the occurrence was not sent, if `owner` still holds it. */
  async markSkipped(id: number, owner: string, reason: string, now: Date): Promise<boolean> {
    return this.finish(id, owner, { status: 'skipped', skipReason: reason, doneAt: now });
  }

  /** Undoes `markSent` for an occurrence whose send then failed, so it is tried again (still held by `owner`). */
  async reopen(id: number, owner: string): Promise<void> {
    await this.db
      .update(scheduledMessages)
      .set({ status: 'pending', sentAt: null, doneAt: null })
      .where(and(eq(scheduledMessages.id, id), eq(scheduledMessages.claimedBy, owner), eq(scheduledMessages.status, 'sent')));
  }

  /** Moves a held occurrence to a later time (the start of the person's window) and lets it go. */
  async defer(id: number, owner: string, dueAt: Date): Promise<void> {
    await this.db
      .update(scheduledMessages)
      .set({ dueAt, claimedBy: null, leaseUntil: null })
      .where(and(eq(scheduledMessages.id, id), eq(scheduledMessages.claimedBy, owner), eq(scheduledMessages.status, 'pending')));
  }

  /** Lets a held occurrence go so it is tried again from `dueAt` (a send that failed for now). */
  async release(id: number, owner: string, dueAt: Date): Promise<void> {
    await this.defer(id, owner, dueAt);
  }

  /** How many proactive messages went to the person since `since` (the start of their local day). */
  async sentSince(participantId: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(scheduledMessages)
      .where(and(eq(scheduledMessages.participantId, participantId), gte(scheduledMessages.sentAt, since)));
    return row?.count ?? 0;
  }

  /** The latest goal reminder sent to the person since `since`: what a "done" or "not today" answers. */
  async latestGoalReminder(participantId: string, since: Date): Promise<ScheduledMessage | undefined> {
    const [row] = await this.db
      .select()
      .from(scheduledMessages)
      .where(
        and(
          eq(scheduledMessages.participantId, participantId),
          eq(scheduledMessages.kind, 'goal_reminder'),
          eq(scheduledMessages.status, 'sent'),
          gte(scheduledMessages.sentAt, since),
        ),
      )
      .orderBy(desc(scheduledMessages.sentAt))
      .limit(1);
    return row;
  }

  /**
   * Schedules that should have a pending occurrence and have none: active goals with reminders,
   * and consented people with the daily prompt on. Normally empty; after a crash between
   * finishing an occurrence and planning the next, or for rows from before the table, it is not.
   */
  async unplanned(limit: number): Promise<{ goalIds: number[]; checkInParticipantIds: string[] }> {
    const goalRows = await this.db.execute(sql`
      select g.id from goals g
      where g.status = 'active' and not g.reminders_paused and g.schedule is not null
        and not exists (select 1 from scheduled_messages s where s.goal_id = g.id and s.status = 'pending')
      limit ${limit}`);
    const checkInRows = await this.db.execute(sql`
      select p.id from participants p
      where p.check_in_prompts and p.consent_at is not null
        and not exists (
          select 1 from scheduled_messages s where s.participant_id = p.id and s.kind = 'check_in_prompt' and s.status = 'pending'
        )
      limit ${limit}`);
    return {
      goalIds: rowsOf<{ id: number | string }>(goalRows).map((row) => Number(row.id)),
      checkInParticipantIds: rowsOf<{ id: string }>(checkInRows).map((row) => row.id),
    };
  }

  /** Forgets finished occurrences older than `before`; returns how many. */
  async prune(before: Date): Promise<number> {
    const removed = await this.db
      .delete(scheduledMessages)
      .where(and(inArray(scheduledMessages.status, ['sent', 'skipped']), lt(scheduledMessages.doneAt, before)))
      .returning({ id: scheduledMessages.id });
    return removed.length;
  }

  /** Pending occurrences of a goal or of a person's check-in prompt, soonest first (tests and operators). */
  async pending(subject: ScheduleSubject): Promise<ScheduledMessage[]> {
    const which = subjectIs(subject);
    return this.db
      .select()
      .from(scheduledMessages)
      .where(and(which, eq(scheduledMessages.status, 'pending'), isNull(scheduledMessages.doneAt)))
      .orderBy(scheduledMessages.dueAt);
  }

  private async finish(id: number, owner: string, changes: Partial<typeof scheduledMessages.$inferInsert>): Promise<boolean> {
    const updated = await this.db
      .update(scheduledMessages)
      .set({ ...changes, leaseUntil: null })
      .where(and(eq(scheduledMessages.id, id), eq(scheduledMessages.claimedBy, owner), eq(scheduledMessages.status, 'pending')))
      .returning({ id: scheduledMessages.id });
    return updated.length > 0;
  }
}

// Raw rows from `execute` carry timestamps as strings on some drivers and ids as strings for bigints.
function toScheduledMessage(row: Record<string, unknown>): ScheduledMessage {
  const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));
  return {
    ...(row as ScheduledMessage),
    id: Number(row.id),
    goalId: row.goalId === null || row.goalId === undefined ? null : Number(row.goalId),
    occurrenceAt: new Date(row.occurrenceAt as string),
    dueAt: new Date(row.dueAt as string),
    leaseUntil: date(row.leaseUntil),
    sentAt: date(row.sentAt),
    doneAt: date(row.doneAt),
  };
}
