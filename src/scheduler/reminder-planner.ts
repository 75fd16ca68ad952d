import { DateTime } from 'luxon';
import type { ProgramConfig } from '../config.js';
import type { Participant } from '../store/participants.js';
import type { ScheduledKind, ScheduledMessage, ScheduledMessageRepository } from '../store/scheduled-messages.js';
import type { goals } from '../store/schema.js';
import { dailyAt, isSchedule, nextOccurrence, type Occurrence, type Schedule } from './recurrence.js';
import type { ReminderPlanning } from './reminder-planning.js';

type Goal = typeof goals.$inferSelect;

/** What the planner reads: the goal and the person a schedule belongs to. */
export interface PlannerSources {
  readonly goal: (goalId: number) => Promise<Goal | undefined>;
  readonly participant: (participantId: string) => Promise<Participant | undefined>;
  /** The person's goals that may have reminders. */
  readonly goalIds: (participantId: string) => Promise<readonly number[]>;
  /** Forgets a one-off reminder that has happened, so the goal reads "no reminder" and is not planned again. */
  readonly scheduleSpent: (goalId: number) => Promise<void>;
}

/** One schedule to plan: whose, what kind, and how an occurrence is keyed. */
interface Plan {
  readonly participantId: string;
  readonly kind: ScheduledKind;
  readonly goalId: number | null;
  readonly schedule: Schedule;
  readonly zone: string;
  readonly keyOf: (occurrence: Occurrence) => string;
}

// An occurrence key already used (sent or skipped) moves planning on to the next one; a few
// steps are enough for any schedule at most daily.
const MAX_KEY_STEPS = 5;

/**
 * Keeps exactly one pending occurrence per schedule in the due-work table: the next one, in the
 * person's time zone. Called when a schedule changes and after each occurrence is finished.
 */
export class ReminderPlanner implements ReminderPlanning {
  constructor(
    private readonly scheduled: ScheduledMessageRepository,
    private readonly sources: PlannerSources,
    private readonly program: ProgramConfig,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async goalChanged(goalId: number): Promise<void> {
    const now = this.now();
    await this.scheduled.removePending({ goalId }, now);
    const plan = await this.goalPlan(goalId);
    if (plan && !(await this.planAfter(plan, now)) && plan.schedule.kind === 'once') await this.sources.scheduleSpent(goalId);
  }

  async checkInChanged(participantId: string): Promise<void> {
    const now = this.now();
    await this.scheduled.removePending({ checkInOf: participantId }, now);
    const plan = await this.checkInPlan(participantId);
    if (plan) await this.planAfter(plan, now);
  }

  async participantChanged(participantId: string): Promise<void> {
    await this.checkInChanged(participantId);
    for (const goalId of await this.sources.goalIds(participantId)) await this.goalChanged(goalId);
  }

  /** Plans the occurrence after a finished one, from the schedule as it is now. */
  async planNext(finished: ScheduledMessage): Promise<void> {
    const plan =
      finished.kind === 'goal_reminder' && finished.goalId !== null
        ? await this.goalPlan(finished.goalId)
        : await this.checkInPlan(finished.participantId);
    if (!plan) return;
    const now = this.now();
    const planned = await this.planAfter(plan, finished.occurrenceAt > now ? finished.occurrenceAt : now);
    if (!planned && plan.schedule.kind === 'once' && plan.goalId !== null) await this.sources.scheduleSpent(plan.goalId);
  }

  /**
   * Plans every schedule that has no pending occurrence (see ScheduledMessageRepository.unplanned);
   * runs at start and hourly, so a crash between sending and planning costs one occurrence, not a goal's reminders.
   */
  async reconcile(batch = 500): Promise<number> {
    let planned = 0;
    for (;;) {
      const { goalIds, checkInParticipantIds } = await this.scheduled.unplanned(batch);
      for (const goalId of goalIds) await this.goalChanged(goalId);
      for (const participantId of checkInParticipantIds) await this.checkInChanged(participantId);
      planned += goalIds.length + checkInParticipantIds.length;
      // A schedule with no next occurrence stays unplanned; one pass over a full batch is enough then.
      if (goalIds.length < batch && checkInParticipantIds.length < batch) return planned;
      if (planned >= batch * 20) return planned;
    }
  }

  private async goalPlan(goalId: number): Promise<Plan | undefined> {
    const goal = await this.sources.goal(goalId);
    if (!goal || goal.status !== 'active' || goal.remindersPaused || !isSchedule(goal.schedule)) return undefined;
    const participant = await this.sources.participant(goal.participantId);
    if (!participant) return undefined;
    return {
      participantId: participant.id,
      kind: 'goal_reminder',
      goalId,
      schedule: goal.schedule,
      zone: this.zoneOf(participant),
      keyOf: (occurrence) => `goal:${goalId}:${occurrence.local}`,
    };
  }

  private async checkInPlan(participantId: string): Promise<Plan | undefined> {
    const participant = await this.sources.participant(participantId);
    if (!participant || !participant.checkInPrompts || participant.consentAt === null) return undefined;
    const zone = this.zoneOf(participant);
    return {
      participantId,
      kind: 'check_in_prompt',
      goalId: null,
      schedule: dailyAt(participant.checkInTime ?? this.program.defaultCheckInTime),
      zone,
      // One invitation per local day, whatever time it moves to: a day is never asked about twice.
      keyOf: (occurrence) => `checkin:${participantId}:${DateTime.fromJSDate(occurrence.at, { zone }).toISODate()}`,
    };
  }

  /** Plans the first occurrence after `after` whose key is unused; false when the schedule has none left. */
  private async planAfter(plan: Plan, after: Date): Promise<boolean> {
    let from = after;
    for (let step = 0; step < MAX_KEY_STEPS; step += 1) {
      const occurrence = nextOccurrence(plan.schedule, from, plan.zone);
      if (!occurrence) return false;
      const occurrenceKey = plan.keyOf(occurrence);
      const row = { participantId: plan.participantId, kind: plan.kind, goalId: plan.goalId, occurrenceKey, occurrenceAt: occurrence.at, dueAt: occurrence.at };
      if (await this.scheduled.plan(row)) return true;
      const existing = await this.scheduled.byKey(occurrenceKey);
      if (!existing || existing.status === 'pending') return true;
      from = occurrence.at;
    }
    return false;
  }

  private zoneOf(participant: Participant): string {
    return participant.timeZone ?? this.program.defaultTimeZone;
  }
}
