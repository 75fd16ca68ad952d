import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from './database.js';
import { smsOutbound } from './schema.js';

export type OutboundSms = typeof smsOutbound.$inferSelect;
/** A claimed text, and whether an earlier claim of it was never settled. */
export type ClaimedSms = OutboundSms & { readonly wasInDoubt: boolean };
export type NewOutboundSms = Pick<typeof smsOutbound.$inferInsert, 'dedupeKey' | 'toAddress' | 'body' | 'options' | 'ephemeral' | 'critical'>;

// Delivery states in the order Twilio reports them; a failure is final and never hidden
// by a "delivered" that arrives later (callbacks come in any order).
const STATUS_RANK: Record<string, number> = {
  queued: 0,
  accepted: 1,
  scheduled: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  undelivered: 10,
  failed: 10,
  canceled: 10,
};
const rankSql = (column: unknown) =>
  sql`(case ${column} ${sql.join(
    Object.entries(STATUS_RANK).map(([status, rank]) => sql`when ${status} then ${rank}`),
    sql` `,
  )} else 0 end)`;

/** The outbound queue: replies and proactive texts, sent in order per recipient, never twice. */
export class SmsOutboundRepository {
  // Read before every inbound turn (a reply of "1" is read against the last options): prepared once per connection.
  private readonly lastOptions;

  constructor(private readonly db: Db) {
    this.lastOptions = db
      .select({ options: smsOutbound.options })
      .from(smsOutbound)
      .where(and(eq(smsOutbound.toAddress, sql.placeholder('address')), sql`(${sql.placeholder('except')}::text is null or not starts_with(${smsOutbound.dedupeKey}, ${sql.placeholder('except')}::text))`))
      .orderBy(desc(smsOutbound.id))
      .limit(1)
      .prepare('sms_outbound_last_options');
  }

  /** Queues texts; a dedupe key already queued is skipped. Returns how many were new. */
  async enqueue(messages: readonly NewOutboundSms[]): Promise<number> {
    if (messages.length === 0) return 0;
    const rows = await this.db.insert(smsOutbound).values([...messages]).onConflictDoNothing().returning({ id: smsOutbound.id });
    return rows.length;
  }

