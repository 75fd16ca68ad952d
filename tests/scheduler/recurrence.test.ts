import { describe, expect, it } from 'vitest';
import { dailyAt, isSchedule, nextOccurrence, type Occurrence, type Schedule } from '../../src/scheduler/recurrence.js';

const NEW_YORK = 'America/New_York';
const EDMONTON = 'America/Edmonton';
const recurring = (rule: string): Schedule => ({ kind: 'recurring', rule });
const plain = (occurrence: Occurrence | undefined) => occurrence && { at: occurrence.at.toISOString(), local: occurrence.local };

/** The next `count` occurrences, each asked for right after the one before, as a reminder worker would. */
function chain(schedule: Schedule, from: string, zone: string, count: number): string[] {
  const seen: string[] = [];
  let after = new Date(from);
  for (let i = 0; i < count; i += 1) {
    const next = nextOccurrence(schedule, after, zone);
    if (!next) break;
    seen.push(`${next.local} ${next.at.toISOString()}`);
    after = next.at;
  }
  return seen;
}

describe('a daily reminder keeps its wall-clock time across daylight saving', () => {
  it.each([
    [NEW_YORK, 'spring, day before', '2026-03-06T14:00:00Z', '2026-03-07T13:00:00.000Z', '2026-03-07T08:00'],
    [NEW_YORK, 'spring, the day itself', '2026-03-07T14:00:00Z', '2026-03-08T12:00:00.000Z', '2026-03-08T08:00'],
    [NEW_YORK, 'fall, day before', '2026-10-30T13:00:00Z', '2026-10-31T12:00:00.000Z', '2026-10-31T08:00'],
    [NEW_YORK, 'fall, the day itself', '2026-10-31T13:00:00Z', '2026-11-01T13:00:00.000Z', '2026-11-01T08:00'],
    [EDMONTON, 'spring, day before', '2026-03-06T16:00:00Z', '2026-03-07T15:00:00.000Z', '2026-03-07T08:00'],
    [EDMONTON, 'spring, the day itself', '2026-03-07T16:00:00Z', '2026-03-08T14:00:00.000Z', '2026-03-08T08:00'],
    [EDMONTON, 'fall, day before', '2026-10-30T15:00:00Z', '2026-10-31T14:00:00.000Z', '2026-10-31T08:00'],
    [EDMONTON, 'fall, the day itself', '2026-10-31T15:00:00Z', '2026-11-01T15:00:00.000Z', '2026-11-01T08:00'],
  ])('%s, %s: 8 AM local', (zone, _when, after, at, local) => {
    expect(plain(nextOccurrence(dailyAt('08:00'), new Date(after), zone))).toEqual({ at, local });
  });
});

describe('a reminder in the skipped or repeated hour fires exactly once', () => {
  it.each([
    [NEW_YORK, '2026-03-07T05:00:00Z', ['2026-03-07T02:30 2026-03-07T07:30:00.000Z', '2026-03-08T03:30 2026-03-08T07:30:00.000Z', '2026-03-09T02:30 2026-03-09T06:30:00.000Z']],
    [EDMONTON, '2026-03-07T07:00:00Z', ['2026-03-07T02:30 2026-03-07T09:30:00.000Z', '2026-03-08T03:30 2026-03-08T09:30:00.000Z', '2026-03-09T02:30 2026-03-09T08:30:00.000Z']],
  ])('%s: 02:30 on spring-forward day happens at 03:30', (zone, from, expected) => {
    expect(chain(recurring('FREQ=DAILY;BYHOUR=2;BYMINUTE=30'), from, zone, 3)).toEqual(expected);
  });

  it.each([
    [NEW_YORK, '2026-10-31T04:00:00Z', ['2026-10-31T01:30 2026-10-31T05:30:00.000Z', '2026-11-01T01:30 2026-11-01T05:30:00.000Z', '2026-11-02T01:30 2026-11-02T06:30:00.000Z']],
    [EDMONTON, '2026-10-31T06:00:00Z', ['2026-10-31T01:30 2026-10-31T07:30:00.000Z', '2026-11-01T01:30 2026-11-01T07:30:00.000Z', '2026-11-02T01:30 2026-11-02T08:30:00.000Z']],
  ])('%s: 01:30 on fall-back day happens the first time only', (zone, from, expected) => {
    expect(chain(recurring('FREQ=DAILY;BYHOUR=1;BYMINUTE=30'), from, zone, 3)).toEqual(expected);
  });

  it.each([
    ['01:10, second pass', '2026-11-01T06:10:00Z'],
    ['01:45, first pass', '2026-11-01T05:45:00Z'],
  ])('asked at %s of the repeated hour, the next 01:30 is the next day', (_when, after) => {
    expect(plain(nextOccurrence(recurring('FREQ=DAILY;BYHOUR=1;BYMINUTE=30'), new Date(after), NEW_YORK))).toEqual({
      at: '2026-11-02T06:30:00.000Z',
      local: '2026-11-02T01:30',
    });
  });

  it('a 01:50 reminder asked for at 01:45 of the first pass still fires that night, at the first 01:50', () => {
    const next = nextOccurrence(recurring('FREQ=DAILY;BYHOUR=1;BYMINUTE=50'), new Date('2026-11-01T05:45:00Z'), NEW_YORK);
    expect(plain(next)).toEqual({ at: '2026-11-01T05:50:00.000Z', local: '2026-11-01T01:50' });
  });
});

