/**
 * DELETE MY DATA after a full life over SMS: afterwards no row anywhere (every table, read generically) refers to
 * the person, and a peer holding their hand-off is told they left. The request and its confirmation reach the bot
 * even while a peer holds the hand-off (the relay once swallowed the confirmation).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { rowsMentioning } from '../helpers/rows-mentioning.js';
import { SmsHarness, until } from '../helpers/sms-harness.js';

const ON_CALL_PHONE = '+15550100001';

describe.each(databaseTargets)('DELETE MY DATA after a full life on $name', (target) => {
  let harness: SmsHarness;
  beforeAll(async () => {
    harness = await SmsHarness.start(target);
  });
  afterAll(async () => harness?.close());

  /** Texts `body` and waits until it is processed and its replies handed to Twilio. */
  const converse = async (from: string, ...bodies: string[]) => {
    for (const body of bodies) await harness.waitProcessed([await harness.say(from, body)], 15_000);
  };

  it('erases every trace while a peer holds their hand-off, and the peer is told they left', async () => {
    const phone = harness.newNumber();
    const helper = '403-555-0177';
    const said = ['Call my sponsor Rosalind', 'walk Rex to the river', `Marisol ${helper}`, 'are you there Marisol?'];
    await converse(phone, 'hi', '1', 'Sam', 'Edmonton');
    await converse(phone, 'check in', '6', '3', '7', 'no');
    await converse(phone, 'my goals', said[0]!, 'every day at 8pm', '1');
    await converse(phone, 'my plan', 'shaky hands', said[1]!, 'SKIP', said[2]!, 'yes', 'SKIP', 'SKIP', 'my daughter');
    await converse(phone, 'breathing', 'ok', 'ok', 'ok', '4');
    await converse(phone, 'i want to kill myself');
    const participant = await harness.participant(phone);
    const handoff = await harness.app.app.handoffs.activeFor(participant!.id);
    expect(handoff).toBeDefined();
    await until(() => harness.sentTo(ON_CALL_PHONE).length > 0, 'the on-call alert');
    await converse(ON_CALL_PHONE, `CLAIM ${handoff!.id}`);
    await converse(phone, said[3]!);
    await until(() => harness.sentTo(ON_CALL_PHONE).some((message) => message.body.includes(said[3]!)), 'the relay to the peer');
    await converse(ON_CALL_PHONE, 'I am here with you');

    const national = phone.slice(2);
    const traces = [participant!.id, phone, phone.slice(1), national, `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`, ...said, helper, 'Rosalind'];
    const tablesBefore = new Set((await rowsMentioning(harness.db, traces)).map((row) => row.split(':')[0]));
    for (const table of ['participants', 'check_ins', 'goals', 'scheduled_messages', 'safety_plans', 'coping_tool_ratings', 'handoffs', 'handoff_messages', 'sms_inbound', 'sms_outbound', 'bot_state', 'conversation_refs']) {
      expect(tablesBefore.has(table), `before erasure, ${table} refers to them`).toBe(true);
    }

    const peerBefore = harness.sentTo(ON_CALL_PHONE).length;
    await converse(phone, 'DELETE MY DATA');
    expect(harness.sentTo(phone).at(-1)?.body).toMatch(/Erase it all\?/);
    // The yes erases its own inbound row with the rest: wait for the answer, not for the row.
    await harness.say(phone, 'yes');
    await until(() => harness.sentTo(phone).some((message) => /Your data has been erased/.test(message.body)), 'the erase confirmation');
    // The peer is told the person left, by hand-off number only; the request and the yes never reached them.
    await until(() => harness.sentTo(ON_CALL_PHONE).length > peerBefore, 'word to the peer');
    const toPeer = harness.sentTo(ON_CALL_PHONE).slice(peerBefore).map((message) => message.body);
    expect(toPeer).toEqual([`The participant of hand-off ${handoff!.id} deleted their data; the hand-off is closed.`]);

    await harness.waitOutboundSettled();
    await until(async () => (await rowsMentioning(harness.db, traces)).length === 0, 'no row left', 10_000).catch(() => undefined);
    expect(await rowsMentioning(harness.db, traces)).toEqual([]);
  }, 90_000);
});
