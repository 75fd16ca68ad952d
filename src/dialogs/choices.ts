import { ListStyle, type Choice } from 'botbuilder-dialogs';
import { comparable } from './words.js';

/**
 * Choices go out as suggested actions: buttons in Teams personal chat and the Emulator,
 * numbered options after the SMS and console renderers have turned them into text.
 */
export const CHOICE_STYLE = ListStyle.suggestedAction;

/**
 * An option shown by its label in the person's language, that any of its names in any language
 * also picks, typed with or without accents ("configuracion", "parametres").
 */
export function choiceNamed(label: string, names: readonly string[]): Choice {
  const synonyms = new Set(names.flatMap((name) => [name, comparable(name)]));
  synonyms.delete(label);
  return { value: label, synonyms: [...synonyms] };
}