describe('the next occurrence is strictly after the moment asked', () => {
  it.each([
    ['one millisecond before 8 AM', '2026-03-05T12:59:59.999Z', '2026-03-05T13:00:00.000Z'],
    ['exactly 8 AM', '2026-03-05T13:00:00.000Z', '2026-03-06T13:00:00.000Z'],
    ['a second after 8 AM', '2026-03-05T13:00:01.000Z', '2026-03-06T13:00:00.000Z'],
  ])('%s', (_when, after, at) => {
    expect(nextOccurrence(dailyAt('08:00'), new Date(after), NEW_YORK)?.at.toISOString()).toBe(at);
  });
});

describe('a weekly rule picks the right next day', () => {
  const mondayThursdayNoon = recurring('FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=12;BYMINUTE=0');
  const weekdaysAt730 = recurring('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=30');
  it.each([
    ['Mon/Thu noon, asked Thursday morning', mondayThursdayNoon, '2026-03-05T15:00:00Z', NEW_YORK, '2026-03-05T12:00'],
    ['Mon/Thu noon, asked Thursday at noon', mondayThursdayNoon, '2026-03-05T17:00:00Z', NEW_YORK, '2026-03-09T12:00'],
    ['Mon/Thu noon, asked Sunday night', mondayThursdayNoon, '2026-03-09T03:59:00Z', NEW_YORK, '2026-03-09T12:00'],
    ['Mon/Thu noon, asked Monday afternoon', mondayThursdayNoon, '2026-03-09T18:00:00Z', NEW_YORK, '2026-03-12T12:00'],
    ['weekdays 7:30, asked Friday evening', weekdaysAt730, '2026-03-07T01:00:00Z', EDMONTON, '2026-03-09T07:30'],
    ['weekdays 7:30, asked Tuesday 7:00', weekdaysAt730, '2026-03-10T13:00:00Z', EDMONTON, '2026-03-10T07:30'],
    ['Sundays 8 AM, across spring-forward', recurring('FREQ=WEEKLY;BYDAY=SU;BYHOUR=8;BYMINUTE=0'), '2026-03-07T12:00:00Z', NEW_YORK, '2026-03-08T08:00'],
  ])('%s', (_case, schedule, after, zone, local) => {
    expect(nextOccurrence(schedule, new Date(after), zone)?.local).toBe(local);
  });

  it('several hours a day come in order', () => {
    expect(chain(recurring('FREQ=DAILY;BYHOUR=8,20;BYMINUTE=0'), '2026-03-05T12:00:00Z', NEW_YORK, 3)).toEqual([
      '2026-03-05T08:00 2026-03-05T13:00:00.000Z',
      '2026-03-05T20:00 2026-03-06T01:00:00.000Z',
      '2026-03-06T08:00 2026-03-06T13:00:00.000Z',
    ]);
  });
});

