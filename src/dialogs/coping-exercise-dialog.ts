import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { parseRating } from '../coping/rating.js';
import { HELPED_AT, type CopingTool } from '../coping/tools.js';
import { primaryCrisisLine } from '../messages/index.js';
import type { CopingDialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';
import { isSkip } from './words.js';

export const COPING_EXERCISE_DIALOG = 'copingExercise';
const STEPS = `${COPING_EXERCISE_DIALOG}.steps`;
const STEP_PROMPT = 'copingExercise.step';
const RATING_PROMPT = 'copingExercise.rating';
// One re-ask with the scale, then the rating is left out rather than nag.
const MAX_ATTEMPTS = 2;

/** Which exercise, and which of its messages comes next. */
export interface CopingExerciseOptions {
  readonly tool: CopingTool;
  readonly index?: number;
}

/**
 * One exercise, a message a turn at the person's pace (any reply, SKIP included, goes on);
 * the last one asks "Did that help? 1-5", and the answer is kept to order the tools next time.
 */
export class CopingExerciseDialog extends ComponentDialog {
  constructor(private readonly deps: CopingDialogDeps) {
    super(COPING_EXERCISE_DIALOG);
    this.addDialog(new TextPrompt(STEP_PROMPT));
    this.addDialog(new TextPrompt(RATING_PROMPT, (prompt) => this.readable(prompt)));
    this.addDialog(new WaterfallDialog(STEPS, [this.showStep.bind(this), this.afterStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { tool, index = 0 } = step.options as CopingExerciseOptions;
    const text = turnText(step.context);
    const steps = text.copingTools[tool].steps;
    const said = index === 0 ? `${steps[0] ?? ''} ${text.copingHowTo}` : (steps[index] ?? '');
    if (index < steps.length - 1) return step.prompt(STEP_PROMPT, { prompt: said });
    return step.prompt(RATING_PROMPT, { prompt: `${said} ${text.copingRateAsk}`, retryPrompt: text.copingRateRetry });
  }

  private async afterStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { tool, index = 0 } = step.options as CopingExerciseOptions;
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    if (index < text.copingTools[tool].steps.length - 1) {
      // The same waterfall again, for the next message: an exercise never nests deeper.
      return step.replaceDialog(STEPS, { tool, index: index + 1 } satisfies CopingExerciseOptions);
    }
    const rating = parseRating(String(step.result ?? ''));
    if (rating === undefined) {
      await step.context.sendActivity(text.copingUnrated);
      return step.endDialog();
    }
    await this.deps.ratings.record(participant.id, tool, rating);
    await step.context.sendActivity(rating >= HELPED_AT ? text.copingHelped : text.copingNotHelped(primaryCrisisLine(this.deps.program, participant.region)));
    return step.endDialog();
  }

  private async readable(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const value = prompt.recognized.value ?? '';
    if (isSkip(value) || parseRating(value) !== undefined) return true;
    return prompt.attemptCount >= MAX_ATTEMPTS;
  }
}
