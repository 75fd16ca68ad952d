import { checkInTrend, trendDates, type CheckInTrend } from '../check-in/trend.js';
import type { ProgramConfig, StaffContact } from '../config.js';
import type { Logger } from '../logging.js';
import type { Helper } from '../safety-plan/sections.js';
import type { CheckInRepository } from '../store/check-ins.js';
import type { Handoff, HandoffRepository } from '../store/handoffs.js';
import type { Participant } from '../store/participants.js';
import type { SafetyPlanRepository } from '../store/safety-plans.js';
import type { HandoffAlertFacts, StaffMessage, StaffNotifier } from './staff-notifier.js';
import { handoffReason, participantAlias, staffAlertText, staffSaidSafeText } from './staff-messages.js';

/** How every alert's send key starts, so erasing a person can find the alerts that named them. */
export const HANDOFF_ALERT_KEY_PREFIX = 'send:handoff:';

/** How many days of check-ins an alert card shows. */
export const ALERT_TREND_DAYS = 7;

/** Who hears about a hand-off at each level: the on-call peers first, then backup and supervisors too. */
export function contactsForLevel(onCall: readonly StaffContact[], level: number): StaffContact[] {
  if (level === 0) {
    const peers = onCall.filter((staff) => staff.role === 'peer');
    return peers.length > 0 ? peers : [...onCall];
  }
  return [...onCall];
}

/**
 * Alerts staff about a hand-off on every channel that reaches them, and records each step.
 * Staff texts carry the participant's first name or alias, never their number. With the
 * person's consent, the people to ask from their safety plan come too: names in a text,
 * names and numbers on the staff channel's card.
 */
export class HandoffAlerter {
  constructor(
    private readonly program: ProgramConfig,
    private readonly handoffs: HandoffRepository,
    private readonly notifiers: readonly StaffNotifier[],
    private readonly checkIns: Pick<CheckInRepository, 'trend'>,
    private readonly plans: Pick<SafetyPlanRepository, 'sharedContacts'>,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Alerts the contacts for `level`; returns how many alerts went out. */
  async alert(handoff: Handoff, participant: Pick<Participant, 'name' | 'status' | 'timeZone'>, level: number): Promise<number> {
    const planContacts = await this.planContacts(handoff);
    const message: StaffMessage = {
      text: staffAlertText(this.program, handoff, participant, level, planContacts),
      handoff,
      alert: await this.facts(handoff, participant, level, planContacts),
    };
    let sent = 0;
    for (const staff of contactsForLevel(this.program.onCall, level)) {
      for (const notifier of this.notifiers) {
        const outcome = await notifier
          // Queued as send:handoff:…; an ordinary request upgraded to a crisis is alerted again under its own keys.
          .notify(staff, message, `handoff:${handoff.id}:${handoff.urgency === 'urgent' ? 'urgent:' : ''}level:${level}:${notifier.channel}:${staff.name}`)
          .catch((error: unknown) => {
            this.logger.error({ err: error, handoffId: handoff.id, escalationLevel: level, channel: notifier.channel }, 'staff alert failed');
            return 'failed' as const;
          });
        if (outcome === 'unreachable') continue;
        await this.handoffs.recordAlert({ handoffId: handoff.id, level, staffName: staff.name, channel: notifier.channel, status: outcome });
        if (outcome === 'sent') sent += 1;
      }
    }
    this.logger.info({ handoffId: handoff.id, escalationLevel: level, reason: handoff.reason, alertsSent: sent, event: 'handoff_alerted' }, 'staff alerted');
    if (sent === 0) {
      this.logger.error({ handoffId: handoff.id, escalationLevel: level, event: 'handoff_unalerted' }, 'no staff member could be alerted about a hand-off');
    }
    return sent;
  }

  /** The person said they are safe: the staff alerted so far hear it; the hand-off stays open for them to close. */
  async saidSafe(handoff: Handoff, participant: Pick<Participant, 'name'>): Promise<void> {
    const text = staffSaidSafeText(this.program, handoff, participant);
    for (const staff of contactsForLevel(this.program.onCall, handoff.escalationLevel)) {
      for (const notifier of this.notifiers) {
        await notifier.notify(staff, { text, handoff }, `handoff:${handoff.id}:said-safe:${notifier.channel}:${staff.name}`).catch((error: unknown) => {
          this.logger.warn({ err: error, handoffId: handoff.id, channel: notifier.channel }, 'could not tell staff the person said they are safe');
        });
      }
    }
    for (const notifier of this.notifiers) await notifier.handoffChanged?.(handoff).catch(() => undefined);
  }

  private async facts(
    handoff: Handoff,
    participant: Pick<Participant, 'name' | 'status' | 'timeZone'>,
    level: number,
    planContacts: readonly Helper[],
  ): Promise<HandoffAlertFacts> {
    return {
      handoffId: handoff.id,
      alias: participantAlias(handoff, participant),
      reason: handoffReason(handoff),
      urgency: handoff.urgency,
      level,
      optedOut: participant.status === 'opted_out',
      trend: await this.trend(handoff, participant.timeZone ?? this.program.defaultTimeZone),
      ...(planContacts.length > 0 ? { planContacts } : {}),
    };
  }

  // Like the trend, a courtesy: failing to read the plan must never hold up an alert.
  private async planContacts(handoff: Handoff): Promise<Helper[]> {
    return this.plans.sharedContacts(handoff.participantId).catch((error: unknown) => {
      this.logger.warn({ err: error, handoffId: handoff.id }, 'safety plan contacts unavailable for the alert');
      return [];
    });
  }

  // The trend is a courtesy on the card: failing to read it must never hold up an alert.
  private async trend(handoff: Handoff, zone: string): Promise<CheckInTrend> {
    const dates = trendDates(this.now(), zone, ALERT_TREND_DAYS);
    const rows = await this.checkIns.trend(handoff.participantId, dates[0] ?? '', dates.at(-1) ?? '').catch((error: unknown) => {
      this.logger.warn({ err: error, handoffId: handoff.id }, 'check-in trend unavailable for the alert');
      return [];
    });
    return checkInTrend(rows, dates);
  }
}
