import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { setTurnParticipant, turnParticipant } from '../bots/turn-state.js';
import { allCatalogs, catalogFor, type Lang } from '../messages/index.js';
import type { ParticipantRepository } from '../store/participants.js';
import { clearChoicePrompt } from './choice-validator.js';
import { choiceNamed } from './choices.js';
import { namesOfLanguage } from './language-words.js';
import { turnText } from './turn-text.js';

export const LANGUAGE_DIALOG = 'language';
const LANGUAGE_PROMPT = 'language.choice';

/** The language already chosen ("ESPAÑOL"), or none to ask which. */
export interface LanguageOptions {
  readonly lang?: Lang;
}

/** The language the person now has. */
export interface LanguageResult {
  readonly language: Lang;
}

/** Which language to write in: saved as the person's choice, and confirmed in that language. */
export class LanguageDialog extends ComponentDialog {
  constructor(private readonly participants: ParticipantRepository) {
    super(LANGUAGE_DIALOG);
    this.addDialog(clearChoicePrompt(LANGUAGE_PROMPT));
    this.addDialog(new WaterfallDialog(`${LANGUAGE_DIALOG}.steps`, [this.askStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = `${LANGUAGE_DIALOG}.steps`;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = (step.options as LanguageOptions | undefined)?.lang;
    if (chosen) return step.next(chosen);
    const text = turnText(step.context);
    return step.prompt(LANGUAGE_PROMPT, {
      prompt: text.languageAsk,
      retryPrompt: text.menuRetry,
      choices: allCatalogs().map((catalog) => choiceNamed(catalog.languageName, namesOfLanguage(catalog.lang))),
    });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const lang = typeof step.result === 'string' ? (step.result as Lang) : allCatalogs()[(step.result as FoundChoice).index]?.lang;
    if (!lang) return step.endDialog();
    const participant = turnParticipant(step.context);
    const updated = await this.participants.updateProfile(participant.id, { locale: lang });
    setTurnParticipant(step.context, updated);
    // Before consent the consent question itself, asked again in the new language, says it.
    if (updated.status === 'active') await step.context.sendActivity(catalogFor(lang).languageChanged);
    return step.endDialog({ language: lang } satisfies LanguageResult);
  }
}
