import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { isSchedule, type Schedule } from '../scheduler/recurrence.js';
import type { Db } from './database.js';
import { goalOutcomes, goals } from './schema.js';

type GoalRow = typeof goals.$inferSelect;

/** A goal as the rest of the service sees it: the schedule read back as a `Schedule`. */
export type Goal = Omit<GoalRow, 'schedule'> & { readonly schedule: Schedule | null };
export type GoalOutcome = typeof goalOutcomes.$inferSelect;
export type GoalOutcomeKind = GoalOutcome['outcome'];

// A stored schedule this version cannot read is treated as no reminder rather than a crash.
const toGoal = (row: GoalRow): Goal => ({ ...row, schedule: isSchedule(row.schedule) ? row.schedule : null });

/** Goals in the person's own words. Every write names the participant, so nobody can touch another's goal. */
export class GoalRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(participantId: string, title: string, schedule: Schedule | null): Promise<Goal> {
    const [row] = await this.db.insert(goals).values({ participantId, title, schedule, createdAt: this.now() }).returning();
    if (!row) throw new Error('goal not saved');
    return toGoal(row);
  }

  /** Any goal by id: for the scheduler, which acts for whoever owns it. */
  async get(id: number): Promise<Goal | undefined> {
    const [row] = await this.db.select().from(goals).where(eq(goals.id, id));
    return row ? toGoal(row) : undefined;
  }

  /** The goal only if it is this participant's. */
  async getFor(participantId: string, id: number): Promise<Goal | undefined> {
    const [row] = await this.db.select().from(goals).where(owned(participantId, id));
    return row ? toGoal(row) : undefined;
  }

  /** Goals not yet done, oldest first (the order people numbered them in). */
  async listActive(participantId: string): Promise<Goal[]> {
    const rows = await this.db
      .select()
      .from(goals)
      .where(and(eq(goals.participantId, participantId), eq(goals.status, 'active')))
      .orderBy(asc(goals.createdAt), asc(goals.id));
    return rows.map(toGoal);
  }

  /** A new reminder schedule (null: none); reminders resume with it. */
  async setSchedule(participantId: string, id: number, schedule: Schedule | null): Promise<Goal | undefined> {
    return this.update(owned(participantId, id), { schedule, remindersPaused: false });
  }

  async setPaused(participantId: string, id: number, paused: boolean): Promise<Goal | undefined> {
    return this.update(owned(participantId, id), { remindersPaused: paused });
  }

  /** A one-off reminder that has happened: the goal keeps going without one. */
  async clearSpentSchedule(id: number): Promise<void> {
    await this.db.update(goals).set({ schedule: null }).where(and(eq(goals.id, id), sql`${goals.schedule}->>'kind' = 'once'`));
  }

  /** Done: off the list, and no more reminders. */
  async markDone(participantId: string, id: number): Promise<Goal | undefined> {
    return this.update(owned(participantId, id), { status: 'done', doneAt: this.now() });
  }

  /** Deletes the goal with its outcomes and pending reminders; false if it was not theirs. */
  async delete(participantId: string, id: number): Promise<boolean> {
    const deleted = await this.db.delete(goals).where(owned(participantId, id)).returning({ id: goals.id });
    return deleted.length > 0;
  }

  /** "done" or "not today" for one occurrence; a second answer to the same occurrence replaces the first. */
  async recordOutcome(goalId: number, participantId: string, occurrenceKey: string, outcome: GoalOutcomeKind): Promise<GoalOutcome | undefined> {
    if (!(await this.getFor(participantId, goalId))) return undefined;
    const recordedAt = this.now();
    const [row] = await this.db
      .insert(goalOutcomes)
      .values({ goalId, participantId, occurrenceKey, outcome, recordedAt })
      .onConflictDoUpdate({ target: [goalOutcomes.goalId, goalOutcomes.occurrenceKey], set: { outcome, recordedAt } })
      .returning();
    return row;
  }

  /** A goal's outcomes, oldest first. */
  async outcomes(goalId: number): Promise<GoalOutcome[]> {
    return this.db.select().from(goalOutcomes).where(eq(goalOutcomes.goalId, goalId)).orderBy(asc(goalOutcomes.recordedAt), asc(goalOutcomes.id));
  }

  private async update(where: SQL | undefined, changes: Partial<Omit<GoalRow, 'id' | 'participantId'>>): Promise<Goal | undefined> {
    const [row] = await this.db.update(goals).set(changes).where(where).returning();
    return row ? toGoal(row) : undefined;
  }
}

function owned(participantId: string, id: number): SQL | undefined {
  return and(eq(goals.id, id), eq(goals.participantId, participantId));
}
