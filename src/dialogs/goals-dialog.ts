import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnLocale, turnParticipant } from '../bots/turn-state.js';
import { wordsInEveryLanguage } from '../messages/index.js';
import { clearChoicePrompt } from './choice-validator.js';
import { choiceNamed } from './choices.js';
import { commandText } from './commands.js';
import type { GoalDialogDeps } from './dialog-deps.js';
import { GOAL_ACTIONS_DIALOG, GoalActionsDialog, type GoalActionsOptions } from './goal-actions-dialog.js';
import { NEW_GOAL_DIALOG, NewGoalDialog } from './new-goal-dialog.js';
import { scheduleInWords } from './schedule-answers.js';
import { turnText } from './turn-text.js';

export const GOALS_DIALOG = 'goals';
const PICK_PROMPT = 'goals.pick';

/** Whole messages that ask for a new goal rather than the list. */
export const NEW_GOAL_REQUEST = /^(new goal|add (a )?goal|set (a )?goal|make (a )?goal|nueva meta|nuevo objetivo|nouvel objectif)$/i;

// Option values must differ, or two goals written alike would be one option.
function distinct(labels: readonly string[], taken: readonly string[]): string[] {
  const seen = new Set(taken.map((label) => label.toLowerCase()));
  return labels.map((label) => {
    let unique = label;
    for (let n = 2; seen.has(unique.toLowerCase()); n += 1) unique = `${label} (${n})`;
    seen.add(unique.toLowerCase());
    return unique;
  });
}

/** "My goals": the active goals with their reminders in words, to act on one or add a new one. */
export class GoalsDialog extends ComponentDialog {
  constructor(private readonly deps: GoalDialogDeps) {
    super(GOALS_DIALOG);
    this.addDialog(clearChoicePrompt(PICK_PROMPT));
    this.addDialog(new NewGoalDialog(deps));
    this.addDialog(new GoalActionsDialog(deps));
    this.addDialog(new WaterfallDialog(`${GOALS_DIALOG}.steps`, [this.listStep.bind(this), this.pickStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = `${GOALS_DIALOG}.steps`;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const goals = await this.deps.goals.listActive(participant.id);
    if (goals.length === 0 || NEW_GOAL_REQUEST.test(commandText(step.context.activity.text))) return step.beginDialog(NEW_GOAL_DIALOG);
    (step.values as { ids?: number[] }).ids = goals.map((goal) => goal.id);
    const lines = goals.map((goal) =>
      text.goalLine(goal.title, goal.schedule && scheduleInWords(goal.schedule, turnLocale(step.context)), goal.remindersPaused),
    );
    return step.prompt(PICK_PROMPT, {
      prompt: text.goalsIntro,
      retryPrompt: text.menuRetry,
      choices: [
        ...distinct(lines, [text.goalNew]).map((value) => ({ value })),
        choiceNamed(text.goalNew, wordsInEveryLanguage((catalog) => [catalog.goalNew, ...catalog.synonyms.newGoal])),
      ],
    });
  }

  private async pickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const ids = (step.values as { ids?: number[] }).ids;
    // Straight from an empty list to a new goal: that dialog has already ended.
    if (!ids) return step.endDialog(step.result);
    const goalId = ids[(step.result as FoundChoice).index];
    if (goalId === undefined) return step.beginDialog(NEW_GOAL_DIALOG);
    return step.beginDialog(GOAL_ACTIONS_DIALOG, { goalId } satisfies GoalActionsOptions);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }
}
