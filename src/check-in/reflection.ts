import { DateTime } from 'luxon';
import type { CheckIn } from '../store/check-ins.js';

/** What today's check-in says against the person's own recent history. */
export interface Reflection {
  /** Consecutive local days with a check-in, ending today. */
  readonly streak: number;
  /** Today's mood against the average of the 7 days before, when both exist. */
  readonly mood?: { readonly today: number; readonly weekAverage: number; readonly direction: 'higher' | 'same' | 'lower' };
  /** Whether to offer a peer: a strong craving, a very low mood, or a disclosed use. */
  readonly offerPeer: boolean;
  readonly usedDisclosed: boolean;
}

/** Craving at or above this, or mood at or below the next, offers (never forces) a peer. */
export const CRAVING_OFFER_AT = 8;
export const MOOD_OFFER_AT = 2;

const dayBefore = (isoDate: string, days: number): string => DateTime.fromISO(isoDate).minus({ days }).toISODate() ?? isoDate;

/** Reflects today's check-in against `history` (any order; today's row may be in it). */
export function reflect(today: CheckIn, history: readonly CheckIn[]): Reflection {
  const dates = new Set(history.map((row) => row.localDate).concat(today.localDate));
  let streak = 0;
  while (dates.has(dayBefore(today.localDate, streak))) streak += 1;

  const weekStart = dayBefore(today.localDate, 7);
  const week = history.filter((row) => row.localDate >= weekStart && row.localDate < today.localDate && row.mood !== null);
  let mood: Reflection['mood'];
  if (today.mood !== null && week.length > 0) {
    const weekAverage = Math.round((week.reduce((sum, row) => sum + (row.mood ?? 0), 0) / week.length) * 10) / 10;
    const difference = today.mood - weekAverage;
    mood = { today: today.mood, weekAverage, direction: difference >= 1 ? 'higher' : difference <= -1 ? 'lower' : 'same' };
  }
  const usedDisclosed = today.used === true;
  const offerPeer =
    usedDisclosed || (today.craving !== null && today.craving >= CRAVING_OFFER_AT) || (today.mood !== null && today.mood <= MOOD_OFFER_AT);
  return { streak, mood, offerPeer, usedDisclosed };
}
