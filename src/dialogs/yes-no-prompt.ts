import type { TurnContext } from 'botbuilder';
import { ConfirmPrompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { turnLocale } from '../bots/turn-state.js';
import { culturesFor, parseYesNo, recognizeYesNo } from '../check-in/answers.js';
import { CHOICE_STYLE } from './choices.js';
import { turnText } from './turn-text.js';

/**
 * A yes-or-no question shown as Yes/No choices in the person's language ("Sí"/"No", "Oui"/"Non"),
 * that takes yes and no as people text them in any of the program's languages, which the
 * confirm prompt alone does not. A strict one takes only a plain yes: for what cannot be undone.
 */
export class YesNoPrompt extends ConfirmPrompt {
  constructor(
    dialogId: string,
    private readonly strict = false,
  ) {
    super(dialogId);
    this.style = CHOICE_STYLE;
  }

  protected override async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const text = turnText(context);
    const prompt = (isRetry && options.retryPrompt) || options.prompt || '';
    await context.sendActivity(this.appendChoices(prompt, context.activity.channelId, [text.yes, text.no], this.style));
  }

  protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<boolean>> {
    const said = context.activity.text ?? '';
    const cultures = culturesFor(turnLocale(context));
    const value = this.strict ? recognizeYesNo(said, cultures) : parseYesNo(said, cultures);
    // Otherwise the confirm prompt's own reading: the option numbers, and English.
    return value === undefined ? super.onRecognize(context, state, options) : { succeeded: true, value };
  }
}
