import {
  ChoicePrompt,
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { catalogFor } from '../messages/index.js';
import { ASK_NAME_DIALOG, AskNameDialog } from './ask-name-dialog.js';
import { ASK_PLACE_DIALOG, AskPlaceDialog } from './ask-place-dialog.js';
import { clearChoice } from './choice-validator.js';
import { CHOICE_STYLE } from './choices.js';
import type { DialogDeps } from './dialog-deps.js';

export const SETTINGS_DIALOG = 'settings';
const SETTING_PROMPT = 'settings.choice';

const SETTINGS = [
  { value: 'Name', synonyms: ['my name', 'nombre', 'nom'], dialogId: ASK_NAME_DIALOG },
  { value: 'Location', synonyms: ['time zone', 'city', 'zip', 'place', 'ciudad', 'ville'], dialogId: ASK_PLACE_DIALOG },
] as const;

/** Change the name or the place (time zone) given at enrollment. */
export class SettingsDialog extends ComponentDialog {
  constructor(deps: DialogDeps) {
    super(SETTINGS_DIALOG);
    const prompt = new ChoicePrompt(SETTING_PROMPT, clearChoice);
    prompt.style = CHOICE_STYLE;
    this.addDialog(prompt);
    this.addDialog(new AskNameDialog(deps));
    this.addDialog(new AskPlaceDialog(deps));
    this.addDialog(
      new WaterfallDialog(`${SETTINGS_DIALOG}.steps`, [this.chooseStep.bind(this), this.changeStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = `${SETTINGS_DIALOG}.steps`;
  }

  private async chooseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = catalogFor(turnParticipant(step.context).locale);
    return step.prompt(SETTING_PROMPT, {
      prompt: text.settingsPrompt,
      retryPrompt: text.menuRetry,
      choices: SETTINGS.map(({ value, synonyms }) => ({ value, synonyms: [...synonyms] })),
    });
  }

  private async changeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const setting = SETTINGS[(step.result as FoundChoice).index];
    return setting ? step.beginDialog(setting.dialogId) : step.endDialog();
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(catalogFor(turnParticipant(step.context).locale).settingsSaved);
    return step.endDialog();
  }
}
