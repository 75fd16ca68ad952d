import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import type { ProgramConfig } from '../config.js';
import { primaryCrisisLine } from '../messages/index.js';
import { turnText } from './turn-text.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const ERASE_DATA_DIALOG = 'eraseData';
const CONFIRM_PROMPT = 'eraseData.confirm';

/** Erases everything about the participant of a turn (and stops that turn saving state). */
export type EraseParticipant = (context: TurnContext) => Promise<void>;

/** "DELETE MY DATA": confirm, then erase the person and everything that refers to them. */
export class EraseDataDialog extends ComponentDialog {
  constructor(
    private readonly program: ProgramConfig,
    private readonly erase: EraseParticipant,
  ) {
    super(ERASE_DATA_DIALOG);
    // Erasing cannot be undone: only a plain yes erases.
    this.addDialog(new YesNoPrompt(CONFIRM_PROMPT, true));
    this.addDialog(new WaterfallDialog(`${ERASE_DATA_DIALOG}.steps`, [this.confirmStep.bind(this), this.eraseStep.bind(this)]));
    this.initialDialogId = `${ERASE_DATA_DIALOG}.steps`;
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    return step.prompt(CONFIRM_PROMPT, { prompt: text.eraseConfirm, retryPrompt: text.eraseConfirm });
  }

  private async eraseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    if (step.result !== true) {
      await step.context.sendActivity(text.eraseKept);
      return step.endDialog();
    }
    await this.erase(step.context);
    await step.context.sendActivity(text.eraseDone(primaryCrisisLine(this.program, participant.region)));
    return step.endDialog();
  }
}
