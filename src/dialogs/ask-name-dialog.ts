import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { setTurnParticipant, turnParticipant } from '../bots/turn-state.js';
import type { DialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';
import { isSkip } from './words.js';

export const ASK_NAME_DIALOG = 'askName';
const NAME_PROMPT = 'askName.prompt';
const MAX_NAME = 40;

/** Cleans what someone typed as their name; undefined when it cannot be a name. */
export function cleanName(text: string | undefined): string | undefined {
  const name = (text ?? '')
    .replace(/^(my name is|i'm|im|i am|call me|it's|its|me llamo|mi nombre es|soy|ll[aá]mame|dime|je m'appelle|je m’appelle|mon nom est|je suis|appelle-moi|appelez-moi)\s+/i, '')
    .replace(/[\p{Cc}<>]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '');
  if (name.length === 0 || [...name].length > MAX_NAME || !/\p{L}/u.test(name)) return undefined;
  return name;
}

/** Asks what to call the person and saves it; SKIP leaves it unset. */
export class AskNameDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ASK_NAME_DIALOG);
    this.addDialog(new TextPrompt(NAME_PROMPT, (prompt) => this.validateName(prompt)));
    this.addDialog(new WaterfallDialog(`${ASK_NAME_DIALOG}.steps`, [this.askStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = `${ASK_NAME_DIALOG}.steps`;
  }

  private async askStep(step: WaterfallStepContext<{ lead?: string }>): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    const lead = (step.options as { lead?: string } | undefined)?.lead;
    return step.prompt(NAME_PROMPT, {
      prompt: lead ? `${lead} ${text.askName}` : text.askName,
      retryPrompt: text.nameRetry,
    });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as string;
    if (isSkip(answer)) return step.endDialog(undefined);
    const participant = turnParticipant(step.context);
    const name = cleanName(answer) ?? null;
    setTurnParticipant(step.context, await this.deps.participants.updateProfile(participant.id, { name }));
    return step.endDialog(name);
  }

  private async validateName(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const value = prompt.recognized.value;
    return prompt.recognized.succeeded && (isSkip(value) || cleanName(value) !== undefined);
  }
}
