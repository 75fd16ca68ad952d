import { Culture } from '@microsoft/recognizers-text-suite';
import { dateTimesIn } from '../understanding/recognizers.js';
import { DateTime, Info } from 'luxon';
import { isSchedule, nextOccurrence, readRule, writeRule, type IsoWeekday, type RuleParts, type Schedule } from './recurrence.js';

export type ScheduleCulture = 'en' | 'es' | 'fr';
export type ScheduleReading =
  | { readonly ok: true; readonly schedule: Schedule }
  | { readonly ok: false; readonly problem: 'no_time' | 'no_days' | 'in_past' | 'not_understood' };

interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** What the words said, before deciding which schedule they make. */
interface Heard {
  recurring: boolean;
  readonly days: Set<IsoWeekday>;
  readonly times: ClockTime[];
  /** From a set like P2D ("every other day"). */
  everyDays?: number;
  /** A set of P1W ("every week", "weekly"): a frequency without days. */
  weekly: boolean;
  date?: { readonly year?: number; readonly month: number; readonly day: number };
  /** Minutes from now, for "in 2 hours". */
  inMinutes?: number;
  understood: boolean;
}

type Recognized = ReturnType<typeof dateTimesIn>[number];

const CULTURES: Record<ScheduleCulture, string> = { en: Culture.English, es: Culture.Spanish, fr: Culture.French };
const ALL_DAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const WORKWEEK: readonly IsoWeekday[] = [1, 2, 3, 4, 5];
const WEEKEND: readonly IsoWeekday[] = [6, 7];

// The recognizers read none of these as a set of days.
const WEEKDAY_WORDS =
  /\b(week ?days?|work ?days?|entre semana|d[ií]as? (laborables?|h[aá]biles?|de semana)|en semaine|jours? de (la )?semaine|jours? ouvr(ables?|[ée]s))\b/;
const WEEKEND_WORDS = /\b(week-?ends?|fin(es)? de semana)\b/;
// "los lunes", "le lundi": in Spanish and French the article makes a weekday habitual, which the recognizers miss.
const RECURRING_WORDS =
  /\b(every|each|daily|todos|todas|cada|diario|diariamente|tous|toutes|chaque|quotidiennement)\b|\blos (lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos)\b|\bles? (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/;
const EVERY_OTHER = /\b(every (other|second)|cada (dos|otro)|un \p{L}+ sur deux)\b/u;
const COUNT_PER_WEEK = /\b(times|x) (a|per|each|every) week\b|\btwice (a|per) week\b|\bveces (a|por|cada|en|al?) (la )?semana\b|\bfois par semaine\b/;
const RANGE_WORDS = /-|–|(?<!\p{L})(to|through|thru|till|until|a|al|hasta|au|à|jusqu)(?!\p{L})/u;
const RELATIVE = /^(in|en|dans)\s/;

// Where the French recognizer is weak: "midi", plural weekdays, "un jour sur deux".
const REWRITES: Record<ScheduleCulture, readonly (readonly [RegExp, string])[]> = {
  en: [],
  es: [],
  fr: [
    [/(?<![-\p{L}])midi\b/gu, '12 h'],
    [/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s\b/g, '$1'],
    [/\bun jour sur deux\b/g, 'tous les deux jours'],
  ],
};

const TIMEX_DATE = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/;
const TIMEX_WEEKDAY = /^XXXX-WXX-([1-7])/;
const TIMEX_TIME = /T(\d{2})(?::(\d{2}))?/;
const TIMEX_EVERY = /^P(\d+)([DW])$/;
const TIMEX_DAY_RANGE = /^\(XXXX-WXX-([1-7]),XXXX-WXX-([1-7]),P\d+D\)$/;

/** Reads a reminder schedule said in plain language ("every day at 8pm", "weekdays at 7:30 am", "mondays and thursdays at noon", "tomorrow at 9", "in 2 hours"). */
export function readSchedule(text: string, options: { readonly culture: ScheduleCulture; readonly now: Date; readonly zone: string }): ScheduleReading {
  const { culture, now, zone } = options;
  const wallNow = DateTime.fromJSDate(now, { zone }).startOf('minute');
  if (!wallNow.isValid) throw new RangeError(`SCHEDULE.INVALID_ZONE: "${zone}"`);
  const words = normalize(text, culture);
  const heard = hear(words, culture, wallNow);
  if (COUNT_PER_WEEK.test(words) || (heard.weekly && heard.days.size === 0)) return problem('no_days');
  if (!heard.understood) return problem('not_understood');
  if (heard.recurring || heard.days.size > 1) return recurring(heard, EVERY_OTHER.test(words));
  return oneOff(heard, now, wallNow, zone);
}

/** Reads a clock time ("8pm", "20:30", "a las 8 de la noche", "à 19 h") as 'HH:mm', for the daily check-in time. */
export function readClockTime(text: string, culture: ScheduleCulture): string | undefined {
  const normalized = normalize(text, culture);
  for (const found of dateTimesIn(normalized, CULTURES[culture])) {
    const time = timeOf(found);
    if (time) return clockLabel(time);
  }
  // A bare "8" or "20" is a clock time when the question was what time.
  const bare = /^(\d{1,2})(?:[:h.](\d{2}))?$/.exec(normalized.replace(/\s+/g, ''));
  const time = bare ? { hour: Number(bare[1]), minute: Number(bare[2] ?? 0) } : undefined;
  return time && time.hour < 24 && time.minute < 60 ? clockLabel(time) : undefined;
}

const problem = (name: Extract<ScheduleReading, { ok: false }>['problem']): ScheduleReading => ({ ok: false, problem: name });
const pad = (value: number): string => String(value).padStart(2, '0');
const clockLabel = (time: ClockTime): string => `${pad(time.hour)}:${pad(time.minute)}`;

function normalize(text: string, culture: ScheduleCulture): string {
  return REWRITES[culture].reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text.trim().toLowerCase());
}

