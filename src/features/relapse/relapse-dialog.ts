import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { keptForPeer, turnLocale, turnParticipant } from '../../bots/turn-state.js';
import type { ProgramConfig } from '../../config.js';
import { peerRequestReply } from '../../dialogs/peer-request-dialog.js';
import { turnText } from '../../dialogs/turn-text.js';
import { YesNoPrompt } from '../../dialogs/yes-no-prompt.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import { languageOf } from '../../messages/index.js';
import { relapseAck } from './words.js';

export const RELAPSE_DIALOG = 'relapse';
const OFFER_PROMPT = `${RELAPSE_DIALOG}.peerOffer`;

/**
 * A relapse told outside the check-in: a short, warm word and the offer of a peer; a yes is the
 * ordinary peer request. (Inside the check-in, the check-in reads it: see CheckInDialog.)
 */
export class RelapseDialog extends ComponentDialog {
  constructor(
    private readonly program: ProgramConfig,
    private readonly handoffs: HandoffService,
  ) {
    super(RELAPSE_DIALOG);
    this.addDialog(new YesNoPrompt(OFFER_PROMPT));
    this.addDialog(new WaterfallDialog(`${RELAPSE_DIALOG}.steps`, [this.offerStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = `${RELAPSE_DIALOG}.steps`;
  }

  private async offerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    const ack = relapseAck(languageOf(turnLocale(step.context)));
    // Waiting for a peer already: the words are kept for them, and nobody is offered twice.
    if (keptForPeer(step.context)) {
      await step.context.sendActivity(`${ack} ${text.peerAlreadyRequested}`);
      return step.endDialog();
    }
    return step.prompt(OFFER_PROMPT, { prompt: `${ack} ${text.peerOffer}`, retryPrompt: text.peerOffer });
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    if (step.result !== true) {
      await step.context.sendActivity(text.peerOfferDeclined);
      return step.endDialog();
    }
    const participant = turnParticipant(step.context);
    const outcome = await this.handoffs.request(participant, 'requested');
    await step.context.sendActivity(peerRequestReply(text, this.program, participant, outcome));
    return step.endDialog();
  }
}
