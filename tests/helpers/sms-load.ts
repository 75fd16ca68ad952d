/**
 * SMS load for the reliability tests: a client that posts webhooks the way Twilio would (a
 * webhook not answered 200 is posted again later, with the same MessageSid), people texting a
 * fixed script through it, and the check that every text was answered exactly once, in order.
 */
import { inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { smsInbound, smsOutbound } from '../../src/store/schema.js';
import { newMessageSid, until, type SmsHarness } from './sms-harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Enrollment, a whole check-in, HELP: ten texts a person sends, each with a reply the one before decides. */
export const SCRIPT = ['hi', 'yes', 'Jo', '10001', 'check in', '6', '3', '7', 'no', 'help'] as const;

/** What one webhook delivery went through. */
interface Delivery {
  readonly from: string;
  readonly body: string;
  /** The HTTP status of every post, or 'network' when no answer came (a refused or cut connection). */
  readonly outcomes: (number | 'network')[];
}

/** Posts inbound webhooks like Twilio: signed, and posted again with the same MessageSid until answered 200. */
export class TwilioLikeClient {
  readonly deliveries = new Map<string, Delivery>();

  constructor(
    private readonly sms: SmsHarness,
    /** Where to post now (a restarted server listens elsewhere). */
    private readonly base: () => string,
    private readonly giveUpMs = 120_000,
  ) {}

  /** Delivers one text; resolves with its MessageSid once a post of it was answered 200. */
  async deliver(from: string, body: string): Promise<string> {
    const messageSid = newMessageSid();
    const delivery: Delivery = { from, body, outcomes: [] };
    this.deliveries.set(messageSid, delivery);
    const deadline = Date.now() + this.giveUpMs;
    for (let attempt = 0; ; attempt += 1) {
      let outcome: number | 'network';
      try {
        const { response } = await this.sms.text(from, body, { MessageSid: messageSid }, { base: this.base() });
        outcome = response.status;
        await response.arrayBuffer();
      } catch {
        outcome = 'network';
      }
      delivery.outcomes.push(outcome);
      if (outcome === 200) return messageSid;
      if (Date.now() > deadline) throw new Error(`a text was not acknowledged within ${this.giveUpMs} ms: ${delivery.outcomes.join(', ')}`);
      await sleep(Math.min(2000, 150 * 2 ** attempt));
    }
  }

  /** Every post's outcome, counted (200 once per text; 503 a refusal; 'network' no answer). */
  outcomes(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const delivery of this.deliveries.values()) {
      for (const outcome of delivery.outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
    }
    return counts;
  }

  /** Texts acknowledged only after one or more refused or unanswered posts. */
  retried(): number {
    return [...this.deliveries.values()].filter((delivery) => delivery.outcomes.length > 1).length;
  }
}

/** The replies the script gets on a healthy system: per text, how many and which. */
export interface Golden {
  readonly perText: readonly (readonly string[])[];
  readonly bodies: readonly string[];
}

/** Runs the script for one person with nothing going wrong, waiting for each text to be answered. */
export async function recordGolden(sms: SmsHarness, client: TwilioLikeClient): Promise<Golden> {
  const person = sms.newNumber();
  const perText: string[][] = [];
  for (const body of SCRIPT) {
    const before = sms.sentTo(person).length;
    const messageSid = await client.deliver(person, body);
    await sms.waitProcessed([messageSid], 60_000);
    perText.push(sms.sentTo(person).slice(before).map((message) => message.body));
  }
  expect(perText.every((replies) => replies.length > 0), 'every text of the script is answered').toBe(true);
  return { perText, bodies: perText.flat() };
}

/** A person texting the script: each text once the last was answered, or after `patienceMs` anyway. */
export async function textScript(sms: SmsHarness, client: TwilioLikeClient, person: string, golden: Golden, patienceMs = 2500): Promise<string[]> {
  const sids: string[] = [];
  let expected = 0;
  for (const [index, body] of SCRIPT.entries()) {
    sids.push(await client.deliver(person, body));
    expected += golden.perText[index]?.length ?? 0;
    await until(() => sms.sentTo(person).length >= expected, 'a reply', patienceMs).catch(() => undefined);
    await sleep(Math.random() * 150);
  }
  return sids;
}

/** What the exactly-once check counted. */
export interface AnsweredFigures {
  readonly texts: number;
  readonly replies: number;
  readonly duplicates: number;
  readonly missing: number;
}

/**
 * Waits until every person got the script's replies and the queues are empty, then checks that
 * each text was answered exactly once, in order: each person's replies are the golden ones (none
 * missing, none twice, none out of order, no "something went wrong"), every reply Twilio took is
 * the one send of one queued reply to one of these texts, and every text is done (none set aside).
 */
export async function expectAnsweredOnce(
  sms: SmsHarness,
  people: readonly { readonly number: string; readonly sids: readonly string[] }[],
  golden: Golden,
  timeoutMs = 60_000,
): Promise<AnsweredFigures> {
  const allSids = people.flatMap((person) => person.sids);
  const deadline = Date.now() + timeoutMs;
  for (const person of people) {
    await sms.waitForReplies(person.number, golden.bodies.length, Math.max(1000, deadline - Date.now())).catch(() => undefined);
  }
  await sms.waitProcessed(allSids, Math.max(1000, deadline - Date.now()));
  await sleep(1000); // a late second answer would arrive now

  const numbers = people.map((person) => person.number);
  const sent = sms.fake.messages.filter((message) => numbers.includes(message.to));
  const queued = await sms.db
    .select({ dedupeKey: smsOutbound.dedupeKey, providerSid: smsOutbound.providerSid, toAddress: smsOutbound.toAddress })
    .from(smsOutbound)
    .where(inArray(smsOutbound.toAddress, numbers));
  const byProviderSid = new Map(queued.filter((row) => row.providerSid !== null).map((row) => [row.providerSid, row]));
  const repliesPerSid = new Map<string, number>();
  let unmatched = 0;
  for (const message of sent) {
    const row = byProviderSid.get(message.sid);
    if (!row) {
      unmatched += 1; // Twilio has a text no queued reply accounts for: a send made twice
      continue;
    }
    const inboundSid = /^reply:([^:]+):/.exec(row.dedupeKey)?.[1] ?? '';
    repliesPerSid.set(inboundSid, (repliesPerSid.get(inboundSid) ?? 0) + 1);
  }

  let missing = 0;
  for (const person of people) {
    const bodies = sms.sentTo(person.number).map((message) => message.body);
    missing += Math.max(0, golden.bodies.length - bodies.length);
    expect(bodies, `the replies to ${person.number}, in order`).toEqual(golden.bodies);
    const perSid = person.sids.map((sid) => repliesPerSid.get(sid) ?? 0);
    expect(perSid, `replies per text of ${person.number}`).toEqual(golden.perText.map((replies) => replies.length));
  }
  expect(unmatched, 'texts sent twice').toBe(0);
  const rows = await sms.db.select({ messageSid: smsInbound.messageSid, status: smsInbound.status }).from(smsInbound).where(inArray(smsInbound.messageSid, allSids));
  expect(rows, 'every acknowledged text is stored').toHaveLength(allSids.length);
  expect(rows.filter((row) => row.status !== 'done'), 'texts not done').toEqual([]);
  return { texts: allSids.length, replies: sent.length, duplicates: unmatched + Math.max(0, sent.length - golden.bodies.length * people.length), missing };
}
