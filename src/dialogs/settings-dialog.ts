import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { wordsInEveryLanguage, type Catalog, type SettingKey } from '../messages/index.js';
import type { Participant } from '../store/participants.js';
import { ASK_NAME_DIALOG, AskNameDialog } from './ask-name-dialog.js';
import { ASK_PLACE_DIALOG, AskPlaceDialog } from './ask-place-dialog.js';
import { CHECK_IN_PROMPTS_DIALOG, CheckInPromptsDialog } from './check-in-prompts-dialog.js';
import { CHECK_IN_TIME_DIALOG, CheckInTimeDialog } from './check-in-time-dialog.js';
import { clearChoicePrompt } from './choice-validator.js';
import { choiceNamed } from './choices.js';
import type { DialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';

export const SETTINGS_DIALOG = 'settings';
const SETTING_PROMPT = 'settings.choice';

interface Setting {
  readonly key: SettingKey;
  label(text: Catalog, participant: Participant): string;
  readonly dialogId: string;
  /** Whether its dialog says what it saved; the others get a plain "Saved." */
  readonly confirmsItself: boolean;
}

const SETTINGS: readonly Setting[] = [
  { key: 'name', label: (text) => text.settingName, dialogId: ASK_NAME_DIALOG, confirmsItself: false },
  { key: 'place', label: (text) => text.settingPlace, dialogId: ASK_PLACE_DIALOG, confirmsItself: false },
  { key: 'checkInTime', label: (text) => text.settingCheckInTime, dialogId: CHECK_IN_TIME_DIALOG, confirmsItself: true },
  {
    key: 'checkInToggle',
    label: (text, participant) => text.settingCheckInToggle(participant.checkInPrompts),
    dialogId: CHECK_IN_PROMPTS_DIALOG,
    confirmsItself: true,
  },
];

/** Every name of a setting, in every language: its label (either way for the on/off one) and synonyms. */
function namesOf(setting: Setting, participant: Participant): string[] {
  return wordsInEveryLanguage((text) => [setting.label(text, participant), ...text.synonyms.settings[setting.key]]);
}

/** Change the name or the place (time zone) given at enrollment, the daily check-in's time, or turn it off and on. */
export class SettingsDialog extends ComponentDialog {
  constructor(deps: DialogDeps) {
    super(SETTINGS_DIALOG);
    this.addDialog(clearChoicePrompt(SETTING_PROMPT));
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
    const text = turnText(step.context);
    return step.prompt(SETTING_PROMPT, {
      prompt: text.settingsPrompt,
      retryPrompt: text.menuRetry,
      choices: SETTINGS.map((setting) => choiceNamed(setting.label(text, participant), namesOf(setting, participant))),
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
      await step.context.sendActivity(turnText(step.context).settingsSaved);
    }
    return step.endDialog();
  }
}
