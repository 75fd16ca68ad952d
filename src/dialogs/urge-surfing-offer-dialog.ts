import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { COPING_TOOLS_DIALOG, CopingToolsDialog, type CopingToolsOptions } from './coping-tools-dialog.js';
import type { CopingDialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const URGE_SURFING_OFFER_DIALOG = 'urgeSurfingOffer';
const OFFER_PROMPT = 'urgeSurfingOffer.confirm';

/** What to say before the offer (a check-in's reflection), if anything. */
export interface UrgeSurfingOfferOptions {
  readonly lead?: string;
}

/** After a strong craving: urge surfing offered, never forced; yes starts it. */
export class UrgeSurfingOfferDialog extends ComponentDialog {
  constructor(deps: CopingDialogDeps) {
    super(URGE_SURFING_OFFER_DIALOG);
    this.addDialog(new YesNoPrompt(OFFER_PROMPT));
    this.addDialog(new CopingToolsDialog(deps));
    this.addDialog(new WaterfallDialog(`${URGE_SURFING_OFFER_DIALOG}.steps`, [this.offerStep.bind(this), this.answerStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = `${URGE_SURFING_OFFER_DIALOG}.steps`;
  }

  private async offerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    const lead = (step.options as UrgeSurfingOfferOptions | undefined)?.lead;
    return step.prompt(OFFER_PROMPT, { prompt: lead ? `${lead} ${text.urgeSurfingOffer}` : text.urgeSurfingOffer, retryPrompt: text.urgeSurfingOffer });
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === true) return step.beginDialog(COPING_TOOLS_DIALOG, { tool: 'urgeSurfing' } satisfies CopingToolsOptions);
    await step.context.sendActivity(turnText(step.context).urgeSurfingDeclined);
    return step.endDialog();
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }
}
