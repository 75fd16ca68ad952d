/** The languages peerline speaks. */
export type Lang = 'en' | 'es' | 'fr';

/** Every language, English (the default) first. */
export const LANGS: readonly Lang[] = ['en', 'es', 'fr'];

// The regional variety each language is written in: Spanish as spoken in the United States, French in Canada.
const LOCALE_TAGS: Record<Lang, string> = { en: 'en-US', es: 'es-US', fr: 'fr-CA' };

/** The language of a locale by its primary subtag ('es-US' → 'es', 'fr-CA' → 'fr'); English for anything else. */
export function languageOf(locale: string | null | undefined): Lang {
  const primary = (locale ?? '').split(/[-_]/)[0]?.toLowerCase();
  return primary === 'es' || primary === 'fr' ? primary : 'en';
}

/** The BCP 47 tag that Intl formats a language's numbers, dates and plurals with. */
export function localeTag(lang: Lang): string {
  return LOCALE_TAGS[lang];
}
