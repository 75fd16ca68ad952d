import { IANAZone } from 'luxon';
import rrulePkg from 'rrule';

// rrule ships a UMD main that Node's ESM loader cannot read named exports from.
const { RRule } = rrulePkg;

/** A reminder schedule as stored: a recurring RFC 5545 rule in the person's local wall-clock time, or one local moment. */
export type Schedule =
  | { readonly kind: 'recurring'; readonly rule: string } // e.g. 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=30' (no DTSTART, no TZID)
  | { readonly kind: 'once'; readonly at: string }; // local wall clock 'YYYY-MM-DDTHH:mm' in the person's zone

/** One occurrence: the instant, and its local wall-clock label 'YYYY-MM-DDTHH:mm' (used in the unique occurrence key). */
export interface Occurrence {
  readonly at: Date;
  readonly local: string;
}

/** ISO weekday: 1 is Monday, 7 is Sunday (as luxon and the recognizers' timex count). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The part of RFC 5545 this module runs: daily (every `interval` days) or weekly on `days`, at `hours` × `minutes`. */
export interface RuleParts {
  readonly freq: 'DAILY' | 'WEEKLY';
  readonly interval: number;
  /** Sorted Monday first; empty for DAILY. */
  readonly days: readonly IsoWeekday[];
  readonly hours: readonly number[];
  readonly minutes: readonly number[];
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const ONCE_AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// 1970-01-01 was a Thursday; the first Monday is day 4. Intervals count from these anchors.
const FIRST_MONDAY = 4;

/** Every day at a clock time 'HH:mm' (the daily check-in prompt). */
export function dailyAt(time: string): Schedule {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`SCHEDULE.INVALID_TIME: expected HH:mm, got "${time}"`);
  return { kind: 'recurring', rule: writeRule({ freq: 'DAILY', interval: 1, days: [], hours: [Number(match[1])], minutes: [Number(match[2])] }) };
}

/** The rule text for parts, in a fixed key order so equal schedules compare equal. */
export function writeRule(parts: RuleParts): string {
  const fields = [`FREQ=${parts.freq}`];
  if (parts.interval > 1) fields.push(`INTERVAL=${parts.interval}`);
  if (parts.days.length > 0) fields.push(`BYDAY=${parts.days.map((day) => DAY_CODES[day - 1]).join(',')}`);
  fields.push(`BYHOUR=${parts.hours.join(',')}`, `BYMINUTE=${parts.minutes.join(',')}`);
  return fields.join(';');
}

/** The parts of a rule this module can run; undefined for anything else (other frequencies, COUNT, DTSTART, …). */
export function readRule(rule: string): RuleParts | undefined {
  const fields = new Map<string, string>();
  for (const field of rule.split(';')) {
    const [key, value, extra] = field.toUpperCase().split('=');
    if (!key || !value || extra !== undefined || fields.has(key)) return undefined;
    fields.set(key, value);
  }
  const { FREQ: freq, INTERVAL: interval = '1', BYDAY: byDay, BYHOUR: byHour, BYMINUTE: byMinute, ...rest } = Object.fromEntries(fields);
  if (Object.keys(rest).length > 0 || (freq !== 'DAILY' && freq !== 'WEEKLY')) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(interval) || byHour === undefined || byMinute === undefined) return undefined;
  const hours = numberList(byHour, 23);
  const minutes = numberList(byMinute, 59);
  const days = byDay === undefined ? [] : dayList(byDay);
  if (!hours || !minutes || !days) return undefined;
  // DAILY with BYDAY and INTERVAL would count skipped days; WEEKLY without BYDAY would follow whatever day iteration starts on.
  if ((freq === 'DAILY') !== (days.length === 0)) return undefined;
  return { freq, interval: Number(interval), days, hours, minutes };
}

function numberList(text: string, max: number): number[] | undefined {
  const values = text.split(',');
  if (!values.every((value) => /^\d{1,2}$/.test(value) && Number(value) <= max)) return undefined;
  return [...new Set(values.map(Number))].sort((a, b) => a - b);
}

function dayList(text: string): IsoWeekday[] | undefined {
  const days = text.split(',').map((code) => DAY_CODES.indexOf(code as (typeof DAY_CODES)[number]) + 1);
  if (days.some((day) => day === 0)) return undefined;
  return [...new Set(days)].sort((a, b) => a - b) as IsoWeekday[];
}

