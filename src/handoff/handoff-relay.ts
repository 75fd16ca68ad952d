import type { ProgramConfig, StaffContact } from '../config.js';
import type { Logger } from '../logging.js';
import type { ProactiveSender } from '../scheduler/reminder-dispatcher.js';
import type { Handoff, HandoffRepository } from '../store/handoffs.js';
import type { Participant } from '../store/participants.js';
import { catalogFor } from '../messages/index.js';
import type { Lang } from '../messages/language.js';
import { participantAlias, staffRelayText } from './staff-messages.js';
import type { StaffNotifier } from './staff-notifier.js';

/** How every relayed text's send key starts (`send:relay:<hand-off>:`), so erasing a person finds the texts that quoted them. */
export const RELAY_KEY_PREFIX = 'send:relay:';

/** How many of the participant's lines a peer sees when they claim. */
const EARLIER_LINES = 5;

export interface RelayDeps {
  readonly program: ProgramConfig;
  readonly handoffs: HandoffRepository;
  readonly participant: (id: string) => Promise<Participant | undefined>;
  /** The language to write to the participant in: their own, else the one their crisis was written in. */
  readonly languageOf: (participant: Participant) => Promise<Lang>;
  readonly reference: (participantId: string) => Promise<Record<string, unknown> | undefined>;
  /** Proactive senders by the participant's channel. */
  readonly participantSenders: ReadonlyMap<string, ProactiveSender>;
  /** How staff are reached, by channel ('sms', 'msteams'). */
  readonly staffNotifiers: readonly StaffNotifier[];
  readonly logger: Logger;
}

/** What became of a peer's message to the participant. */
export type PeerSendOutcome = 'sent' | 'unreachable';

/** The name a participant sees for a peer: their first name. */
export const peerFirstName = (staff: Pick<StaffContact, 'name'>): string => staff.name.trim().split(/\s+/)[0] ?? staff.name;

// A roster entry named for a post ("On-call peer", "Backup supervisor") names no person.
const ROLE_WORDS = /\b(on-?call|peer|backup|supervisor|staff|team|counsell?or|worker|duty)\b/i;

/** The peer's first name as the person is told who has their message; undefined when the roster names a role, not a person. */
export const peerPersonalName = (staff: Pick<StaffContact, 'name'>): string | undefined =>
  staff.name.trim() === '' || ROLE_WORDS.test(staff.name) ? undefined : peerFirstName(staff);

/**
 * The two-way relay between a participant and the peer who claimed their hand-off. Every line
 * is recorded in the transcript first; each send carries a key made from that line, so a turn
 * re-run after a crash cannot deliver it twice.
 */
export class HandoffRelay {
  constructor(private readonly deps: RelayDeps) {}

  /** The on-call staff member with this name, if any. */
  staffNamed(name: string | null): StaffContact | undefined {
    return name === null ? undefined : this.deps.program.onCall.find((staff) => staff.name === name);
  }

  /** A participant's message while their hand-off is in progress: recorded, and passed to the peer once one holds it. */
  async fromParticipant(handoff: Handoff, participant: Participant, text: string, flagged: boolean): Promise<void> {
    const line = await this.deps.handoffs.recordMessage({ handoffId: handoff.id, author: 'participant', staffName: null, body: text, flagged });
    if (handoff.status !== 'claimed') return;
    const alias = participantAlias(handoff, participant);
    await this.toPeer(handoff, staffRelayText.fromParticipant(alias, handoff.id, text, flagged), `relay:${handoff.id}:${line.id}`);
  }

  /** A peer has just claimed: the participant is told who has their message, the peer sees what came before. */
  async claimed(handoff: Handoff, staff: StaffContact): Promise<string[]> {
    await this.changed(handoff);
    const participant = await this.deps.participant(handoff.participantId);
    if (participant) {
      const words = await this.catalogOf(participant);
      await this.toParticipant(participant, words.relayPeerJoined(peerPersonalName(staff), staff.role), `relay:${handoff.id}:joined`);
    }
    const alias = participantAlias(handoff, participant);
    const earlier = (await this.deps.handoffs.messages(handoff.id, EARLIER_LINES)).filter((line) => line.author === 'participant');
    return earlier.length === 0 ? [] : [staffRelayText.earlier(earlier.map((line) => `${alias}: ${line.body}`))];
  }

  /** A peer's message to the participant, from the program's number (or the bot on Teams), as themselves. */
  async fromPeer(handoff: Handoff, staff: StaffContact, text: string): Promise<PeerSendOutcome> {
    const line = await this.deps.handoffs.recordMessage({ handoffId: handoff.id, author: 'peer', staffName: staff.name, body: text, flagged: false });
    const participant = await this.deps.participant(handoff.participantId);
    if (!participant || participant.status === 'opted_out') return 'unreachable';
    return this.toParticipant(participant, (await this.catalogOf(participant)).relayPeerSays(peerFirstName(staff), text), `relay:${handoff.id}:${line.id}`, {
      ownWords: true,
    });
  }

