import type { ProgramConfig, StaffContact } from '../config.js';
import type { Logger } from '../logging.js';
import type { Handoff, HandoffRepository } from '../store/handoffs.js';
import type { Participant } from '../store/participants.js';
import type { StaffNotifier } from './staff-notifier.js';
import { staffAlertText } from './staff-messages.js';

/** How every alert's send key starts, so erasing a person can find the alerts that named them. */
export const HANDOFF_ALERT_KEY_PREFIX = 'send:handoff:';

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
 * Staff texts carry the participant's first name or alias, never their number.
 */
export class HandoffAlerter {
  constructor(
    private readonly program: ProgramConfig,
    private readonly handoffs: HandoffRepository,
    private readonly notifiers: readonly StaffNotifier[],
    private readonly logger: Logger,
  ) {}

  /** Alerts the contacts for `level`; returns how many alerts went out. */
  async alert(handoff: Handoff, participant: Pick<Participant, 'name' | 'status'>, level: number): Promise<number> {
    const text = staffAlertText(this.program, handoff, participant, level);
    let sent = 0;
    for (const staff of contactsForLevel(this.program.onCall, level)) {
      for (const notifier of this.notifiers) {
        const outcome = await notifier
          .notify(staff, text, `handoff:${handoff.id}:level:${level}:${notifier.channel}:${staff.name}`) // queued as send:handoff:…
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
}
