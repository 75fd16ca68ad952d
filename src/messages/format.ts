import { localeTag, type Lang } from './language.js';

/** A clock time ('HH:mm') as people read it: "7:30 PM" in English, "19:30" in Spanish, "19 h 30" in French (as schedules are said). */
export function clockText(time: string, lang: Lang): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const mm = String(minutes).padStart(2, '0');
  if (lang === 'fr') return minutes === 0 ? `${hours} h` : `${hours} h ${mm}`;
  if (lang === 'es') return `${hours}:${mm}`;
  // Plain spaces only, so a text stays GSM-7.
  return `${((hours + 11) % 12) + 1}:${mm} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** "las 20:00", or "la 1:00" at one o'clock: in Spanish the article agrees with the hour. */
export function spanishHour(time: string): string {
  return `${Number(time.split(':')[0]) === 1 ? 'la' : 'las'} ${clockText(time, 'es')}`;
}

/** A number with at most one decimal, in the language's own way ("4.5", "4,5"). */
export function numberText(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeTag(lang), { maximumFractionDigits: 1 }).format(value);
}

/** A calendar date (read in UTC) as a short day and month: "Nov 28", "28 nov", "28 nov.". */
export function shortDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(localeTag(lang), { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The word form for a count, by the language's plural rules (French counts 0 and 1 as singular). */
export function plural(count: number, lang: Lang, forms: { readonly one: string; readonly other: string }): string {
  return new Intl.PluralRules(localeTag(lang)).select(count) === 'one' ? forms.one : forms.other;
}

/** Alternatives joined as the language does: "A or B", "A, B, or C"; "A o B"; "A ou B". */
export function eitherOf(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(localeTag(lang), { type: 'disjunction' }).format(items);
}

/** A weekday (1 Monday … 7 Sunday) by name: "Tue" in English, "martes" in Spanish, "mardi" in French. */
export function weekdayName(weekday: number, lang: Lang): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, weekday));
  return new Intl.DateTimeFormat(localeTag(lang), { weekday: lang === 'en' ? 'short' : 'long', timeZone: 'UTC' }).format(date);
}