function hear(text: string, culture: ScheduleCulture, wallNow: DateTime): Heard {
  // The recognizers read the reference through the machine's local clock: give them the person's wall clock there.
  const reference = new Date(wallNow.year, wallNow.month - 1, wallNow.day, wallNow.hour, wallNow.minute);
  const heard: Heard = { recurring: false, days: new Set(), times: [], weekly: false, understood: false };
  for (const found of dateTimesIn(text, CULTURES[culture], reference)) {
    heard.understood = true;
    heardEntity(heard, found, reference);
  }
  const dayWords = [...(WEEKDAY_WORDS.test(text) ? WORKWEEK : []), ...(WEEKEND_WORDS.test(text) ? WEEKEND : [])];
  if (dayWords.length > 0) {
    // The recognizers read "fines de semana" as this weekend only: the words decide.
    heard.days.clear();
    dayWords.forEach((day) => heard.days.add(day));
    heard.understood = true;
    heard.recurring = true;
  }
  if (RECURRING_WORDS.test(text)) heard.recurring = true;
  return heard;
}

function heardEntity(heard: Heard, found: Recognized, reference: Date): void {
  const type = found.typeName.replace('datetimeV2.', '');
  const timex = chosenTimex(found) ?? '';
  if (type === 'set') {
    heard.recurring = true;
    const every = TIMEX_EVERY.exec(timex);
    if (every?.[2] === 'D') heard.everyDays = Number(every[1]);
    if (every?.[2] === 'W') heard.weekly = true;
  }
  if (type === 'daterange') {
    const range = TIMEX_DAY_RANGE.exec(timex);
    if (range) daysBetween(Number(range[1]), Number(range[2]), RANGE_WORDS.test(found.text)).forEach((day) => heard.days.add(day));
    return;
  }
  const weekday = TIMEX_WEEKDAY.exec(timex);
  if (weekday) heard.days.add(Number(weekday[1]) as IsoWeekday);
  const date = TIMEX_DATE.exec(timex);
  if (date) heard.date = { month: Number(date[2]), day: Number(date[3]), ...(date[1] === 'XXXX' ? {} : { year: Number(date[1]) }) };
  const time = timeOf(found);
  if (time && !heard.times.some((known) => known.hour === time.hour && known.minute === time.minute)) heard.times.push(time);
  if (type === 'datetime' && date && date[1] !== 'XXXX' && time && RELATIVE.test(found.text)) {
    heard.inMinutes = (floating(Number(date[1]), Number(date[2]), Number(date[3]), time) - floatingReference(reference)) / 60_000;
  }
}

function daysBetween(first: number, last: number, isRange: boolean): IsoWeekday[] {
  // "lundi et jeudi" comes back as a range too; only a "to" or a dash makes one.
  if (!isRange) return [first, last] as IsoWeekday[];
  return ALL_DAYS.filter((day) => (first <= last ? day >= first && day <= last : day >= first || day <= last));
}

