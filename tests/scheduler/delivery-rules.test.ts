import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { decideDelivery, insideWindow, nextWindowStart, type DeliveryFacts, type DeliveryPolicy } from '../../src/scheduler/delivery-rules.js';

const policy: DeliveryPolicy = { window: { start: '08:00', end: '21:00' }, outsideWindow: 'defer', staleAfterMinutes: 180, maxPerDay: 3 };
const zone = 'America/Edmonton';
const local = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();

function facts(at: string, changes: Partial<DeliveryFacts> = {}): DeliveryFacts {
  const now = local(at);
  return { now, zone, kind: 'goal_reminder', occurrenceAt: now, dueAt: now, participantStatus: 'active', inCrisis: false, sentToday: 0, goalWantsReminders: true, ...changes };
}

describe('delivery rules', () => {
  it.each([
    ['07:59', false],
    ['08:00', true],
    ['20:59', true],
    ['21:00', false],
    ['03:00', false],
  ])('a local time of %s is inside the 08:00–21:00 window: %s', (time, inside) => {
    expect(insideWindow(DateTime.fromISO(`2026-12-01T${time}`, { zone }), policy.window)).toBe(inside);
  });

  it('a window that runs past midnight holds the late evening and the early morning', () => {
    const late = { start: '22:00', end: '02:00' };
    expect(insideWindow(DateTime.fromISO('2026-12-01T23:30', { zone }), late)).toBe(true);
    expect(insideWindow(DateTime.fromISO('2026-12-01T01:30', { zone }), late)).toBe(true);
    expect(insideWindow(DateTime.fromISO('2026-12-01T12:00', { zone }), late)).toBe(false);
  });

  it('a reminder due at 22:30 waits for 08:00 the next morning', () => {
    const decision = decideDelivery(facts('2026-12-01T22:30'), policy);
    expect(decision).toEqual({ action: 'defer', until: local('2026-12-02T08:00') });
  });

  it('a reminder due at 06:00 waits for 08:00 the same morning', () => {
    expect(decideDelivery(facts('2026-12-01T06:00'), policy)).toEqual({ action: 'defer', until: local('2026-12-01T08:00') });
  });

  it('with the drop setting a reminder due at night is not sent at all', () => {
    expect(decideDelivery(facts('2026-12-01T22:30'), { ...policy, outsideWindow: 'drop' })).toEqual({ action: 'skip', reason: 'quiet_hours' });
  });

  it('the window opens at 08:00 local on the day the clocks change', () => {
    const springForward = DateTime.fromISO('2026-03-08T01:00', { zone: 'America/New_York' });
    expect(nextWindowStart(springForward, policy.window).toISO()).toBe('2026-03-08T08:00:00.000-04:00');
  });

  it.each<[string, Partial<DeliveryFacts>, string]>([
    ['an opted-out person', { participantStatus: 'opted_out' }, 'not_active'],
    ['someone who never consented', { participantStatus: 'pending_consent' }, 'not_active'],
    ['someone in crisis', { inCrisis: true }, 'in_crisis'],
    ['a paused or finished goal', { goalWantsReminders: false }, 'goal_inactive'],
    ['someone who had their three messages today', { sentToday: 3 }, 'daily_limit'],
  ])('nothing goes to %s', (_, changes, reason) => {
    expect(decideDelivery(facts('2026-12-01T12:00', changes), policy)).toEqual({ action: 'skip', reason });
  });

  it('an opted-out person is skipped, not deferred, at night', () => {
    expect(decideDelivery(facts('2026-12-01T23:00', { participantStatus: 'opted_out' }), policy)).toEqual({ action: 'skip', reason: 'not_active' });
  });

  it('a reminder hours late after an outage is dropped, not sent out of context', () => {
    const decision = decideDelivery(facts('2026-12-01T15:01', { occurrenceAt: local('2026-12-01T12:00'), dueAt: local('2026-12-01T12:00') }), policy);
    expect(decision).toEqual({ action: 'skip', reason: 'stale' });
  });

  it('a check-in prompt is not sent once the person has checked in that day', () => {
    expect(decideDelivery(facts('2026-12-01T10:00', { kind: 'check_in_prompt', checkedInToday: true }), policy)).toEqual({ action: 'skip', reason: 'already_checked_in' });
  });

  it("yesterday's check-in prompt is not sent today: a missed day is not nagged twice", () => {
    const yesterday = local('2026-11-30T20:30');
    const decision = decideDelivery(facts('2026-12-01T08:00', { kind: 'check_in_prompt', occurrenceAt: yesterday, dueAt: local('2026-12-01T08:00') }), policy);
    expect(decision).toEqual({ action: 'skip', reason: 'stale' });
  });

  it('a reminder deferred overnight is sent when the window opens', () => {
    const decision = decideDelivery(facts('2026-12-02T08:00', { occurrenceAt: local('2026-12-01T22:30'), dueAt: local('2026-12-02T08:00') }), policy);
    expect(decision).toEqual({ action: 'send' });
  });
});