describe('an interval keeps the same days whenever it is asked', () => {
  it.each([
    ['every other day', 'FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0', 2],
    ['every other Tuesday', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=9;BYMINUTE=0', 14],
  ])('%s', (_case, rule, daysApart) => {
    const schedule = recurring(rule);
    const first = nextOccurrence(schedule, new Date('2026-03-05T15:00:00Z'), NEW_YORK);
    const second = first && nextOccurrence(schedule, first.at, NEW_YORK);
    if (!first || !second) throw new Error('expected two occurrences');
    expect(Math.round((second.at.getTime() - first.at.getTime()) / 86_400_000)).toBe(daysApart);
    // Asked again a day later (after a restart, say), the rule lands on the same day as before.
    const askedLater = nextOccurrence(schedule, new Date(first.at.getTime() + 86_400_000), NEW_YORK);
    expect(askedLater?.local).toBe(second.local);
  });
});

describe('a one-off reminder', () => {
  const once: Schedule = { kind: 'once', at: '2026-12-02T09:00' };
  it.each([
    ['before it', '2026-12-02T13:59:00Z', { at: '2026-12-02T14:00:00.000Z', local: '2026-12-02T09:00' }],
    ['at that very moment', '2026-12-02T14:00:00Z', undefined],
    ['after it', '2026-12-03T00:00:00Z', undefined],
  ])('asked %s', (_when, after, expected) => {
    expect(plain(nextOccurrence(once, new Date(after), NEW_YORK))).toEqual(expected);
  });

  it('set for a time that spring-forward skips happens an hour later', () => {
    const skipped = nextOccurrence({ kind: 'once', at: '2026-03-08T02:30' }, new Date('2026-03-01T00:00:00Z'), NEW_YORK);
    expect(plain(skipped)).toEqual({ at: '2026-03-08T07:30:00.000Z', local: '2026-03-08T03:30' });
  });
});

describe('schedules that cannot run are refused', () => {
  it.each<[string, unknown]>([
    ['a daily rule', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' }],
    ['a weekly rule', { kind: 'recurring', rule: 'FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=12;BYMINUTE=0' }],
    ['every other day', { kind: 'recurring', rule: 'FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0' }],
    ['a one-off', { kind: 'once', at: '2026-12-02T09:00' }],
  ])('%s is a schedule', (_case, value) => {
    expect(isSchedule(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0'],
    ['an unknown kind', { kind: 'sometimes', rule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' }],
    ['a rule without a time', { kind: 'recurring', rule: 'FREQ=DAILY' }],
    ['a weekly rule without days', { kind: 'recurring', rule: 'FREQ=WEEKLY;BYHOUR=8;BYMINUTE=0' }],
    ['a monthly rule', { kind: 'recurring', rule: 'FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=8;BYMINUTE=0' }],
    ['a rule with DTSTART', { kind: 'recurring', rule: 'DTSTART=20260101T000000;FREQ=DAILY;BYHOUR=8;BYMINUTE=0' }],
    ['a rule with COUNT', { kind: 'recurring', rule: 'FREQ=DAILY;COUNT=3;BYHOUR=8;BYMINUTE=0' }],
    ['hour 24', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=24;BYMINUTE=0' }],
    ['an unknown day', { kind: 'recurring', rule: 'FREQ=WEEKLY;BYDAY=XX;BYHOUR=8;BYMINUTE=0' }],
    ['a numeric rule', { kind: 'recurring', rule: 42 }],
    ['a one-off with seconds', { kind: 'once', at: '2026-12-02T09:00:00' }],
    ['a one-off on February 30', { kind: 'once', at: '2026-02-30T09:00' }],
    ['a one-off at 25:00', { kind: 'once', at: '2026-12-02T25:00' }],
  ])('%s is not', (_case, value) => {
    expect(isSchedule(value)).toBe(false);
  });

  it.each(['7pm', '24:00', '8:00', ''])('dailyAt("%s") throws', (time) => {
    expect(() => dailyAt(time)).toThrow(/SCHEDULE.INVALID_TIME/);
  });

  it('dailyAt writes the daily rule', () => {
    expect(dailyAt('07:05')).toEqual({ kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=5' });
  });

  it('an unknown time zone throws rather than guessing', () => {
    expect(() => nextOccurrence(dailyAt('08:00'), new Date(), 'Mars/Olympus')).toThrow(/SCHEDULE.INVALID_ZONE/);
  });
});
