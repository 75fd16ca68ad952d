import { describe, expect, it } from 'vitest';
import { openness, type Hours } from '../../src/resources/opening-hours.js';

const weekly = (byday: string, opensAt: string | null, closesAt: string | null, valid: { validFrom?: string; validTo?: string } = {}): Hours => ({
  freq: 'WEEKLY',
  byday,
  opensAt,
  closesAt,
  validFrom: valid.validFrom ?? null,
  validTo: valid.validTo ?? null,
});

// 2026-11-18 is a Wednesday.
const at = (local: string, zone = 'America/New_York') => new Date(new Date(`${local}Z`).getTime() - offsetMs(local, zone));
function offsetMs(local: string, zone: string): number {
  const utc = new Date(`${local}Z`);
  const shown = new Date(utc.toLocaleString('en-US', { timeZone: zone }));
  const asUtc = new Date(utc.toLocaleString('en-US', { timeZone: 'UTC' }));
  return shown.getTime() - asUtc.getTime();
}

describe('opening hours, read in the place’s own time zone', () => {
  it.each([
    ['a weekday pantry at 10:30 on Wednesday', [weekly('MO,TU,WE,TH,FR', '09:00', '17:00')], '2026-11-18T10:30:00', { kind: 'open', until: '17:00' }],
    ['the same pantry at 8:00', [weekly('MO,TU,WE,TH,FR', '09:00', '17:00')], '2026-11-18T08:00:00', { kind: 'opens', day: 'today', at: '09:00' }],
    ['the same pantry at 18:00', [weekly('MO,TU,WE,TH,FR', '09:00', '17:00')], '2026-11-18T18:00:00', { kind: 'opens', day: 'tomorrow', at: '09:00' }],
    ['the same pantry on Friday evening', [weekly('MO,TU,WE,TH,FR', '09:00', '17:00')], '2026-11-20T18:00:00', { kind: 'opensOn', weekday: 1, at: '09:00' }],
    ['an overnight shelter at 2:00, open since the evening before', [weekly('', '19:00', '07:00')], '2026-11-18T02:00:00', { kind: 'open', until: '07:00' }],
    ['the shelter at noon', [weekly('', '19:00', '07:00')], '2026-11-18T12:00:00', { kind: 'opens', day: 'today', at: '19:00' }],
    ['a line open 00:00 to 24:00 every day', [weekly('', '00:00', '24:00')], '2026-11-18T03:00:00', { kind: 'always' }],
    ['a line with no hours given but a daily row', [{ ...weekly('', null, null), freq: 'DAILY' }], '2026-11-18T03:00:00', { kind: 'always' }],
    ['two sessions a day, between them', [weekly('', '12:00', '13:00'), weekly('', '18:30', '19:30')], '2026-11-18T15:00:00', { kind: 'opens', day: 'today', at: '18:30' }],
    ['hours that ended last month', [weekly('', '09:00', '17:00', { validTo: '2026-10-31' })], '2026-11-18T10:00:00', { kind: 'closed' }],
    ['hours that start next Monday', [weekly('', '09:00', '17:00', { validFrom: '2026-11-23' })], '2026-11-18T10:00:00', { kind: 'opensOn', weekday: 1, at: '09:00' }],
    ['no schedule at all', [], '2026-11-18T10:00:00', { kind: 'unknown' }],
  ])('%s', (_, hours, local, expected) => {
    expect(openness(hours, 'America/New_York', at(local))).toEqual(expected);
  });

  it('the same instant is open in Medicine Hat and closed in New York', () => {
    const instant = new Date('2026-11-18T23:30:00Z'); // 16:30 in Medicine Hat, 18:30 in New York
    const hours = [weekly('WE', '09:00', '17:00')];
    expect(openness(hours, 'America/Edmonton', instant)).toEqual({ kind: 'open', until: '17:00' });
    expect(openness(hours, 'America/New_York', instant)).toEqual({ kind: 'opensOn', weekday: 3, at: '09:00' });
  });
});
