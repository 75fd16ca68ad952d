import type { HandoffAlerter } from '../handoff/handoff-alerter.js';
import type { Logger } from '../logging.js';
import type { HandoffRepository } from '../store/handoffs.js';
import type { ParticipantRepository } from '../store/participants.js';

/**
 * Re-alerts and escalates hand-offs nobody has claimed: each due one is taken by exactly one
 * instance (row locks), moved to its next level and its contacts alerted.
 */
export class EscalationWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly handoffs: HandoffRepository,
    private readonly participants: ParticipantRepository,
    private readonly alerter: HandoffAlerter,
    private readonly intervals: { readonly urgentMs: number; readonly normalMs: number },
    private readonly logger: Logger,
    private readonly pollMs = 15_000,
    /** Runs after each round: the alert path's own check (features/crisis/alert-path-watch.ts). */
    private readonly afterTick: () => Promise<unknown> = async () => undefined,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.running = this.tick().catch((error: unknown) => this.logger.warn({ err: error }, 'escalation check failed; will retry'));
    }, this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Escalates every hand-off now due; returns how many. */
  async tick(): Promise<number> {
    const due = await this.handoffs.claimDueEscalations(this.intervals);
    for (const handoff of due) {
      const participant = await this.participants.get(handoff.participantId);
      if (!participant) continue; // erased meanwhile; the hand-off went with them
      this.logger.warn({ handoffId: handoff.id, escalationLevel: handoff.escalationLevel, event: 'handoff_escalated' }, 'hand-off not claimed: escalating');
      await this.alerter.alert(handoff, participant, handoff.escalationLevel);
    }
    await this.afterTick();
    return due.length;
  }
}
