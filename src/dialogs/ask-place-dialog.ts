import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { setTurnParticipant, turnParticipant } from '../bots/turn-state.js';
import { isLocal } from '../resources/request.js';
import type { DialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';
import { isSkip } from './words.js';

export const ASK_PLACE_DIALOG = 'askPlace';
const PLACE_PROMPT = 'askPlace.prompt';
// One re-ask with examples, then move on with the program's default rather than nag.
const MAX_ATTEMPTS = 2;

/** Asks where the person is (city, ZIP/postal code or zone) and saves time zone and region. */
export class AskPlaceDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ASK_PLACE_DIALOG);
    this.addDialog(new TextPrompt(PLACE_PROMPT, (prompt) => this.validatePlace(prompt)));
    this.addDialog(new WaterfallDialog(`${ASK_PLACE_DIALOG}.steps`, [this.askStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = `${ASK_PLACE_DIALOG}.steps`;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    return step.prompt(PLACE_PROMPT, { prompt: text.askPlace, retryPrompt: text.placeRetry });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const place = this.deps.resolvePlace(String(step.result ?? ''));
    if (place) {
      // A town or postal code is also where "near me" is for a resource lookup; a zone name is not.
      const near = isLocal(place) ? { placeLabel: place.label, placeRegion: place.region, placeLat: place.lat, placeLon: place.lon } : {};
      setTurnParticipant(step.context, await this.deps.participants.updateProfile(participant.id, { timeZone: place.timeZone, region: place.region, ...near }));
      // Reminders follow the person to their new time zone.
      await this.deps.reminders.participantChanged(participant.id);
      await step.context.sendActivity(text.placeConfirmed(place.label));
      return step.endDialog(place);
    }
    if (!participant.timeZone) {
      const { defaultTimeZone, defaultRegion } = this.deps.program;
      setTurnParticipant(step.context, await this.deps.participants.updateProfile(participant.id, { timeZone: defaultTimeZone, region: defaultRegion }));
      await this.deps.reminders.participantChanged(participant.id);
      await step.context.sendActivity(text.placeDefaulted(defaultTimeZone.replace(/_/g, ' ')));
    }
    return step.endDialog(undefined);
  }

  private async validatePlace(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const value = prompt.recognized.value ?? '';
    if (isSkip(value) || this.deps.resolvePlace(value) !== undefined) return true;
    return prompt.attemptCount >= MAX_ATTEMPTS;
  }
}
