import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { isDialogActive } from '../../dialogs/commands.js';
import { GOALS_DIALOG } from '../../dialogs/goals-dialog.js';
import { catalogFor } from '../../messages/index.js';
import type { GoalRepository } from '../../store/goals.js';
import type { ScheduledMessageRepository } from '../../store/scheduled-messages.js';
import { turnLocale, turnParticipant, typedText } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

// Whole-message answers to a goal reminder, in the three languages the bot speaks.
const DONE = new Set(['done', 'did it', 'i did it', 'did', 'finished', 'yes done', 'hecho', 'listo', 'lo hice', 'ya lo hice', 'fait', "c'est fait", 'fini']);
const NOT_TODAY = new Set(['not today', 'no not today', 'not today sorry', 'skip today', 'hoy no', 'no hoy', "pas aujourd'hui"]);

// A reminder is answered the same day; a "done" a day later is about something else.
const REPLY_WINDOW_MS = 12 * 60 * 60_000;

/** A short reply reduced to its words: lower case, straight quotes, no punctuation or emoji ("Done! ✅" → "done"). */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[.!?,;:]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The outcome a message reports, if it is a whole-message "done" or "not today". */
export function reminderReplyOf(text: string): 'done' | 'not_today' | undefined {
  const said = normalise(text);
  if (DONE.has(said)) return 'done';
  if (NOT_TODAY.has(said)) return 'not_today';
  return undefined;
}

/** "DONE" or "NOT TODAY" after a goal reminder: recorded against that goal and that occurrence. */
export class ReminderReplyStep implements TurnStep {
  readonly name = 'reminderReply';

  constructor(
    private readonly scheduled: ScheduledMessageRepository,
    private readonly goals: GoalRepository,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const outcome = reminderReplyOf(typedText(context));
    if (!outcome) return 'continue';
    const participant = turnParticipant(context);
    if (participant.status !== 'active') return 'continue';
    // In the goals conversation "done" picks "Mark done" there; that dialog hears it.
    if (isDialogActive(await this.dialogState.get(context), GOALS_DIALOG)) return 'continue';
    const reminder = await this.scheduled.latestGoalReminder(participant.id, new Date(this.now().getTime() - REPLY_WINDOW_MS));
    if (!reminder || reminder.goalId === null) return 'continue';
    const goal = await this.goals.getFor(participant.id, reminder.goalId);
    if (!goal) return 'continue';
    await this.goals.recordOutcome(goal.id, participant.id, reminder.occurrenceKey, outcome);
    const text = catalogFor(turnLocale(context));
    await context.sendActivity(outcome === 'done' ? text.goalOutcomeDone(goal.title) : text.goalOutcomeNotToday(goal.title));
    return 'handled';
  }
}