const floating = (year: number, month: number, day: number, time: ClockTime): number => Date.UTC(year, month - 1, day, time.hour, time.minute);
const floatingReference = (reference: Date): number =>
  Date.UTC(reference.getFullYear(), reference.getMonth(), reference.getDate(), reference.getHours(), reference.getMinutes());

/** The clock time of an entity, if it has one ("TMO", morning, is not a clock time). */
function timeOf(found: Recognized): ClockTime | undefined {
  if (found.typeName.endsWith('range')) return undefined;
  const time = TIMEX_TIME.exec(chosenTimex(found) ?? '');
  if (!time) return undefined;
  return { hour: Number(time[1]), minute: Number(time[2] ?? 0) };
}

/**
 * Of the readings offered for an ambiguous time, the one whose hour was written ("20 h", "12 h"),
 * else the first: a bare "at 9" is morning unless the person said pm or evening.
 */
function chosenTimex(found: Recognized): string | undefined {
  const values = ((found.resolution as { values?: readonly { timex?: unknown }[] } | undefined)?.values ?? [])
    .map((value) => value.timex)
    .filter((timex): timex is string => typeof timex === 'string');
  const written = (found.text.match(/\d{1,2}/g) ?? []).map(Number);
  const hourOf = (timex: string): number | undefined => {
    const time = TIMEX_TIME.exec(timex);
    return time ? Number(time[1]) : undefined;
  };
  return values.find((timex) => written.includes(hourOf(timex) ?? -1)) ?? values[0];
}

function recurring(heard: Heard, everyOther: boolean): ScheduleReading {
  const [first] = heard.times;
  if (!first) return problem('no_time');
  // One rule crosses every hour with every minute, so only times sharing their minutes fit in one.
  if (heard.times.some((time) => time.minute !== first.minute)) return problem('not_understood');
  const hours = heard.times.map((time) => time.hour).sort((a, b) => a - b);
  const days = ALL_DAYS.filter((day) => heard.days.has(day));
  const parts: RuleParts =
    days.length === 0 || days.length === 7
      ? { freq: 'DAILY', interval: heard.everyDays ?? 1, days: [], hours, minutes: [first.minute] }
      : { freq: 'WEEKLY', interval: everyOther ? 2 : 1, days, hours, minutes: [first.minute] };
  return { ok: true, schedule: { kind: 'recurring', rule: writeRule(parts) } };
}

function oneOff(heard: Heard, now: Date, wallNow: DateTime, zone: string): ScheduleReading {
  const [time, ...more] = heard.times;
  if (more.length > 0) return problem('not_understood');
  if (heard.inMinutes !== undefined) return once(wallNow.plus({ minutes: heard.inMinutes }).toFormat("yyyy-MM-dd'T'HH:mm"), now, zone);
  const [weekday] = heard.days;
  if (!heard.date && weekday === undefined) {
    // A time on its own ("8pm") is every day at that time.
    return time ? { ok: true, schedule: { kind: 'recurring', rule: writeRule(dailyParts(time)) } } : problem('not_understood');
  }
  if (!time) return problem('no_time');
  if (heard.date) {
    const { year, month, day } = heard.date;
    // A date without a year ("dec 2") is the next one to come.
    const years = year !== undefined ? [year] : [wallNow.year, wallNow.year + 1];
    const readings = years.map((candidate) => once(`${candidate}-${pad(month)}-${pad(day)}T${clockLabel(time)}`, now, zone));
    return readings.find((reading) => reading.ok) ?? readings[0] ?? problem('not_understood');
  }
  // "friday at 6pm" is the next Friday at 6 PM: the next time a weekly rule for it would fire.
  const weekly = writeRule({ ...dailyParts(time), freq: 'WEEKLY', days: [weekday as IsoWeekday] });
  const next = nextOccurrence({ kind: 'recurring', rule: weekly }, now, zone);
  return next ? { ok: true, schedule: { kind: 'once', at: next.local } } : problem('not_understood');
}

const dailyParts = (time: ClockTime): RuleParts => ({ freq: 'DAILY', interval: 1, days: [], hours: [time.hour], minutes: [time.minute] });

function once(at: string, now: Date, zone: string): ScheduleReading {
  const schedule: Schedule = { kind: 'once', at };
  // An impossible date ("february 30") reads as nothing, not as a past reminder.
  if (!isSchedule(schedule)) return problem('not_understood');
  return nextOccurrence(schedule, now, zone) ? { ok: true, schedule } : problem('in_past');
}

