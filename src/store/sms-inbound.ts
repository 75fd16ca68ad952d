import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from './database.js';
import { smsInbound } from './schema.js';

// Postgres text cannot hold U+0000; a text that carries one (a phone's glitch, a fuzzer) is kept without it.
// eslint-disable-next-line no-control-regex -- NUL is the one character Postgres refuses
const withoutNul = (text: string): string => text.replace(/\u0000/g, '');

export type InboundSms = typeof smsInbound.$inferSelect;
export type NewInboundSms = Pick<typeof smsInbound.$inferInsert, 'messageSid' | 'fromAddress' | 'toAddress' | 'body' | 'numMedia' | 'optOutType'>;

/** The inbound text queue: stored before Twilio is answered, handed out one per sender, oldest first. */
export class SmsInboundRepository {
  constructor(private readonly db: Db) {}

  /** Stores a webhook's message; a retry of the same MessageSid stores nothing. */
  async store(message: NewInboundSms): Promise<{ inserted: boolean }> {
    const storable = { ...message, body: withoutNul(message.body), optOutType: message.optOutType && withoutNul(message.optOutType) };
    const rows = await this.db.insert(smsInbound).values(storable).onConflictDoNothing().returning({ id: smsInbound.id });
    return { inserted: rows.length > 0 };
  }

  /**
   * Claims up to `limit` messages, each the oldest pending one of its sender and only while
   * no earlier message of that sender is pending: per-sender order holds across instances.
   */
  async claimNext(owner: string, leaseMs: number, limit: number): Promise<InboundSms[]> {
    const result = await this.db.execute(sql`
      update sms_inbound set claimed_by = ${owner}, lease_until = now() + ${`${leaseMs} milliseconds`}::interval, attempts = attempts + 1
      where id in (
        select m.id from sms_inbound m
        where m.status = 'pending'
          and (m.lease_until is null or m.lease_until < now())
          and not exists (
            select 1 from sms_inbound earlier
            where earlier.from_address = m.from_address and earlier.status = 'pending' and earlier.id < m.id
          )
        order by m.id
        limit ${limit}
        for update skip locked
      )
      returning id, message_sid as "messageSid", from_address as "fromAddress", to_address as "toAddress", body,
        num_media as "numMedia", opt_out_type as "optOutType", status, attempts, claimed_by as "claimedBy",
        lease_until as "leaseUntil", received_at as "receivedAt", processed_at as "processedAt"`);
    return rowsOf<InboundSms>(result).sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Keeps a claim alive while its turn runs. */
  async renew(id: number, owner: string, leaseMs: number): Promise<void> {
    await this.db
      .update(smsInbound)
      .set({ leaseUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
      .where(and(eq(smsInbound.id, id), eq(smsInbound.claimedBy, owner)));
  }

  async complete(id: number): Promise<void> {
    await this.db
      .update(smsInbound)
      .set({ status: 'done', processedAt: sql`now()`, leaseUntil: null })
      .where(eq(smsInbound.id, id));
  }

  /** Gives up on a message that failed too often, so the sender's later messages can go on. */
  async fail(id: number): Promise<void> {
    await this.db
      .update(smsInbound)
      .set({ status: 'failed', processedAt: sql`now()`, leaseUntil: null })
      .where(eq(smsInbound.id, id));
  }

  /** Lets a claimed message be claimed again after `delayMs` (a transient failure). */
  async release(id: number, owner: string, delayMs: number): Promise<void> {
    await this.db
      .update(smsInbound)
      .set({ leaseUntil: sql`now() + ${`${delayMs} milliseconds`}::interval` })
      .where(and(eq(smsInbound.id, id), eq(smsInbound.claimedBy, owner)));
  }

  /**
   * Where a text stands in its sender's stream: how many texts they sent in the `windowMs` ending at its arrival
   * (itself included), and whether one of those before it was already throttled. Read from arrival times, so a
   * backlog worked through late is judged as it was sent.
   */
  async senderRate(messageSid: string, windowMs: number): Promise<{ recent: number; throttledBefore: boolean } | undefined> {
    const window = `${windowMs} milliseconds`;
    const [row] = rowsOf<{ recent: number; throttledBefore: boolean }>(
      await this.db.execute(sql`
        select
          (select count(*)::int from sms_inbound o
            where o.from_address = m.from_address and o.received_at > m.received_at - ${window}::interval and o.id <= m.id) as recent,
          exists(select 1 from sms_inbound o
            where o.from_address = m.from_address and o.throttled and o.received_at > m.received_at - ${window}::interval and o.id < m.id) as "throttledBefore"
        from sms_inbound m where m.message_sid = ${messageSid}`),
    );
    return row && { recent: Number(row.recent), throttledBefore: row.throttledBefore === true || String(row.throttledBefore) === 't' };
  }

  /** Records that a text came in a flood and was not run through the dialogs. */
  async markThrottled(messageSid: string): Promise<void> {
    await this.db.update(smsInbound).set({ throttled: true }).where(eq(smsInbound.messageSid, messageSid));
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(smsInbound).where(eq(smsInbound.status, 'pending'));
    return row?.count ?? 0;
  }

  /** Erases every text a number sent (data deletion). */
  async eraseAddress(address: string): Promise<void> {
    await this.db.delete(smsInbound).where(eq(smsInbound.fromAddress, address));
  }
}
