import { describe, expect, it } from 'vitest';
import { checkInTrend, trendDates } from '../../src/check-in/trend.js';

describe('the check-in trend on a staff alert', () => {
  it.each([
    ['late evening in Edmonton is still the day before in UTC terms', '2026-12-01T05:00:00Z', 'America/Edmonton', '2026-11-24', '2026-11-30'],
    ['morning in Edmonton', '2026-12-01T18:00:00Z', 'America/Edmonton', '2026-11-25', '2026-12-01'],
    ['just after midnight in Toronto', '2026-12-01T05:30:00Z', 'America/Toronto', '2026-11-25', '2026-12-01'],
  ])('the week ends on the local day: %s', (_, now, zone, from, to) => {
    const dates = trendDates(new Date(now), zone, 7);
    expect(dates).toHaveLength(7);
    expect([dates[0], dates.at(-1)]).toEqual([from, to]);
  });

  it('one figure per day, oldest first, a dash for a day without a check-in or without that answer', () => {
    const dates = trendDates(new Date('2026-12-01T18:00:00Z'), 'America/Edmonton', 7);
    const trend = checkInTrend(
      [
        { localDate: '2026-11-25', mood: 3, craving: 7 },
        { localDate: '2026-11-26', mood: 5, craving: null },
        { localDate: '2026-11-27', mood: 4, craving: 6 },
        { localDate: '2026-11-30', mood: 10, craving: 0 },
        { localDate: '2026-12-01', mood: null, craving: 2 },
      ],
      dates,
    );
    expect(trend).toEqual({ from: '2026-11-25', to: '2026-12-01', mood: '3 5 4 - - 10 -', craving: '7 - 6 - - 0 2', checkedIn: 5 });
  });

  it('no check-ins: every day is a dash', () => {
    const trend = checkInTrend([], trendDates(new Date('2026-12-01T18:00:00Z'), 'UTC', 7));
    expect(trend).toMatchObject({ mood: '- - - - - - -', craving: '- - - - - - -', checkedIn: 0 });
  });
});
