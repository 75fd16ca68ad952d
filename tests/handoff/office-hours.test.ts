import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { nextOpening, peersInNow, type OfficeHours } from '../../src/handoff/office-hours.js';

const hours: OfficeHours = { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const newYork = (iso: string) => DateTime.fromISO(iso, { zone: 'America/New_York' }).toJSDate();

describe('office hours', () => {
  it.each([
    ['Tuesday 10:00', '2026-12-01T10:00', true],
    ['Tuesday 08:59', '2026-12-01T08:59', false],
    ['Tuesday 17:00', '2026-12-01T17:00', false],
    ['Saturday noon', '2026-12-05T12:00', false],
  ])('peers are in on %s: %s', (_, at, inNow) => {
    expect(peersInNow(hours, newYork(at))).toBe(inNow);
  });

  it('with no office hours set, peers are always in', () => {
    expect(peersInNow(undefined, newYork('2026-12-05T03:00'))).toBe(true);
    expect(nextOpening(undefined, newYork('2026-12-05T03:00'), 'America/New_York')).toBeUndefined();
  });

  it.each([
    ['early on a weekday: today', '2026-12-01T07:30', 'America/New_York', { relative: 'today', weekday: 2, time: '09:00' }],
    ['a weekday evening: tomorrow', '2026-12-01T19:00', 'America/New_York', { relative: 'tomorrow', weekday: 3, time: '09:00' }],
    ['Friday evening: Monday', '2026-12-04T18:00', 'America/New_York', { relative: 'later', weekday: 1, time: '09:00' }],
    ['Friday evening in Edmonton: Monday at 07:00 their time', '2026-12-04T18:00', 'America/Edmonton', { relative: 'later', weekday: 1, time: '07:00' }],
  ])('the next opening %s', (_, at, zone, expected) => {
    expect(nextOpening(hours, newYork(at), zone)).toMatchObject(expected);
  });

  it('the opening is at 09:00 office time across the change back from daylight saving', () => {
    const opening = nextOpening(hours, newYork('2026-10-30T18:00'), 'America/New_York');
    expect(opening?.at.toISOString()).toBe('2026-11-02T14:00:00.000Z');
  });
});
