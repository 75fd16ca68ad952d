import {
  ChoicePrompt,
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { catalogFor, type Catalog } from '../messages/index.js';
import type { Participant } from '../store/participants.js';
import { ASK_NAME_DIALOG, AskNameDialog } from './ask-name-dialog.js';
import { ASK_PLACE_DIALOG, AskPlaceDialog } from './ask-place-dialog.js';
import { CHECK_IN_PROMPTS_DIALOG, CheckInPromptsDialog } from './check-in-prompts-dialog.js';
import { CHECK_IN_TIME_DIALOG, CheckInTimeDialog } from './check-in-time-dialog.js';
import { clearChoice } from './choice-validator.js';
import { CHOICE_STYLE } from './choices.js';
import type { DialogDeps } from './dialog-deps.js';

export const SETTINGS_DIALOG = 'settings';
const SETTING_PROMPT = 'settings.choice';

interface Setting {
  label(text: Catalog, participant: Participant): string;
  readonly synonyms: readonly string[];
  readonly dialogId: string;
  /** Whether its dialog says what it saved; the others get a plain "Saved." */
  readonly confirmsItself: boolean;
}

const SETTINGS: readonly Setting[] = [
  { label: (text) => text.settingName, synonyms: ['my name', 'nombre', 'nom'], dialogId: ASK_NAME_DIALOG, confirmsItself: false },
  {
    label: (text) => text.settingPlace,
    synonyms: ['time zone', 'city', 'zip', 'place', 'ciudad', 'ville'],
    dialogId: ASK_PLACE_DIALOG,
    confirmsItself: false,
  },
  {
    label: (text) => text.settingCheckInTime,
    synonyms: ['check in time', 'checkin time', 'check-in hour', 'hora', 'heure'],
    dialogId: CHECK_IN_TIME_DIALOG,
    confirmsItself: true,
  },
  {
    label: (text, participant) => text.settingCheckInToggle(participant.checkInPrompts),
    synonyms: ['daily check-in', 'daily check in', 'turn off', 'turn on', 'check-in off', 'check-in on'],
    dialogId: CHECK_IN_PROMPTS_DIALOG,
    confirmsItself: true,
  },
];

/** Change the name or the place (time zone) given at enrollment, the daily check-in's time, or turn it off and on. */
export class SettingsDialog extends ComponentDialog {
  constructor(deps: DialogDeps) {
    super(SETTINGS_DIALOG);
    const prompt = new ChoicePrompt(SETTING_PROMPT, clearChoice);
    prompt.style = CHOICE_STYLE;
    this.addDialog(prompt);
    this.addDialog(new AskNameDialog(deps));
    this.addDialog(new AskPlaceDialog(deps));
    this.addDialog(new CheckInTimeDialog(deps));
    this.addDialog(new CheckInPromptsDialog(deps));
    this.addDialog(
      new WaterfallDialog(`${SETTINGS_DIALOG}.steps`, [this.chooseStep.bind(this), this.changeStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = `${SETTINGS_DIALOG}.steps`;
  }

  private async chooseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = catalogFor(participant.locale);
    return step.prompt(SETTING_PROMPT, {
      prompt: text.settingsPrompt,
      retryPrompt: text.menuRetry,
      choices: SETTINGS.map((setting) => ({ value: setting.label(text, participant), synonyms: [...setting.synonyms] })),
    });
  }

  private async changeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const setting = SETTINGS[(step.result as FoundChoice).index];
    if (!setting) return step.endDialog();
    (step.values as { confirmsItself?: boolean }).confirmsItself = setting.confirmsItself;
    return step.beginDialog(setting.dialogId);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((step.values as { confirmsItself?: boolean }).confirmsItself !== true) {
      await step.context.sendActivity(catalogFor(turnParticipant(step.context).locale).settingsSaved);
    }
    return step.endDialog();
  }
}
