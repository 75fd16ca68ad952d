import type { TurnContext } from 'botbuilder';
import { ConfirmPrompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { culturesFor, parseYesNo } from '../check-in/answers.js';
import { CHOICE_STYLE } from './choices.js';

/**
 * A yes-or-no question shown as Yes/No choices, that also takes yes and no as people text them
 * in any of the program's languages ("sí", "oui", "yep"), which the confirm prompt alone does not.
 */
export class YesNoPrompt extends ConfirmPrompt {
  constructor(dialogId: string) {
    super(dialogId);
    this.style = CHOICE_STYLE;
  }

  protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<boolean>> {
    const recognized = await super.onRecognize(context, state, options);
    if (recognized.succeeded) return recognized;
    const value = parseYesNo(context.activity.text ?? '', culturesFor(turnParticipant(context).locale));
    return value === undefined ? recognized : { succeeded: true, value };
  }
}