/** How each language says a schedule. */
interface Phrasing {
  readonly everyDay: string;
  readonly everyWeekday: string;
  readonly everyNDays: (n: number) => string;
  readonly everyDays: (days: string) => string;
  readonly everyNWeeks: (n: number, days: string) => string;
  readonly time: (time: ClockTime) => string;
  readonly at: (times: readonly ClockTime[], list: string) => string;
  readonly date: string;
}

const PHRASING: Record<ScheduleCulture, Phrasing> = {
  en: {
    everyDay: 'Every day',
    everyWeekday: 'Every weekday',
    everyNDays: (n) => (n === 2 ? 'Every other day' : `Every ${n} days`),
    everyDays: (days) => `Every ${days}`,
    everyNWeeks: (n, days) => (n === 2 ? `Every other week on ${days}` : `Every ${n} weeks on ${days}`),
    time: (time) => DateTime.fromObject(time, { zone: 'utc' }).toFormat('h:mm a', { locale: 'en-US' }),
    at: (_times, list) => `at ${list}`,
    date: 'cccc, LLLL d',
  },
  es: {
    everyDay: 'Cada día',
    everyWeekday: 'Cada día laborable',
    everyNDays: (n) => `Cada ${n === 2 ? 'dos' : n} días`,
    everyDays: (days) => `Cada ${days}`,
    everyNWeeks: (n, days) => `Cada ${n === 2 ? 'dos' : n} semanas: ${days}`,
    time: (time) => `${time.hour}:${pad(time.minute)}`,
    at: (times, list) => `a ${times[0]?.hour === 1 ? 'la' : 'las'} ${list}`,
    date: "cccc, d 'de' LLLL",
  },
  fr: {
    everyDay: 'Tous les jours',
    everyWeekday: 'En semaine',
    everyNDays: (n) => `Tous les ${n === 2 ? 'deux' : n} jours`,
    everyDays: (days) => `Chaque ${days}`,
    everyNWeeks: (n, days) => `Toutes les ${n === 2 ? 'deux' : n} semaines : ${days}`,
    time: (time) => (time.minute === 0 ? `${time.hour} h` : `${time.hour} h ${pad(time.minute)}`),
    at: (_times, list) => `à ${list}`,
    date: 'cccc d LLLL',
  },
};

/** Says a schedule back in words, for confirmation: "Every weekday at 7:30 AM", "Every Monday and Thursday at 12:00 PM", "Tuesday, December 2 at 9:00 AM"; in es and fr too ("Cada día laborable a las 7:30", "Chaque jour de semaine à 7 h 30"). */
export function describeSchedule(schedule: Schedule, locale: string): string {
  const language = languageOf(locale);
  const phrasing = PHRASING[language];
  if (schedule.kind === 'once') {
    const at = DateTime.fromISO(schedule.at, { zone: 'utc', locale: language });
    if (!at.isValid) throw new RangeError(`SCHEDULE.INVALID_AT: "${schedule.at}"`);
    const time = { hour: at.hour, minute: at.minute };
    return capitalize(`${at.toFormat(phrasing.date)} ${phrasing.at([time], phrasing.time(time))}`);
  }
  const parts = readRule(schedule.rule);
  if (!parts) throw new RangeError(`SCHEDULE.INVALID_RULE: "${schedule.rule}"`);
  const times = parts.hours.flatMap((hour) => parts.minutes.map((minute) => ({ hour, minute })));
  const list = (items: readonly string[]): string => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  return `${whichDays(parts, phrasing, list, language)} ${phrasing.at(times, list(times.map(phrasing.time)))}`;
}

function whichDays(parts: RuleParts, phrasing: Phrasing, list: (items: readonly string[]) => string, language: ScheduleCulture): string {
  if (parts.freq === 'DAILY') return parts.interval === 1 ? phrasing.everyDay : phrasing.everyNDays(parts.interval);
  const names = Info.weekdays('long', { locale: language });
  const days = list(parts.days.map((day) => names[day - 1] ?? ''));
  if (parts.interval > 1) return phrasing.everyNWeeks(parts.interval, days);
  if (parts.days.length === 7) return phrasing.everyDay;
  if (parts.days.join() === WORKWEEK.join()) return phrasing.everyWeekday;
  return phrasing.everyDays(days);
}

function languageOf(locale: string): ScheduleCulture {
  const language = locale.slice(0, 2).toLowerCase();
  return language === 'es' || language === 'fr' ? language : 'en';
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
