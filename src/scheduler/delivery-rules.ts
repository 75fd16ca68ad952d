import { DateTime } from 'luxon';
import { clockMinutes, clockSetting } from './clock-time.js';

/** The program's rules for proactive messages. */
export interface DeliveryPolicy {
  /** The local window proactive messages may arrive in, 'HH:mm' each (the end is exclusive). */
  readonly window: { readonly start: string; readonly end: string };
  /** What happens to a message due outside the window: wait for its start, or drop it. */
  readonly outsideWindow: 'defer' | 'drop';
  /** A message this late (an outage, a long deferral) is dropped rather than sent out of context. */
  readonly staleAfterMinutes: number;
  /** At most this many proactive messages per person per local day. */
  readonly maxPerDay: number;
}

/** What is known about one due occurrence when it is claimed. */
export interface DeliveryFacts {
  readonly now: Date;
  readonly zone: string;
  readonly kind: 'goal_reminder' | 'check_in_prompt';
  readonly occurrenceAt: Date;
  readonly dueAt: Date;
  readonly participantStatus: 'pending_consent' | 'active' | 'opted_out';
  /** A crisis hand-off is open, or the person wrote a crisis message in the last day. */
  readonly inCrisis: boolean;
  readonly sentToday: number;
  /** Check-in prompts: the person already checked in on the occurrence's local day. */
  readonly checkedInToday?: boolean;
  /** Goal reminders: the goal still wants reminders (active, not paused, has a schedule). */
  readonly goalWantsReminders?: boolean;
}

export type Decision =
  | { readonly action: 'send' }
  | { readonly action: 'skip'; readonly reason: SkipReason }
  | { readonly action: 'defer'; readonly until: Date };

export type SkipReason =
  | 'not_active'
  | 'in_crisis'
  | 'goal_inactive'
  | 'already_checked_in'
  | 'stale'
  | 'quiet_hours'
  | 'daily_limit'
  | 'unreachable';

/** Whether a local time of day falls in the window; a window may run past midnight (22:00–02:00). */
export function insideWindow(local: DateTime, window: DeliveryPolicy['window']): boolean {
  return minuteInsideWindow(local.hour * 60 + local.minute, window);
}

/** Whether a clock time 'HH:mm' falls in the window (a check-in time the person chooses must). */
export function clockInsideWindow(clock: string, window: DeliveryPolicy['window']): boolean {
  return minuteInsideWindow(clockMinutes(clock), window);
}

function minuteInsideWindow(minute: number, window: DeliveryPolicy['window']): boolean {
  const start = clockMinutes(window.start);
  const end = clockMinutes(window.end);
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The next moment the window opens after `local` (luxon moves a start that does not exist that day forward). */
export function nextWindowStart(local: DateTime, window: DeliveryPolicy['window']): DateTime {
  const at = clockSetting(window.start);
  const opening = local.set(at);
  return opening > local ? opening : local.plus({ days: 1 }).set(at);
}

/**
 * Decides what to do with a due occurrence. The order matters: who the person is and whether
 * they are in crisis come before any question of timing, so nothing is ever merely deferred
 * to someone who must not get it.
 */
export function decideDelivery(facts: DeliveryFacts, policy: DeliveryPolicy): Decision {
  if (facts.participantStatus !== 'active') return { action: 'skip', reason: 'not_active' };
  if (facts.inCrisis) return { action: 'skip', reason: 'in_crisis' };
  if (facts.kind === 'goal_reminder' && facts.goalWantsReminders === false) return { action: 'skip', reason: 'goal_inactive' };

  const local = DateTime.fromJSDate(facts.now, { zone: facts.zone });
  if (facts.kind === 'check_in_prompt') {
    if (facts.checkedInToday) return { action: 'skip', reason: 'already_checked_in' };
    // Yesterday's invitation is not sent today: a missed day is not nagged twice.
    const occurrenceDay = DateTime.fromJSDate(facts.occurrenceAt, { zone: facts.zone }).toISODate();
    if (occurrenceDay !== local.toISODate()) return { action: 'skip', reason: 'stale' };
  }
  if (facts.now.getTime() - facts.dueAt.getTime() > policy.staleAfterMinutes * 60_000) return { action: 'skip', reason: 'stale' };
  if (!insideWindow(local, policy.window)) {
    if (policy.outsideWindow === 'drop') return { action: 'skip', reason: 'quiet_hours' };
    return { action: 'defer', until: nextWindowStart(local, policy.window).toJSDate() };
  }
  if (facts.sentToday >= policy.maxPerDay) return { action: 'skip', reason: 'daily_limit' };
  return { action: 'send' };
}
