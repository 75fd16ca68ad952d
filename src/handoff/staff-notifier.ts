import type { CheckInTrend } from '../check-in/trend.js';
import type { StaffContact } from '../config.js';
import type { Helper } from '../safety-plan/sections.js';
import type { Handoff } from '../store/handoffs.js';

/** How an alert to one staff member went: queued for sending, failed, or no channel reaches them. */
export type AlertOutcome = 'sent' | 'failed' | 'unreachable';

/** What an alert card shows staff about a hand-off: the person's alias, never their number or their words. */
export interface HandoffAlertFacts {
  readonly handoffId: number;
  readonly alias: string;
  readonly reason: string;
  readonly urgency: Handoff['urgency'];
  readonly level: number;
  readonly optedOut: boolean;
  readonly trend: CheckInTrend;
  /** The people to ask from the person's safety plan, only when they agreed a peer may see them. */
  readonly planContacts?: readonly Helper[];
}

/** A message to staff about a hand-off: the text every channel carries, and for an alert the facts a card shows. */
export interface StaffMessage {
  readonly text: string;
  readonly handoff: Handoff;
  readonly alert?: HandoffAlertFacts;
}

/** Reaches a staff member on a channel they use; `key` makes a repeated alert a no-op. */
export interface StaffNotifier {
  readonly channel: string;
  notify(staff: StaffContact, message: StaffMessage, key: string): Promise<AlertOutcome>;
  /** The hand-off was claimed or closed: an alert everyone can see (a channel card) says so. */
  handoffChanged?(handoff: Handoff): Promise<void>;
}
