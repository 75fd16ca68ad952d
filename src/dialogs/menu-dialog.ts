import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { wordsInEveryLanguage, type MenuLabel } from '../messages/index.js';
import { clearChoicePrompt } from './choice-validator.js';
import { choiceNamed } from './choices.js';
import { turnText } from './turn-text.js';
import { comparable } from './words.js';

export const MENU_DIALOG = 'menu';
const MENU_PROMPT = 'menu.choice';

/** One thing the person can do; only features that exist are given an entry. Its words are in the catalogues. */
export interface MenuEntry {
  readonly key: MenuLabel;
  readonly dialogId: string;
  /** A whole request this entry answers without being named ("I need food near 10001"); begun with `{ message }`. */
  readonly answers?: (text: string) => boolean;
}

/** Every name of an entry: its label and synonyms, in every language. */
function namesOf(key: MenuLabel): string[] {
  return wordsInEveryLanguage((text) => [text.menu[key], ...text.synonyms.menu[key]]);
}

/** The entry a whole message names ("settings", "mis metas", "paramètres"), if any. */
export function entryNamedBy(entries: readonly MenuEntry[], text: string): MenuEntry | undefined {
  const wanted = comparable(text);
  return entries.find((entry) => namesOf(entry.key).some((name) => comparable(name) === wanted));
}

/** What the menu ends with: the dialog the person chose, for the root dialog to start. */
export interface MenuResult {
  readonly chosen?: string;
  /** The request typed while the options showed, for the chosen dialog to read. */
  readonly message?: string;
}

/** The entry that answers a request the message makes, when no entry is named outright. */
export function entryAskedBy(entries: readonly MenuEntry[], text: string): MenuEntry | undefined {
  if (entryNamedBy(entries, text)) return undefined;
  return entries.find((entry) => entry.answers?.(text) === true);
}

/** Shows what the person can do as choices and ends with the one chosen. */
export class MenuDialog extends ComponentDialog {
  constructor(private readonly entries: readonly MenuEntry[]) {
    super(MENU_DIALOG);
    this.addDialog(clearChoicePrompt(MENU_PROMPT));
    this.addDialog(new WaterfallDialog(`${MENU_DIALOG}.steps`, [this.chooseStep.bind(this), this.startStep.bind(this)]));
    this.initialDialogId = `${MENU_DIALOG}.steps`;
  }

  // A request typed while the options show ("shelter in Medicine Hat tonight") is answered, not re-asked.
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    // Only while the options are showing: a dialog chosen from them hears its own answers.
    const showing = innerDc.activeDialog?.id === MENU_PROMPT && innerDc.context.activity.type === 'message';
    const asked = showing ? entryAskedBy(this.entries, innerDc.context.activity.text ?? '') : undefined;
    if (!asked) return super.onContinueDialog(innerDc);
    await innerDc.cancelAllDialogs();
    const result: MenuResult = { chosen: asked.dialogId, message: innerDc.context.activity.text ?? '' };
    return { status: DialogTurnStatus.complete, result };
  }

  private async chooseStep(step: WaterfallStepContext<{ intro?: string }>): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    const intro = (step.options as { intro?: string } | undefined)?.intro;
    return step.prompt(MENU_PROMPT, {
      // An intro leads in on its own ("Here's what I can do:"), so the menu stays one SMS segment.
      prompt: intro ?? text.menuPrompt,
      retryPrompt: text.menuRetry,
      choices: this.entries.map((entry) => choiceNamed(text.menu[entry.key], namesOf(entry.key))),
    });
  }

  // The chosen dialog is started by the root dialog, not inside the menu: a dialog nested here
  // could not be re-asked ("are you a bot?") since the menu's set does not hold it.
  private async startStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = this.entries[(step.result as FoundChoice).index];
    return step.endDialog((chosen ? { chosen: chosen.dialogId } : {}) satisfies MenuResult);
  }
}
