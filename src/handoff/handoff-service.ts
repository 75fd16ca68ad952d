import type { ProgramConfig } from '../config.js';
import type { Handoff, HandoffReason, HandoffRepository } from '../store/handoffs.js';
import type { Participant } from '../store/participants.js';
import type { HandoffAlerter } from './handoff-alerter.js';
import { nextOpening, type Opening } from './office-hours.js';

/** Opening a hand-off to a human peer, from a crisis, a request or a check-in's offer. */
export class HandoffService {
  constructor(
    private readonly program: ProgramConfig,
    private readonly handoffs: HandoffRepository,
    private readonly alerter: HandoffAlerter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Opens (or reuses) the participant's hand-off and alerts staff the first time. `reached`
   * says whether any staff member was alerted, so the person is never promised a call nobody got.
   */
  async request(
    participant: Participant,
    reason: HandoffReason,
    category?: string,
  ): Promise<{ handoff: Handoff; created: boolean; upgraded?: boolean; reached: boolean; opening?: Opening }> {
    const now = this.now();
    // A crisis is answered at any hour; an ordinary request outside office hours waits for them, not escalating overnight.
    const opening = reason === 'crisis' ? undefined : nextOpening(this.program.officeHours, now, participant.timeZone ?? this.program.defaultTimeZone);
    const minutes = reason === 'crisis' ? this.program.escalationMinutes : this.program.requestEscalationMinutes;
    const waitMs = opening ? opening.at.getTime() - now.getTime() : 0;
    const opened = await this.handoffs.open({ participantId: participant.id, reason, category, escalateAfterMs: waitMs + minutes * 60_000 });
    // A request that became a crisis is alerted as one now (URGENT), however and whenever it began.
    const alertNow = opened.created || (opened.upgraded === true && opened.handoff.status === 'open');
    const reached = alertNow ? (await this.alerter.alert(opened.handoff, participant, opened.handoff.escalationLevel)) > 0 : true;
    return { ...opened, reached, ...(opening ? { opening } : {}) };
  }
}
