import {
  ComponentDialog,
  WaterfallDialog,
  type Choice,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnLocale, turnParticipant } from '../bots/turn-state.js';
import { wordsInEveryLanguage, type Catalog, type GoalAction } from '../messages/index.js';
import type { Goal } from '../store/goals.js';
import { ASK_SCHEDULE_DIALOG, AskScheduleDialog, type AskScheduleOptions, type ScheduleAnswer } from './ask-schedule-dialog.js';
import { clearChoicePrompt } from './choice-validator.js';
import { choiceNamed } from './choices.js';
import type { GoalDialogDeps } from './dialog-deps.js';
import { scheduleInWords } from './schedule-answers.js';
import { turnText } from './turn-text.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const GOAL_ACTIONS_DIALOG = 'goalActions';
const ACTION_PROMPT = 'goalActions.choice';
const DELETE_PROMPT = 'goalActions.confirmDelete';

/** Which goal to act on. */
export interface GoalActionsOptions {
  readonly goalId: number;
}

interface Values {
  goalId: number;
  title: string;
  actions: GoalAction[];
  action?: GoalAction;
}

const LABELS: Record<GoalAction, (text: Catalog, goal: Goal) => string> = {
  done: (text) => text.goalMarkDone,
  pause: (text) => text.goalPause,
  resume: (text) => text.goalResume,
  time: (text, goal) => (goal.schedule ? text.goalChangeTime : text.goalAddReminder),
  delete: (text) => text.goalDelete,
};

/** What can be done to a goal now: a goal without reminders has none to pause. */
function actionsFor(goal: Goal): GoalAction[] {
  const reminder: GoalAction[] = goal.schedule ? [goal.remindersPaused ? 'resume' : 'pause'] : [];
  return ['done', ...reminder, 'time', 'delete'];
}

/** An action as an option: its label in the person's language, any of its names in any language. */
function actionChoice(action: GoalAction, text: Catalog, goal: Goal): Choice {
  return choiceNamed(
    LABELS[action](text, goal),
    wordsInEveryLanguage((catalog) => [LABELS[action](catalog, goal), ...catalog.synonyms.goalActions[action]]),
  );
}

/** One goal picked from the list: mark it done, pause or resume its reminders, change their time, or delete it. */
export class GoalActionsDialog extends ComponentDialog {
  constructor(private readonly deps: GoalDialogDeps) {
    super(GOAL_ACTIONS_DIALOG);
    this.addDialog(clearChoicePrompt(ACTION_PROMPT));
    this.addDialog(new YesNoPrompt(DELETE_PROMPT));
    this.addDialog(new AskScheduleDialog(deps));
    this.addDialog(
      new WaterfallDialog(`${GOAL_ACTIONS_DIALOG}.steps`, [this.chooseStep.bind(this), this.actStep.bind(this), this.finishStep.bind(this)]),
    );
    this.initialDialogId = `${GOAL_ACTIONS_DIALOG}.steps`;
  }

  private async chooseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const { goalId } = step.options as GoalActionsOptions;
    const goal = await this.deps.goals.getFor(participant.id, goalId);
    if (!goal || goal.status !== 'active') return this.gone(step);
    const actions = actionsFor(goal);
    Object.assign(step.values, { goalId, title: goal.title, actions } satisfies Values);
    const words = goal.schedule && scheduleInWords(goal.schedule, turnLocale(step.context));
    return step.prompt(ACTION_PROMPT, {
      prompt: text.goalActions(goal.title, words, goal.remindersPaused),
      retryPrompt: text.menuRetry,
      choices: actions.map((action) => actionChoice(action, text, goal)),
    });
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
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
            : text.goalResumed(changed.title, scheduleInWords(changed.schedule, turnLocale(step.context))),
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
    const text = turnText(step.context);
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
    return this.changed(step, goal, (changed) => text.goalRescheduled(changed.title, scheduleInWords(answer.schedule, turnLocale(step.context))));
  }

  /** After a write: tell the scheduler, then the person; a goal that vanished meanwhile is said plainly. */
  private async changed(step: WaterfallStepContext, goal: Goal | undefined, say: (goal: Goal) => string): Promise<DialogTurnResult> {
    if (!goal) return this.gone(step);
    await this.deps.reminders.goalChanged(goal.id);
    await step.context.sendActivity(say(goal));
    return step.endDialog();
  }

  private async gone(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(turnText(step.context).goalGone);
    return step.endDialog();
  }
}
