import type { CrisisEvent, CrisisEventRepository } from '../../store/crisis-events.js';
import type { Handoff, HandoffRepository } from '../../store/handoffs.js';

/** How long after a crisis message the conversation stays in crisis without an open hand-off. */
export const CRISIS_CONTEXT_MS = 30 * 60_000;

/** A crisis still open for a person: the latest crisis event, and the hand-off if one is in progress. */
export interface OpenCrisis {
  readonly event?: CrisisEvent;
  readonly handoff?: Handoff;
}

/**
 * Whether a person's crisis is still open: an unclosed crisis hand-off they have not said they
 * are safe in since, or a crisis message in the last half hour that no peer has closed a
 * hand-off after and that the person has not said was a false alarm.
 */
export class OpenCrises {
  constructor(
    private readonly crisisEvents: Pick<CrisisEventRepository, 'latestFor'>,
    private readonly handoffs: Pick<HandoffRepository, 'latestFor'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async of(participantId: string, read?: { readonly handoff: Handoff | undefined }): Promise<OpenCrisis | undefined> {
    const event = await this.crisisEvents.latestFor(participantId);
    const handoff = read ? read.handoff : await this.handoffs.latestFor(participantId);
    const wayBack = event?.outcome === 'false_alarm' || event?.outcome === 'said_safe';
    if (handoff && handoff.status !== 'closed') {
      if (handoff.reason !== 'crisis') return undefined;
      const saidSafe = handoff.saidSafeAt !== null && (event === undefined || handoff.saidSafeAt >= event.createdAt);
      return saidSafe ? undefined : { event, handoff };
    }
    if (!event || wayBack) return undefined;
    const recent = this.now().getTime() - event.createdAt.getTime() < CRISIS_CONTEXT_MS;
    // A peer who closed the hand-off after the crisis message has handled it: the bot is back.
    const handledByPeer = handoff?.closedAt != null && handoff.closedAt >= event.createdAt;
    return recent && !handledByPeer ? { event } : undefined;
  }
}
