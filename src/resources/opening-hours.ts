import { DateTime } from 'luxon';
import { clockMinutes } from '../scheduler/clock-time.js';

/** One schedule row, as stored: weekly or daily hours, within optional valid dates. */
export interface Hours {
  readonly freq: string;
  /** 'MO,TU'; empty means every day. */
  readonly byday: string;
  readonly opensAt: string | null;
  readonly closesAt: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** Whether a place is open, as the answer says it; times are local 'HH:mm'. */
export type Openness =
  | { readonly kind: 'open'; readonly until: string }
  | { readonly kind: 'always' }
  | { readonly kind: 'opens'; readonly day: 'today' | 'tomorrow'; readonly at: string }
  /** `weekday`: 1 (Monday) to 7 (Sunday). */
  | { readonly kind: 'opensOn'; readonly weekday: number; readonly at: string }
  | { readonly kind: 'closed' }
  | { readonly kind: 'unknown' };

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const LOOK_BACK_DAYS = 1;
const LOOK_AHEAD_DAYS = 7;
const DAY = 24 * 60;

/** A span of local wall-clock minutes, counted from the start of today. */
interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Today's local date, weekday and minute in a zone (UTC when the zone is unknown). */
interface LocalNow {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 1 (Monday) to 7 (Sunday). */
  readonly weekday: number;
  readonly minute: number;
}

function localNow(now: Date, timeZone: string): LocalNow {
  const zoned = DateTime.fromJSDate(now, { zone: timeZone });
  const local = zoned.isValid ? zoned : DateTime.fromJSDate(now, { zone: 'UTC' });
  return { year: local.year, month: local.month, day: local.day, weekday: local.weekday, minute: local.hour * 60 + local.minute };
}

/** The ISO date `offset` days from today, by calendar arithmetic alone. */
function isoDate(today: LocalNow, offset: number): string {
  return new Date(Date.UTC(today.year, today.month - 1, today.day + offset)).toISOString().slice(0, 10);
}

function appliesOn(hours: Hours, date: string, weekday: number): boolean {
  if (hours.validFrom && date < hours.validFrom) return false;
  if (hours.validTo && date > hours.validTo) return false;
  if (hours.freq === 'DAILY' || hours.byday === '') return true;
  return hours.byday.split(',').includes(WEEKDAYS[weekday - 1] ?? '');
}

/** The opening interval a row gives on a day; a closing time at or before the opening runs past midnight. */
function intervalOn(hours: Hours, today: LocalNow, offset: number): Interval | undefined {
  const weekday = ((((today.weekday - 1 + offset) % 7) + 7) % 7) + 1;
  if (!appliesOn(hours, isoDate(today, offset), weekday)) return undefined;
  const midnight = offset * DAY;
  if (hours.opensAt === null || hours.closesAt === null || hours.opensAt === hours.closesAt) return { start: midnight, end: midnight + DAY };
  const start = midnight + clockMinutes(hours.opensAt);
  let end = midnight + clockMinutes(hours.closesAt);
  if (end <= start) end += DAY;
  return { start, end };
}

/** Overlapping and touching intervals joined, in order. */
function merged(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const interval of sorted) {
    const last = out[out.length - 1];
    if (last && interval.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(interval.end, last.end) };
    else out.push(interval);
  }
  return out;
}

const clockText = (minutes: number): string => {
  const inDay = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
};

/**
 * Open now (and until when), or when it next opens, by the place's schedules read in its own
 * time zone. Hours are wall-clock times, so the week ahead is reckoned in local minutes (a
 * daylight-saving change inside it moves nothing that is said). No schedule is 'unknown'.
 */
export function openness(schedules: readonly Hours[], timeZone: string, now: Date): Openness {
  if (schedules.length === 0) return { kind: 'unknown' };
  const today = localNow(now, timeZone);
  const intervals: Interval[] = [];
  for (let offset = -LOOK_BACK_DAYS; offset <= LOOK_AHEAD_DAYS; offset++) {
    for (const hours of schedules) {
      const interval = intervalOn(hours, today, offset);
      if (interval) intervals.push(interval);
    }
  }
  const open = merged(intervals);
  const current = open.find((interval) => interval.start <= today.minute && today.minute < interval.end);
  if (current) return current.end - today.minute >= DAY ? { kind: 'always' } : { kind: 'open', until: clockText(current.end) };
  const next = open.find((interval) => interval.start > today.minute);
  if (!next) return { kind: 'closed' };
  const days = Math.floor(next.start / DAY);
  const at = clockText(next.start);
  if (days === 0) return { kind: 'opens', day: 'today', at };
  if (days === 1) return { kind: 'opens', day: 'tomorrow', at };
  return { kind: 'opensOn', weekday: ((today.weekday - 1 + days) % 7) + 1, at };
}

/** Open now, or opening later today (before midnight): "tonight" in a request. */
export function openTonight(state: Openness): boolean {
  return state.kind === 'open' || state.kind === 'always' || (state.kind === 'opens' && state.day === 'today');
}

/** Open now; unknown hours count too, since only a call can tell. */
export function openNow(state: Openness): boolean {
  return state.kind === 'open' || state.kind === 'always' || state.kind === 'unknown';
}
