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
import { clearChoice } from './choice-validator.js';
import { CHOICE_STYLE } from './choices.js';

export const MENU_DIALOG = 'menu';
const MENU_PROMPT = 'menu.choice';

/** One thing the person can do; only features that exist are given an entry. */
export interface MenuEntry {
  readonly label: string;
  readonly dialogId: string;
  /** Other words that pick this entry, from the menu or as a whole message. */
  readonly synonyms?: readonly string[];
}

/** The entry a whole message names ("settings", "delete my data"), if any. */
export function entryNamedBy(entries: readonly MenuEntry[], text: string): MenuEntry | undefined {
  const wanted = text.trim().toLowerCase().replace(/[.!?]+$/, '');
  return entries.find(
    (entry) => entry.label.toLowerCase() === wanted || (entry.synonyms ?? []).some((synonym) => synonym.toLowerCase() === wanted),
  );
}

/** Shows what the person can do as choices and starts the chosen dialog. */
export class MenuDialog extends ComponentDialog {
  constructor(private readonly entries: readonly MenuEntry[]) {
    super(MENU_DIALOG);
    const prompt = new ChoicePrompt(MENU_PROMPT, clearChoice);
    prompt.style = CHOICE_STYLE;
    this.addDialog(prompt);
    this.addDialog(new WaterfallDialog(`${MENU_DIALOG}.steps`, [this.chooseStep.bind(this), this.startStep.bind(this)]));
    this.initialDialogId = `${MENU_DIALOG}.steps`;
  }

  private async chooseStep(step: WaterfallStepContext<{ intro?: string }>): Promise<DialogTurnResult> {
    const text = catalogFor(turnParticipant(step.context).locale);
    const intro = (step.options as { intro?: string } | undefined)?.intro;
    return step.prompt(MENU_PROMPT, {
      prompt: intro ? `${intro} ${text.menuPrompt}` : text.menuPrompt,
      retryPrompt: text.menuRetry,
      choices: this.entries.map((entry) => ({ value: entry.label, synonyms: [...(entry.synonyms ?? [])] })),
    });
  }

  private async startStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = this.entries[(step.result as FoundChoice).index];
    return chosen ? step.replaceDialog(chosen.dialogId) : step.endDialog();
  }
}
