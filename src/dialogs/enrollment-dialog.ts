import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { setTurnParticipant, turnParticipant } from '../bots/turn-state.js';
import { ASK_NAME_DIALOG, AskNameDialog } from './ask-name-dialog.js';
import { ASK_PLACE_DIALOG, AskPlaceDialog } from './ask-place-dialog.js';
import type { DialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const ENROLLMENT_DIALOG = 'enrollment';
const CONSENT_PROMPT = 'enrollment.consent';
// What the consent step passes on when the person consented before (enrollment begun again after a change of language).
const ALREADY_CONSENTED = 'already-consented';

/** Whether enrollment ended with the person enrolled. */
export interface EnrollmentResult {
  readonly enrolled: boolean;
}

/**
 * A new participant: say plainly this is an automated assistant, ask consent with the
 * wording carriers require and record it, then a preferred name and where they are.
 */
export class EnrollmentDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ENROLLMENT_DIALOG);
    this.addDialog(new YesNoPrompt(CONSENT_PROMPT, true));
    this.addDialog(new AskNameDialog(deps));
    this.addDialog(new AskPlaceDialog(deps));
    this.addDialog(
      new WaterfallDialog(`${ENROLLMENT_DIALOG}.steps`, [
        this.askConsentStep.bind(this),
        this.recordConsentStep.bind(this),
        this.askPlaceStep.bind(this),
        this.finishStep.bind(this),
      ]),
    );
    this.initialDialogId = `${ENROLLMENT_DIALOG}.steps`;
  }

  private async askConsentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Begun again after a change of language, past the consent: go on from the name.
    if (turnParticipant(step.context).status === 'active') return step.next(ALREADY_CONSENTED);
    const text = turnText(step.context);
    return step.prompt(CONSENT_PROMPT, {
      prompt: text.consentAsk(this.deps.program),
      retryPrompt: text.consentRetry,
    });
  }

  private async recordConsentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    if (step.result === ALREADY_CONSENTED) return step.beginDialog(ASK_NAME_DIALOG);
    if (step.result !== true) {
      await step.context.sendActivity(text.consentDeclined(this.deps.program));
      return step.endDialog({ enrolled: false } satisfies EnrollmentResult);
    }
    // The consent recorded is the text shown, in the language it was shown in. Already recorded means
    // this turn is run again (its first run was cut off before the dialog state was written): answer the same.
    if (participant.status !== 'active') {
      setTurnParticipant(step.context, await this.deps.participants.recordConsent(participant.id, text.consentAsk(this.deps.program)));
    }
    return step.beginDialog(ASK_NAME_DIALOG, { lead: text.consentThanks });
  }

  private async askPlaceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(ASK_PLACE_DIALOG);
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const checkInTime = participant.checkInTime ?? this.deps.program.defaultCheckInTime;
    await step.context.sendActivity(turnText(step.context).enrolled(participant.name, checkInTime));
    return step.endDialog({ enrolled: true } satisfies EnrollmentResult);
  }
}
