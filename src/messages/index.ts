import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { LANGS, languageOf, type Lang } from './language.js';

export type { Catalog, ChoiceWords, GoalAction, HistoryRow, MenuLabel, NationalLineText, ResourceCard, ResourceLine, SettingKey } from './catalog.js';
export { crisisLinesFor, lineIn, primaryCrisisLine } from './crisis-lines.js';
export { LANGS, languageOf, localeTag, type Lang } from './language.js';

const CATALOGS: Readonly<Record<Lang, Catalog>> = { en, es, fr };

/** The catalogue for a locale, by its primary subtag ('es-US' → Spanish, 'fr-CA' → French); English otherwise. */
export function catalogFor(locale: string | null | undefined): Catalog {
  return CATALOGS[languageOf(locale)];
}

/** Every catalogue, English first. */
export function allCatalogs(): readonly Catalog[] {
  return LANGS.map((lang) => CATALOGS[lang]);
}

/** What a choice is called in every language, its labels and synonyms together, without repeats. */
export function wordsInEveryLanguage(words: (text: Catalog) => readonly string[]): string[] {
  return [...new Set(allCatalogs().flatMap(words))];
}
