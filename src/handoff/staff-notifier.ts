import type { StaffContact } from '../config.js';

/** How an alert to one staff member went: queued for sending, failed, or no channel reaches them. */
export type AlertOutcome = 'sent' | 'failed' | 'unreachable';

/** Reaches a staff member on a channel they use; `key` makes a repeated alert a no-op. */
export interface StaffNotifier {
  readonly channel: string;
  notify(staff: StaffContact, text: string, key: string): Promise<AlertOutcome>;
}
