import type { Activity } from 'botbuilder';
import type { StaffContact } from '../config.js';

/** The program's staff, recognised by their on-call phone (SMS) or their Teams user id: never participants. */
export class StaffDirectory {
  private readonly byPhone: ReadonlyMap<string, StaffContact>;
  private readonly byTeamsId: ReadonlyMap<string, StaffContact>;

  constructor(onCall: readonly StaffContact[]) {
    this.byPhone = new Map(onCall.flatMap((staff) => (staff.phone ? [[staff.phone, staff] as const] : [])));
    this.byTeamsId = new Map(onCall.flatMap((staff) => (staff.teamsUserId ? [[staff.teamsUserId, staff] as const] : [])));
  }

  /** The staff member who sent this activity, if a staff member did. */
  staffOf(activity: Pick<Activity, 'channelId' | 'from'>): StaffContact | undefined {
    const { channelId, from } = activity;
    if (!from) return undefined;
    if (channelId === 'sms') return this.byPhone.get(from.id);
    if (channelId === 'msteams') return this.byTeamsId.get(from.aadObjectId ?? '') ?? this.byTeamsId.get(from.id);
    return undefined;
  }
}
