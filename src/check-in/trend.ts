import { DateTime } from 'luxon';
import type { CheckIn } from '../store/check-ins.js';

/** A compact run of check-ins for staff: one figure per local day, oldest first, '-' where nothing was answered. */
export interface CheckInTrend {
  readonly from: string;
  readonly to: string;
  readonly mood: string;
  readonly craving: string;
  /** How many of the days have a check-in. */
  readonly checkedIn: number;
}

/** The `days` local dates ending today in `zone`, oldest first. */
export function trendDates(now: Date, zone: string, days: number): string[] {
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  return Array.from({ length: days }, (_, index) => today.minus({ days: days - 1 - index }).toISODate() ?? '');
}

/** Mood and craving per day over `dates` ("3 5 4 - 6 6 7"), from the check-ins on those days. */
export function checkInTrend(rows: readonly Pick<CheckIn, 'localDate' | 'mood' | 'craving'>[], dates: readonly string[]): CheckInTrend {
  const byDate = new Map(rows.map((row) => [row.localDate, row]));
  const figures = (pick: (row: Pick<CheckIn, 'mood' | 'craving'>) => number | null): string =>
    dates.map((date) => {
      const row = byDate.get(date);
      const value = row ? pick(row) : null;
      return value === null ? '-' : String(value);
    }).join(' ');
  return {
    from: dates[0] ?? '',
    to: dates.at(-1) ?? '',
    mood: figures((row) => row.mood),
    craving: figures((row) => row.craving),
    checkedIn: dates.filter((date) => byDate.has(date)).length,
  };
}
