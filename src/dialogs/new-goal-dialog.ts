import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnLocale, turnParticipant } from '../bots/turn-state.js';
import { ASK_SCHEDULE_DIALOG, AskScheduleDialog, type AskScheduleOptions, type ScheduleAnswer } from './ask-schedule-dialog.js';
import type { GoalDialogDeps } from './dialog-deps.js';
import { scheduleInWords } from './schedule-answers.js';
import { turnText } from './turn-text.js';
import { isSkip } from './words.js';

export const NEW_GOAL_DIALOG = 'newGoal';
const TITLE_PROMPT = 'newGoal.title';
const MAX_TITLE = 120;

/** A goal title as the person wrote it, tidied of control characters and runs of spaces; undefined if empty or too long. */
export function cleanGoalTitle(text: string | undefined): string | undefined {
  const title = (text ?? '').replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim();
  if (title.length === 0 || [...title].length > MAX_TITLE) return undefined;
  return title;
}

/** A goal in the person's own words, then, if they want one, a reminder schedule they confirm. */
export class NewGoalDialog extends ComponentDialog {
  constructor(private readonly deps: GoalDialogDeps) {
    super(NEW_GOAL_DIALOG);
    this.addDialog(new TextPrompt(TITLE_PROMPT, (prompt) => this.validateTitle(prompt)));
    this.addDialog(new AskScheduleDialog(deps));
    this.addDialog(
      new WaterfallDialog(`${NEW_GOAL_DIALOG}.steps`, [this.askTitleStep.bind(this), this.askScheduleStep.bind(this), this.saveStep.bind(this)]),
    );
    this.initialDialogId = `${NEW_GOAL_DIALOG}.steps`;
  }

  private async askTitleStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    return step.prompt(TITLE_PROMPT, { prompt: text.goalAskTitle, retryPrompt: text.goalTitleRetry });
  }

  private async askScheduleStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = String(step.result ?? '');
    if (isSkip(said)) {
      await step.context.sendActivity(turnText(step.context).goalNotAdded);
      return step.endDialog();
    }
    (step.values as { title?: string }).title = cleanGoalTitle(said);
    return step.beginDialog(ASK_SCHEDULE_DIALOG, { purpose: 'new' } satisfies AskScheduleOptions);
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const title = (step.values as { title?: string }).title ?? '';
    const answer = step.result as ScheduleAnswer;
    const schedule = answer.kind === 'chosen' ? answer.schedule : null;
    const goal = await this.deps.goals.create(participant.id, title, schedule);
    await this.deps.reminders.goalChanged(goal.id);
    await step.context.sendActivity(
      answer.kind === 'unread' ? text.goalSavedUnread(title) : text.goalSaved(title, schedule && scheduleInWords(schedule, turnLocale(step.context))),
    );
    return step.endDialog(goal.id);
  }

  private async validateTitle(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const value = prompt.recognized.value;
    return prompt.recognized.succeeded && (isSkip(value) || cleanGoalTitle(value) !== undefined);
  }
}
