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
    if (plan) await this.planAfter(plan, now);
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
    await this.planAfter(plan, finished.occurrenceAt > now ? finished.occurrenceAt : now);
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

  private async planAfter(plan: Plan, after: Date): Promise<void> {
    let from = after;
    for (let step = 0; step < MAX_KEY_STEPS; step += 1) {
      const occurrence = nextOccurrence(plan.schedule, from, plan.zone);
      if (!occurrence) return;
      const occurrenceKey = plan.keyOf(occurrence);
      const row = { participantId: plan.participantId, kind: plan.kind, goalId: plan.goalId, occurrenceKey, occurrenceAt: occurrence.at, dueAt: occurrence.at };
      if (await this.scheduled.plan(row)) return;
      const existing = await this.scheduled.byKey(occurrenceKey);
      if (!existing || existing.status === 'pending') return;
      from = occurrence.at;
    }
  }

  private zoneOf(participant: Participant): string {
    return participant.timeZone ?? this.program.defaultTimeZone;
  }
}
