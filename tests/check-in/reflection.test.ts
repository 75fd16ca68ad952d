import { describe, expect, it } from 'vitest';
import { reflect } from '../../src/check-in/reflection.js';
import type { CheckIn } from '../../src/store/check-ins.js';

const day = (localDate: string, answers: Partial<CheckIn> = {}): CheckIn => ({
  id: 0,
  participantId: 'p',
  localDate,
  answeredAt: new Date(`${localDate}T15:00:00Z`),
  mood: null,
  craving: null,
  sleepHours: null,
  used: null,
  note: null,
  peerRequested: false,
  channel: 'sms',
  ...answers,
});

describe('the reflection from the person’s own history', () => {
  it('counts consecutive days ending today', () => {
    const history = [day('2026-11-22'), day('2026-11-21'), day('2026-11-19')];
    expect(reflect(day('2026-11-23'), history).streak).toBe(3);
    expect(reflect(day('2026-11-23'), []).streak).toBe(1);
  });

  it.each([
    [6, 'higher'],
    [4, 'same'],
    [2, 'lower'],
  ] as const)('a mood of %s against a week averaging 4 is %s', (mood, direction) => {
    const week = [day('2026-11-22', { mood: 3 }), day('2026-11-20', { mood: 5 }), day('2026-11-10', { mood: 10 })];
    expect(reflect(day('2026-11-23', { mood }), week).mood).toEqual({ today: mood, weekAverage: 4, direction });
  });

  it.each([
    [{ craving: 8 }, true],
    [{ craving: 7 }, false],
    [{ mood: 2 }, true],
    [{ mood: 3 }, false],
    [{ used: true }, true],
    [{ used: false }, false],
  ])('offers a peer for %o: %s', (answers, offer) => {
    expect(reflect(day('2026-11-23', answers), []).offerPeer).toBe(offer);
  });
});
