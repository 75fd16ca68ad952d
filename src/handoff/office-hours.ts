import { DateTime } from 'luxon';
import type { ProgramConfig } from '../config.js';
import { clockSetting } from '../scheduler/clock-time.js';

export type OfficeHours = NonNullable<ProgramConfig['officeHours']>;

/** When peers are next in, as the person reads it in their own time zone. */
export interface Opening {
  readonly at: Date;
  /** 'today' or 'tomorrow' in the person's zone, else 'later' (then say the weekday). */
  readonly relative: 'today' | 'tomorrow' | 'later';
  /** ISO weekday in the person's zone, 1 = Monday. */
  readonly weekday: number;
  /** 'HH:mm' in the person's zone. */
  readonly time: string;
}

/** Whether peers are in now; with no office hours set, always. */
export function peersInNow(hours: OfficeHours | undefined, now: Date): boolean {
  if (!hours) return true;
  const local = DateTime.fromJSDate(now, { zone: hours.timeZone });
  return hours.days.includes(local.weekday) && local >= local.set(clockSetting(hours.start)) && local < local.set(clockSetting(hours.end));
}

/** The next time peers are in, or undefined when they are in now (or always are). */
export function nextOpening(hours: OfficeHours | undefined, now: Date, personZone: string): Opening | undefined {
  if (!hours || peersInNow(hours, now)) return undefined;
  const local = DateTime.fromJSDate(now, { zone: hours.timeZone });
  for (let days = 0; days <= 7; days += 1) {
    const opening = local.plus({ days }).set(clockSetting(hours.start));
    if (opening <= local || !hours.days.includes(opening.weekday)) continue;
    const theirs = opening.setZone(personZone);
    const today = DateTime.fromJSDate(now, { zone: personZone }).startOf('day');
    const dayGap = Math.round(theirs.startOf('day').diff(today, 'days').days);
    return {
      at: opening.toJSDate(),
      relative: dayGap === 0 ? 'today' : dayGap === 1 ? 'tomorrow' : 'later',
      weekday: theirs.weekday,
      time: theirs.toFormat('HH:mm'),
    };
  }
  return undefined;
}
