/**
 * What dialogs tell the scheduler when a schedule changes; it then plans the next occurrence
 * (or removes the pending one) so the due-work table always matches the goals and settings.
 */
export interface ReminderPlanning {
  /** After a goal was created or changed: its schedule, paused or resumed, marked done, deleted. */
  goalChanged(goalId: number): Promise<void>;
  /** After a participant's check-in time or prompt on/off changed, or they enrolled or opted back in. */
  checkInChanged(participantId: string): Promise<void>;
  /** After something every schedule of the person depends on changed: their time zone, their consent. */
  participantChanged(participantId: string): Promise<void>;
}