  /** The peer ends the hand-off with an optional note; the participant is told the bot is back. */
  async end(handoff: Handoff, staff: StaffContact, note: string | null): Promise<boolean> {
    const closed = await this.deps.handoffs.close(handoff.id, note, staff.name);
    if (!closed) return false;
    this.deps.logger.info({ handoffId: handoff.id, staff: staff.name, event: 'handoff_closed' }, 'hand-off closed by the peer');
    await this.changed(closed);
    const participant = await this.deps.participant(handoff.participantId);
    if (participant && participant.status !== 'opted_out') {
      await this.toParticipant(participant, (await this.catalogOf(participant)).relayEnded(peerFirstName(staff)), `relay:${handoff.id}:ended`);
    }
    return true;
  }

  /**
   * The participant opted out (STOP) during the hand-off: nothing more can reach them by text.
   * An ordinary hand-off is closed and the peer told; a crisis one stays open and keeps
   * escalating (opting out of texts does not end staff's duty to look at a crisis), and its
   * alerts say the person opted out.
   */
  async participantOptedOut(handoff: Handoff, participant: Participant): Promise<void> {
    if (handoff.urgency === 'urgent') {
      this.deps.logger.warn({ handoffId: handoff.id, event: 'crisis_handoff_opted_out' }, 'participant opted out during a crisis hand-off: it stays open');
      if (handoff.status === 'claimed') {
        await this.toPeer(handoff, staffRelayText.optedOutInCrisis(participantAlias(handoff, participant), handoff.id), `relay:${handoff.id}:opted-out`);
      }
      return;
    }
    const closed = await this.deps.handoffs.close(handoff.id, 'participant opted out of texts', null);
    if (!closed) return;
    this.deps.logger.info({ handoffId: handoff.id, event: 'handoff_closed', reason: 'opted_out' }, 'hand-off closed: participant opted out');
    await this.changed(closed);
    if (handoff.status === 'claimed') {
      await this.toPeer(handoff, staffRelayText.optedOut(participantAlias(handoff, participant), handoff.id), `relay:${handoff.id}:opted-out`);
    }
  }

  /** The participant erased their data during the hand-off: the peer holding it is told (by number only; their rows go with them). */
  async participantErased(handoff: Handoff): Promise<void> {
    this.deps.logger.info({ handoffId: handoff.id, event: 'handoff_closed', reason: 'erased' }, 'hand-off ended: participant erased their data');
    // Not under the relay's keys: those are erased with the person, and this must still go out.
    if (handoff.status === 'claimed') await this.toPeer(handoff, staffRelayText.erased(handoff.id), `handoff-erased:${handoff.id}`);
  }

  private async catalogOf(participant: Participant) {
    return catalogFor(await this.deps.languageOf(participant));
  }

  private async toPeer(handoff: Handoff, text: string, key: string): Promise<void> {
    const staff = this.staffNamed(handoff.claimedBy);
    const notifier = this.deps.staffNotifiers.find((candidate) => candidate.channel === handoff.claimedVia) ?? this.deps.staffNotifiers[0];
    if (!staff || !notifier) {
      this.deps.logger.error({ handoffId: handoff.id, event: 'relay_unreachable_peer' }, 'the peer holding a hand-off cannot be reached');
      return;
    }
    const outcome = await notifier.notify(staff, { text, handoff }, key);
    if (outcome !== 'sent') this.deps.logger.error({ handoffId: handoff.id, outcome, event: 'relay_unreachable_peer' }, 'relay to the peer failed');
  }

  /** Tells every notifier that keeps a shared alert (the staff channel's card) that the hand-off moved on. */
  private async changed(handoff: Handoff): Promise<void> {
    for (const notifier of this.deps.staffNotifiers) {
      await notifier.handoffChanged?.(handoff).catch((error: unknown) => {
        this.deps.logger.warn({ err: error, handoffId: handoff.id, channel: notifier.channel }, 'could not update the hand-off alert');
      });
    }
  }

  private async toParticipant(participant: Participant, text: string, key: string, options: { readonly ownWords?: boolean } = {}): Promise<PeerSendOutcome> {
    const reference = await this.deps.reference(participant.id);
    const sender = this.deps.participantSenders.get(participant.channel);
    if (!reference || !sender) return 'unreachable';
    await sender.send(reference, text, key, options);
    return 'sent';
  }
}