  /**
   * Claims due texts, only the oldest queued one per recipient so parts arrive in order. Each
   * comes back with `wasInDoubt`: an earlier claimer took it and never settled it (it died), so
   * Twilio may already have it.
   */
  async claimDue(owner: string, leaseMs: number, limit: number): Promise<ClaimedSms[]> {
    const result = await this.db.execute(sql`
      with picked as (
        select m.id, m.in_doubt from sms_outbound m
        where m.status = 'queued' and m.next_attempt_at <= now()
          and (m.lease_until is null or m.lease_until < now())
          and not exists (
            select 1 from sms_outbound earlier
            where earlier.to_address = m.to_address and earlier.status = 'queued' and earlier.id < m.id
          )
        order by m.id
        limit ${limit}
        for update skip locked
      )
      update sms_outbound o set claimed_by = ${owner}, lease_until = now() + ${`${leaseMs} milliseconds`}::interval,
        attempts = o.attempts + 1, in_doubt = true
      from picked where o.id = picked.id
      returning o.id, o.dedupe_key as "dedupeKey", o.to_address as "toAddress", o.body, o.options, o.ephemeral, o.critical, o.status, o.attempts,
        o.in_doubt as "inDoubt", o.next_attempt_at as "nextAttemptAt", o.claimed_by as "claimedBy", o.lease_until as "leaseUntil",
        o.provider_sid as "providerSid", o.error_code as "errorCode", o.created_at as "createdAt", o.sent_at as "sentAt",
        o.status_at as "statusAt", picked.in_doubt as "wasInDoubt"`);
    return rowsOf<ClaimedSms>(result)
      .map((row) => ({ ...row, createdAt: new Date(row.createdAt) }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  /**
   * Twilio accepted it: keep its id and first status (an ephemeral text is forgotten instead). The error of an
   * earlier, retried attempt is cleared: an operator reading the row should not take a sent text for a failed one.
   */
  async markSent(message: Pick<OutboundSms, 'id' | 'ephemeral'>, providerSid: string, status: string): Promise<void> {
    const { id } = message;
    if (message.ephemeral) {
      await this.db.delete(smsOutbound).where(eq(smsOutbound.id, id));
      return;
    }
    await this.db
      .update(smsOutbound)
      .set({
        status: status === 'queued' ? 'accepted' : status,
        providerSid,
        errorCode: null,
        sentAt: sql`now()`,
        statusAt: sql`now()`,
        leaseUntil: null,
        inDoubt: false,
      })
      .where(eq(smsOutbound.id, id));
  }

  /** Hands back a claimed text that was never tried (the sender is stopping): due again at once, the claim uncounted. */
  async unclaim(id: number, owner: string): Promise<void> {
    await this.db
      .update(smsOutbound)
      .set({ leaseUntil: null, claimedBy: null, inDoubt: false, attempts: sql`greatest(${smsOutbound.attempts} - 1, 0)` })
      .where(and(eq(smsOutbound.id, id), eq(smsOutbound.claimedBy, owner), eq(smsOutbound.status, 'queued')));
  }

  /** A transient failure (429, 5xx, network): try again after `delayMs`; `inDoubt` when Twilio may have it anyway. */
  async scheduleRetry(id: number, delayMs: number, errorCode: string, inDoubt = false): Promise<void> {
    await this.db
      .update(smsOutbound)
      .set({ nextAttemptAt: sql`now() + ${`${delayMs} milliseconds`}::interval`, errorCode, leaseUntil: null, inDoubt })
      .where(eq(smsOutbound.id, id));
  }

  /**
   * Hands back a claimed text whose outcome could not be recorded (the database was away): due
   * again at once, marked in doubt so the next try asks Twilio first. Only while `owner` still holds it.
   */
  async releaseInDoubt(id: number, owner: string): Promise<void> {
    await this.db
      .update(smsOutbound)
      .set({ leaseUntil: null, inDoubt: true })
      .where(and(eq(smsOutbound.id, id), eq(smsOutbound.claimedBy, owner), eq(smsOutbound.status, 'queued')));
  }

  /** A final failure: Twilio refused it, or it failed too often. */
  async markFailed(id: number, errorCode: string): Promise<void> {
    await this.db
      .update(smsOutbound)
      .set({ status: 'failed', errorCode, statusAt: sql`now()`, leaseUntil: null, inDoubt: false })
      .where(eq(smsOutbound.id, id));
  }

  /** A status callback: moves forward only, and a failure sticks. Returns the row, if known. */
  async recordStatus(providerSid: string, status: string, errorCode: string | undefined): Promise<OutboundSms | undefined> {
    const rank = STATUS_RANK[status] ?? 0;
    await this.db
      .update(smsOutbound)
      .set({ status, statusAt: sql`now()`, ...(errorCode ? { errorCode } : {}) })
      .where(and(eq(smsOutbound.providerSid, providerSid), sql`${rankSql(smsOutbound.status)} < ${rank}`));
    if (errorCode) {
      await this.db
        .update(smsOutbound)
        .set({ errorCode })
        .where(and(eq(smsOutbound.providerSid, providerSid), sql`${smsOutbound.errorCode} is null`));
    }
    const [row] = await this.db.select().from(smsOutbound).where(eq(smsOutbound.providerSid, providerSid));
    return row;
  }

  /**
   * The options of the last text sent to an address (a reply of "1" is read against them),
   * leaving out texts whose dedupe key starts with `exceptKeyPrefix` (a turn's own replies).
   */
  async latestOptions(address: string, exceptKeyPrefix?: string): Promise<unknown> {
    const [row] = await this.lastOptions.execute({ address, except: exceptKeyPrefix === undefined ? null : `${exceptKeyPrefix}:` });
    return row?.options ?? [];
  }

  async byStatus(statuses: readonly string[]): Promise<OutboundSms[]> {
    return this.db.select().from(smsOutbound).where(inArray(smsOutbound.status, [...statuses])).orderBy(smsOutbound.id);
  }

  /** Erases the texts whose dedupe key starts with `prefix` (alerts about an erased person). */
  async eraseByKeyPrefix(prefix: string): Promise<void> {
    await this.db.delete(smsOutbound).where(sql`starts_with(${smsOutbound.dedupeKey}, ${prefix})`);
  }

  /** Erases every text sent to a number (data deletion). Queued texts to them go too. */
  async eraseAddress(address: string): Promise<void> {
    await this.db.delete(smsOutbound).where(eq(smsOutbound.toAddress, address));
  }
}
