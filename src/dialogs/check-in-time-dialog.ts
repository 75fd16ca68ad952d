import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { setTurnParticipant, turnLocale, turnParticipant } from '../bots/turn-state.js';
import { clockInsideWindow } from '../scheduler/delivery-rules.js';
import type { Participant } from '../store/participants.js';
import type { DialogDeps } from './dialog-deps.js';
import { clockTime } from './schedule-answers.js';
import { turnText } from './turn-text.js';
import { isSkip } from './words.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const CHECK_IN_TIME_DIALOG = 'checkInTime';
const TIME_PROMPT = 'checkInTime.time';
const CONFIRM_PROMPT = 'checkInTime.confirm';
// One re-ask with examples, then the time stays as it was rather than nag.
const MAX_ATTEMPTS = 2;

/** The daily check-in invitation's time: read a clock time, confirm it in words, save it and replan. */
export class CheckInTimeDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CHECK_IN_TIME_DIALOG);
    this.addDialog(new TextPrompt(TIME_PROMPT, (prompt) => this.validateTime(prompt)));
    this.addDialog(new YesNoPrompt(CONFIRM_PROMPT));
    this.addDialog(
      new WaterfallDialog(`${CHECK_IN_TIME_DIALOG}.steps`, [this.askStep.bind(this), this.confirmStep.bind(this), this.saveStep.bind(this)]),
    );
    this.initialDialogId = `${CHECK_IN_TIME_DIALOG}.steps`;
  }

  private current(participant: Participant): string {
    return participant.checkInTime ?? this.deps.program.defaultCheckInTime;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    // Asked again after a time outside the window: that message already asked the question.
    const again = (step.options as { again?: boolean } | undefined)?.again === true;
    return step.prompt(TIME_PROMPT, {
      prompt: again ? undefined : text.checkInTimeAsk(this.current(participant), participant.checkInPrompts),
      retryPrompt: text.checkInTimeRetry,
    });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const said = String(step.result ?? '');
    const time = isSkip(said) ? undefined : clockTime(said, turnLocale(step.context));
    if (!time) {
      await step.context.sendActivity(text.checkInTimeKept(this.current(participant)));
      return step.endDialog();
    }
    const { proactiveWindow } = this.deps.program;
    if (!clockInsideWindow(time, proactiveWindow)) {
      await step.context.sendActivity(text.checkInTimeOutsideWindow(time, proactiveWindow));
      return step.replaceDialog(`${CHECK_IN_TIME_DIALOG}.steps`, { again: true });
    }
    (step.values as { time?: string }).time = time;
    return step.prompt(CONFIRM_PROMPT, { prompt: text.checkInTimeConfirm(time), retryPrompt: text.checkInTimeConfirm(time) });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const time = (step.values as { time?: string }).time;
    if (step.result !== true || !time) return step.replaceDialog(`${CHECK_IN_TIME_DIALOG}.steps`);
    const participant = turnParticipant(step.context);
    // Choosing a time for the invitation is asking for it: a person who had turned it off gets it back.
    const updated = await this.deps.participants.updateProfile(participant.id, { checkInTime: time, checkInPrompts: true });
    setTurnParticipant(step.context, updated);
    await this.deps.reminders.checkInChanged(participant.id);
    await step.context.sendActivity(turnText(step.context).checkInTimeSaved(time));
    return step.endDialog();
  }

  private async validateTime(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const value = prompt.recognized.value ?? '';
    if (isSkip(value) || clockTime(value, turnLocale(prompt.context)) !== undefined) return true;
    return prompt.attemptCount >= MAX_ATTEMPTS;
  }
}
