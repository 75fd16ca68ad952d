import type { Logger } from '../../logging.js';
import type { Handoff, HandoffRepository } from '../../store/handoffs.js';

/**
 * The alert path's own check: a crisis hand-off open for the crisis delay with nobody alerted
 * (no on-call staff configured, or every send failed) is an error in the log, once per hand-off
 * and instance, and makes the instance not ready (/readyz 503) until it is alerted or closed.
 */
export class AlertPathWatch {
  private readonly reported = new Set<number>();

  constructor(
    private readonly handoffs: Pick<HandoffRepository, 'unalertedCrises'>,
    private readonly escalationMinutes: number,
    private readonly logger: Logger,
  ) {}

  /** The crisis hand-offs nobody has been alerted about; logs the new ones. */
  async check(): Promise<Handoff[]> {
    const stalled = await this.handoffs.unalertedCrises(this.escalationMinutes * 60_000);
    for (const handoff of stalled) {
      if (this.reported.has(handoff.id)) continue;
      this.reported.add(handoff.id);
      this.logger.error({ handoffId: handoff.id, escalationLevel: handoff.escalationLevel, event: 'crisis_alert_stalled' }, 'a crisis hand-off has been open with nobody alerted');
    }
    return stalled;
  }
}
