import type { Lang } from '../messages/index.js';
import { comparable } from './words.js';

/** LANGUAGE, IDIOMA, LANGUE: asks which language to write in. */
export const LANGUAGE_REQUEST = /^(language|languages|change language|idioma|idiomas|cambiar (de )?idioma|langue|langues|changer de langue)$/i;

// Whole messages that choose a language at once, compared without accents ("español", "Francais", "in English").
// Not "francés": it is also a name, and the answer to "What should I call you?" must not change the language.
const NAMES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['english', 'in english', 'ingles', 'en ingles', 'anglais', 'en anglais'],
  es: ['espanol', 'en espanol', 'spanish', 'in spanish', 'espagnol', 'en espagnol'],
  fr: ['francais', 'en francais', 'french', 'in french'],
};

/** The language a whole message chooses, if it is one of the languages' names. */
export function languageNamed(text: string): Lang | undefined {
  const said = comparable(text);
  return (Object.keys(NAMES) as Lang[]).find((lang) => NAMES[lang].includes(said));
}

/** What else picks a language from the list of languages. */
export function namesOfLanguage(lang: Lang): readonly string[] {
  return NAMES[lang];
}
