import { culturesFor } from '../check-in/answers.js';
import type { Schedule } from '../scheduler/recurrence.js';
import { describeSchedule, readClockTime, readSchedule, type ScheduleCulture, type ScheduleReading } from '../scheduler/schedule-text.js';

type Problem = Extract<ScheduleReading, { ok: false }>['problem'];

/** How a "when" answer was read, and in which culture (a follow-up answer is joined in that language). */
export type WhenAnswer = { readonly ok: true; readonly schedule: Schedule } | { readonly ok: false; readonly problem: Problem; readonly culture: ScheduleCulture };

/** Where the schedule is read: the moment, and the person's zone. */
export interface ReadingContext {
  readonly now: Date;
  readonly zone: string;
}

// The word that joins a time to days already given ("mondays" + "8pm"), per culture.
const AT: Record<ScheduleCulture, string> = { en: 'at', es: 'a las', fr: 'à' };

/** The cultures to read in: the person's own first, then the others (people text in the language they think in). */
export function scheduleCultures(locale: string | null | undefined): ScheduleCulture[] {
  return culturesFor(locale).map((culture) => culture.slice(0, 2) as ScheduleCulture);
}

/**
 * Reads a schedule in the person's language first. Another language is tried only when theirs
 * understood nothing: a language that understood part of it ("no time") is the one they wrote in.
 */
export function readWhen(text: string, locale: string | null | undefined, at: ReadingContext): WhenAnswer {
  const cultures = scheduleCultures(locale);
  for (const culture of cultures) {
    const reading = readSchedule(text, { culture, now: at.now, zone: at.zone });
    if (reading.ok) return reading;
    if (reading.problem !== 'not_understood') return { ok: false, problem: reading.problem, culture };
  }
  return { ok: false, problem: 'not_understood', culture: cultures[0] ?? 'en' };
}

/**
 * Reads the answer to a follow-up question together with the first answer: a time added to
 * the days already given, days added to a time, or else the new answer on its own.
 */
export function readFollowUp(first: string, problem: Exclude<WhenAnswer, { ok: true }>, reply: string, locale: string | null | undefined, at: ReadingContext): WhenAnswer {
  const candidates: string[] = [];
  if (problem.problem === 'no_time') {
    const time = clockTime(reply, locale);
    if (time) candidates.push(`${first} ${AT[problem.culture]} ${time}`);
    candidates.push(`${first} ${AT[problem.culture]} ${reply}`);
  }
  if (problem.problem === 'no_days') candidates.push(`${reply} ${first}`, `${first} ${reply}`);
  candidates.push(reply);
  let last: WhenAnswer = problem;
  for (const candidate of candidates) {
    last = readWhen(candidate, locale, at);
    if (last.ok) return last;
  }
  return last;
}

/** A time of day ('HH:mm') from "7:30 pm", "19h", "a las 8 de la noche"; undefined if none. */
export function clockTime(text: string, locale: string | null | undefined): string | undefined {
  for (const culture of scheduleCultures(locale)) {
    const time = readClockTime(text, culture);
    if (time) return time;
  }
  return undefined;
}

/** A schedule in the person's words ("Every weekday at 7:30 AM"). */
export function scheduleInWords(schedule: Schedule, locale: string | null | undefined): string {
  return describeSchedule(schedule, locale ?? 'en');
}