/** True when the value is a Schedule this module can run (validate what comes back out of a jsonb column). */
export function isSchedule(value: unknown): value is Schedule {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, rule, at } = value as { kind?: unknown; rule?: unknown; at?: unknown };
  if (kind === 'recurring') return typeof rule === 'string' && readRule(rule) !== undefined;
  if (kind === 'once') return typeof at === 'string' && readOnceAt(at) !== undefined;
  return false;
}

// Wall-clock times are handled "floating": as the milliseconds of the same reading in UTC.
function readOnceAt(at: string): number | undefined {
  const match = ONCE_AT.exec(at);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const floating = Date.UTC(year, month - 1, day, hour, minute);
  return label(floating) === at ? floating : undefined;
}

const label = (floating: number): string => new Date(floating).toISOString().slice(0, 16);

/** The first occurrence strictly after `after`, in time zone `zone`; undefined when there is none (a past one-off). */
export function nextOccurrence(schedule: Schedule, after: Date, zone: string): Occurrence | undefined {
  const ianaZone = IANAZone.create(zone);
  if (!ianaZone.isValid) throw new RangeError(`SCHEDULE.INVALID_ZONE: "${zone}"`);
  if (schedule.kind === 'once') {
    const floating = readOnceAt(schedule.at);
    if (floating === undefined) throw new RangeError(`SCHEDULE.INVALID_AT: "${schedule.at}"`);
    const occurrence = toOccurrence(floating, ianaZone);
    return occurrence.at.getTime() > after.getTime() ? occurrence : undefined;
  }
  const parts = readRule(schedule.rule);
  if (!parts) throw new RangeError(`SCHEDULE.INVALID_RULE: "${schedule.rule}"`);
  return nextRecurring(parts, after, ianaZone);
}

/**
 * rrule iterates floating wall-clock times, and each is then placed in the zone. A time skipped by
 * spring-forward lands an hour later, and an hour repeated by fall-back is taken the first time: the
 * second pass converts to an instant already behind `after`, so iteration moves past it.
 */
function nextRecurring(parts: RuleParts, after: Date, zone: IANAZone): Occurrence {
  let cursor: Date | null = new Date(after.getTime() + zone.offset(after.getTime()) * MINUTE_MS);
  const rule = new RRule(
    {
      freq: parts.freq === 'DAILY' ? RRule.DAILY : RRule.WEEKLY,
      interval: parts.interval,
      byweekday: parts.days.length > 0 ? parts.days.map((day) => day - 1) : null,
      byhour: [...parts.hours],
      byminute: [...parts.minutes],
      bysecond: [0],
      wkst: RRule.MO,
      dtstart: anchor(parts, cursor),
    },
    true,
  );
  for (;;) {
    cursor = rule.after(cursor, false);
    // A rule of this shape never ends; a null here is an rrule bug worth hearing about.
    if (!cursor) throw new Error(`SCHEDULE.NO_NEXT: rule ${writeRule(parts)} ended`);
    const occurrence = toOccurrence(cursor.getTime(), zone);
    if (occurrence.at.getTime() > after.getTime()) return occurrence;
  }
}

// The start of the day (DAILY) or week (WEEKLY) from which `interval` counts, fixed to the epoch so that
// "every other day" keeps the same days whenever it is asked, and close enough that iteration is short.
function anchor(parts: RuleParts, floating: Date): Date {
  const day = Math.floor(floating.getTime() / DAY_MS);
  if (parts.freq === 'DAILY') return new Date((day - mod(day, parts.interval)) * DAY_MS);
  const week = Math.floor((day - FIRST_MONDAY) / 7);
  return new Date((FIRST_MONDAY + (week - mod(week, parts.interval)) * 7) * DAY_MS);
}

const mod = (value: number, by: number): number => ((value % by) + by) % by;

/**
 * Where a wall-clock time happens in a zone: on a fall-back night the first of its two instants (luxon
 * would take the second); a time that spring-forward skips is read under the offset before the jump, so
 * 02:30 happens at 03:30. Offsets a day either side find the transition, if there is one.
 */
function toOccurrence(floating: number, zone: IANAZone): Occurrence {
  const before = zone.offset(floating - DAY_MS);
  const after = zone.offset(floating + DAY_MS);
  const fitting =
    before === after
      ? [floating - before * MINUTE_MS]
      : [before, after].flatMap((offset) => {
          const instant = floating - offset * MINUTE_MS;
          return zone.offset(instant) === offset ? [instant] : [];
        });
  if (fitting.length > 0) return { at: new Date(Math.min(...fitting)), local: label(floating) };
  const instant = floating - before * MINUTE_MS;
  return { at: new Date(instant), local: label(instant + after * MINUTE_MS) };
}
