/**
 * Log hygiene at LOG_LEVEL trace: one person over SMS through everything the bot does, including a peer hand-off
 * relayed by phone and a Twilio send error quoting their number; afterwards no log line of the app holds anything
 * they or the peer wrote, their name, or their number in any way it can be written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { phoneNumbersIn } from '../helpers/log-scan.js';
import { SmsHarness, until } from '../helpers/sms-harness.js';

const ON_CALL_PHONE = '+15550100001'; // tests/fixtures/program.json: "On-call peer"
const NAME = 'Ottoline';

/** Every way a US number may be written: E.164, digits with and without the 1, and the usual separators. */
function numberForms(e164: string): string[] {
  const national = e164.slice(2);
  const [area, exchange, line] = [national.slice(0, 3), national.slice(3, 6), national.slice(6)];
  return [e164, e164.slice(1), national, `(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `${area}.${exchange}.${line}`, `${area} ${exchange} ${line}`, `1-${area}-${exchange}-${line}`];
}

describe.each(databaseTargets)('log lines at trace level on $name', (target) => {
  let harness: SmsHarness;
  beforeAll(async () => {
    harness = await SmsHarness.start(target, { env: { LOG_LEVEL: 'trace' } });
  });
  afterAll(async () => harness?.close());

  /** Every body a test sent that could only be in a log line by leaking (short words like "yes" are log vocabulary). */
  const written = new Set<string>();
  /** Texts each body and waits until it is processed and its replies handed to Twilio (or given up on). */
  const converse = async (from: string, ...bodies: string[]) => {
    for (const body of bodies) {
      if (body.trim().length >= 6) written.add(body);
      await harness.waitProcessed([await harness.say(from, body)], 15_000);
    }
  };

  it('hold no body, name or number of a person who did everything, nor the words of the peer who helped them', async () => {
    expect(harness.app.app.logger.level).toBe('trace');
    const phone = harness.newNumber();

    await converse(phone, 'hi', '1', NAME, 'Edmonton');
    await converse(phone, 'check in', '6', '3', '7', 'no');
    await converse(phone, 'my goals', 'Call my sponsor Rosalind', 'every day at 8pm', '1');
    await converse(phone, 'menu', 'I need food near 10001');
    expect(harness.sentTo(phone).at(-1)?.body).toMatch(/^Food near ZIP 10001/);
    await converse(phone, 'HELP');

    // A crisis: the on-call peer is alerted by text, claims it and talks with them through the relay.
    await converse(phone, 'i want to kill myself tonight, the pills are here');
    const participant = await harness.participant(phone);
    const handoff = await harness.app.app.handoffs.activeFor(participant!.id);
    expect(handoff).toBeDefined();
    await until(() => harness.sentTo(ON_CALL_PHONE).length > 0, 'the on-call alert');
    await converse(ON_CALL_PHONE, `CLAIM ${handoff!.id}`);
    await converse(phone, 'are you really there? my hands are shaking');
    await until(() => harness.sentTo(ON_CALL_PHONE).some((message) => message.body.includes('my hands are shaking')), 'the relay to the peer');
    const peerWords = ['Ottoline, I am here. Put the pills in the other room for me?', '/end talked it through, pills put away, sister coming over'];
    await converse(ON_CALL_PHONE, peerWords[0]!);
    await until(() => harness.sentTo(phone).some((message) => message.body.includes('Put the pills in the other room')), 'the relay to the person');
    await converse(phone, 'ok, I moved them to the garage');
    await converse(ON_CALL_PHONE, peerWords[1]!);

    await converse(phone, 'STOP', 'START');

    // Twilio refuses the next reply twice, its error quoting the number and the text the way Twilio's errors do.
    harness.fake.failNext({ status: 500, message: `Internal error while sending to ${phone}` });
    harness.fake.failNext({ status: 400, code: 21211, message: `The 'To' number ${phone} is not a valid phone number.` });
    await converse(phone, 'what was my goal again?');
    await until(async () => (await harness.outboundRows(phone)).some((row) => row.status === 'failed' && row.errorCode === '21211'), 'the send to fail for good');

    await converse(phone, 'DELETE MY DATA');
    await harness.say(phone, 'yes');
    await until(() => harness.sentTo(phone).some((message) => /Your data has been erased/.test(message.body)), 'the erase confirmation');
    await harness.waitOutboundSettled();

    const lines = harness.logLines();
    // Trace really on: every text leaves debug lines (stored, answered), not only the info ones.
    expect(lines.length, 'log lines written').toBeGreaterThan(80);
    expect(lines.filter((line) => line.includes('"level":20')).length, 'debug lines').toBeGreaterThan(40);
    for (const event of ['send failed; will retry', 'send failed for good', 'participant opted out', 'hand-off claimed', 'participant data erased']) {
      expect(lines.some((line) => line.includes(event)), `a log line says "${event}"`).toBe(true);
    }

    const secrets = [...written, ...peerWords, ...numberForms(phone), NAME, 'Rosalind', 'garage', 'sister'];
    const leaks = lines.flatMap((line) => secrets.filter((secret) => line.toLowerCase().includes(secret.toLowerCase())).map((secret) => `${secret} in ${line}`));
    expect(leaks).toEqual([]);
    expect(lines.filter((line) => phoneNumbersIn(line).length > 0)).toEqual([]);
    // What an operator may see of a recipient: the last four digits, to tell people apart in a log.
    const sent = lines.filter((line) => line.includes('"msg":"text sent"')).map((line) => JSON.parse(line) as { toMasked?: string });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.some((line) => line.toMasked?.endsWith(phone.slice(-4)) && !line.toMasked.includes(phone.slice(2, -4)))).toBe(true);
    harness.checkHygiene();
  }, 60_000);
});
