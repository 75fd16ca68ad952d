import type { ProgramConfig } from '../config.js';
import type { ReminderPlanning } from '../scheduler/reminder-planning.js';
import type { CopingRatingRepository } from '../store/coping-ratings.js';
import type { GoalRepository } from '../store/goals.js';
import type { ParticipantRepository } from '../store/participants.js';
import type { SafetyPlanRepository } from '../store/safety-plans.js';

/** A place the participant named, reduced to what scheduling and crisis lines need. */
export interface PlaceAnswer {
  readonly timeZone: string;
  readonly region: string;
  readonly label: string;
  /** Approximate coordinates, when the place is one (not a time zone). */
  readonly lat?: number;
  readonly lon?: number;
}

/** What dialogs need from the rest of the service, passed in by the composition root. */
export interface DialogDeps {
  readonly program: ProgramConfig;
  readonly participants: ParticipantRepository;
  readonly resolvePlace: (text: string) => PlaceAnswer | undefined;
  /** Told whenever a check-in time or a goal's schedule changes, so due reminders follow. */
  readonly reminders: ReminderPlanning;
}

/** What the goal dialogs need. */
export interface GoalDialogDeps {
  readonly program: ProgramConfig;
  readonly goals: GoalRepository;
  readonly reminders: ReminderPlanning;
  readonly now?: () => Date;
}

/** What the safety plan dialogs need. */
export interface SafetyPlanDialogDeps {
  readonly program: ProgramConfig;
  readonly plans: SafetyPlanRepository;
}

/** What the coping tools need. */
export interface CopingDialogDeps {
  readonly program: ProgramConfig;
  readonly ratings: CopingRatingRepository;
}
