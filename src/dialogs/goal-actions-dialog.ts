import {
  ChoicePrompt,
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { catalogFor, type Catalog } from '../messages/index.js';
import type { Goal } from '../store/goals.js';
import { ASK_SCHEDULE_DIALOG, AskScheduleDialog, type AskScheduleOptions, type ScheduleAnswer } from './ask-schedule-dialog.js';
import { clearChoice } from './choice-validator.js';
import { CHOICE_STYLE } from './choices.js';
import type { GoalDialogDeps } from './dialog-deps.js';
import { scheduleInWords } from './schedule-answers.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const GOAL_ACTIONS_DIALOG = 'goalActions';
const ACTION_PROMPT = 'goalActions.choice';
const DELETE_PROMPT = 'goalActions.confirmDelete';

/** Which goal to act on. */
export interface GoalActionsOptions {
  readonly goalId: number;
}

type Action = 'done' | 'pause' | 'resume' | 'time' | 'delete';

interface Values {
  goalId: number;
  title: string;
  actions: Action[];
  action?: Action;
}

const ACTIONS: Record<Action, { label: (text: Catalog, goal: Goal) => string; synonyms: string[] }> = {
  done: { label: (text) => text.goalMarkDone, synonyms: ['done', 'did it', 'finished', 'complete', 'completed'] },
  pause: { label: (text) => text.goalPause, synonyms: ['pause', 'pause it', 'hold'] },
  resume: { label: (text) => text.goalResume, synonyms: ['resume', 'unpause', 'turn on'] },
  time: {
    label: (text, goal) => (goal.schedule ? text.goalChangeTime : text.goalAddReminder),
    synonyms: ['time', 'change', 'change time', 'reschedule', 'reminder', 'add reminder'],
  },
  delete: { label: (text) => text.goalDelete, synonyms: ['delete', 'delete it', 'remove', 'remove it'] },
};

/** What can be done to a goal now: a goal without reminders has none to pause. */
function actionsFor(goal: Goal): Action[] {
  const reminder: Action[] = goal.schedule ? [goal.remindersPaused ? 'resume' : 'pause'] : [];
  return ['done', ...reminder, 'time', 'delete'];
}

/** One goal picked from the list: mark it done, pause or resume its reminders, change their time, or delete it. */
export class GoalActionsDialog extends ComponentDialog {
  constructor(private readonly deps: GoalDialogDeps) {
    super(GOAL_ACTIONS_DIALOG);
    const choice = new ChoicePrompt(ACTION_PROMPT, clearChoice);
    choice.style = CHOICE_STYLE;
    this.addDialog(choice);
    this.addDialog(new YesNoPrompt(DELETE_PROMPT));
    this.addDialog(new AskScheduleDialog(deps));
    this.addDialog(
      new WaterfallDialog(`${GOAL_ACTIONS_DIALOG}.steps`, [this.chooseStep.bind(this), this.actStep.bind(this), this.finishStep.bind(this)]),
    );
    this.initialDialogId = `${GOAL_ACTIONS_DIALOG}.steps`;
  }

  private async chooseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = catalogFor(participant.locale);
    const { goalId } = step.options as GoalActionsOptions;
    const goal = await this.deps.goals.getFor(participant.id, goalId);
    if (!goal || goal.status !== 'active') return this.gone(step);
    const actions = actionsFor(goal);
    Object.assign(step.values, { goalId, title: goal.title, actions } satisfies Values);
    const words = goal.schedule && scheduleInWords(goal.schedule, participant.locale);
    return step.prompt(ACTION_PROMPT, {
      prompt: text.goalActions(goal.title, words, goal.remindersPaused),
      retryPrompt: text.menuRetry,
      choices: actions.map((action) => ({ value: ACTIONS[action].label(text, goal), synonyms: ACTIONS[action].synonyms })),
    });
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = catalogFor(participant.locale);
    const values = step.values as Values;
    const action = values.actions[(step.result as FoundChoice).index];
    values.action = action;
    switch (action) {
      case 'done': {
        const goal = await this.deps.goals.markDone(participant.id, values.goalId);
        return this.changed(step, goal, (done) => text.goalDone(done.title));
      }
      case 'pause':
      case 'resume': {
        const goal = await this.deps.goals.setPaused(participant.id, values.goalId, action === 'pause');
        return this.changed(step, goal, (changed) =>
          changed.remindersPaused || !changed.schedule
            ? text.goalPaused(changed.title)
            : text.goalResumed(changed.title, scheduleInWords(changed.schedule, participant.locale)),
        );
      }
      case 'time':
        return step.beginDialog(ASK_SCHEDULE_DIALOG, { purpose: 'change' } satisfies AskScheduleOptions);
      case 'delete':
        return step.prompt(DELETE_PROMPT, { prompt: text.goalDeleteConfirm(values.title), retryPrompt: text.goalDeleteConfirm(values.title) });
      default:
        return step.endDialog();
    }
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = catalogFor(participant.locale);
    const values = step.values as Values;
    if (values.action === 'delete') {
      if (step.result !== true) {
        await step.context.sendActivity(text.goalKept(values.title));
        return step.endDialog();
      }
      if (!(await this.deps.goals.delete(participant.id, values.goalId))) return this.gone(step);
      await this.deps.reminders.goalChanged(values.goalId);
      await step.context.sendActivity(text.goalDeleted(values.title));
      return step.endDialog();
    }
    const answer = step.result as ScheduleAnswer;
    if (answer.kind !== 'chosen') {
      await step.context.sendActivity(text.goalUnchanged);
      return step.endDialog();
    }
    const goal = await this.deps.goals.setSchedule(participant.id, values.goalId, answer.schedule);
    return this.changed(step, goal, (changed) => text.goalRescheduled(changed.title, scheduleInWords(answer.schedule, participant.locale)));
  }

  /** After a write: tell the scheduler, then the person; a goal that vanished meanwhile is said plainly. */
  private async changed(step: WaterfallStepContext, goal: Goal | undefined, say: (goal: Goal) => string): Promise<DialogTurnResult> {
    if (!goal) return this.gone(step);
    await this.deps.reminders.goalChanged(goal.id);
    await step.context.sendActivity(say(goal));
    return step.endDialog();
  }

  private async gone(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(catalogFor(turnParticipant(step.context).locale).goalGone);
    return step.endDialog();
  }
}
