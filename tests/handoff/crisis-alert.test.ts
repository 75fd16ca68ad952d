import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { FAST_SMS, startTestApp, type TestApp } from '../helpers/app.js';
import { startFakeTwilio, type FakeTwilio } from '../helpers/fake-twilio.js';
import { postSignedForm } from '../helpers/twilio-signing.js';

const PUBLIC_URL = 'https://peerline.example.org';
const OUR_NUMBER = '+12025550100';
const ON_CALL = '+15550100001'; // tests/fixtures/program.json: the on-call peer
const BACKUP = '+15550100002'; // and the backup supervisor

describe.each(databaseTargets)('a crisis by SMS alerts a human, and escalates, on $name', (target) => {
  let twilio: FakeTwilio;
  let harness: TestApp;
  let base: string;
  let clock = new Date('2026-11-23T15:00:00Z');

  beforeAll(async () => {
    twilio = await startFakeTwilio();
    harness = await startTestApp(
      target,
      {
        TWILIO_ACCOUNT_SID: twilio.accountSid,
        TWILIO_AUTH_TOKEN: twilio.authToken,
        TWILIO_PHONE_NUMBER: OUR_NUMBER,
        TWILIO_API_URL: twilio.url,
        PUBLIC_URL,
      },
      { now: () => clock, program: FAST_SMS },
    );
    base = `http://127.0.0.1:${(await harness.app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await harness?.close();
    await twilio?.close();
  });

  const text = (from: string, body: string) =>
    postSignedForm(base, '/api/sms', PUBLIC_URL, twilio.authToken, { MessageSid: `SM${randomUUID().replace(/-/g, '')}`, From: from, To: OUR_NUMBER, Body: body, NumMedia: '0' });
  const sentTo = (to: string) => twilio.messages.filter((message) => message.to === to);

  it('over SMS a crisis text from anyone gets crisis lines in the first reply and the on-call phone is alerted', async () => {
    const participant = '+12025550181';
    expect((await text(participant, "i can't do this anymore, i'm going to kill myself tonight")).status).toBe(200);
    await twilio.waitForMessages(2);
    const [reply] = sentTo(participant);
    expect(reply?.body).toContain('988');
    expect(reply?.body).toContain('911');
    const [alert] = sentTo(ON_CALL);
    expect(alert?.body).toMatch(/URGENT crisis \(suicide risk\)\. Hand-off \d+\. .*Reply CLAIM \d+/);
    expect(alert?.body).not.toContain(participant.slice(2)); // never the participant's number
    expect(alert?.body).not.toContain('kill myself'); // never the message
    expect(sentTo(BACKUP)).toHaveLength(0);
  });

  it('nobody claims within the configured time: the backup is alerted, each step logged; a claim stops it', async () => {
    const participant = '+12025550182';
    await text(participant, 'took a whole bottle of pills and my lips are going blue');
    const stored = await waitFor(() => harness.app.participants.findByAddress('sms', participant));
    const handoff = await waitFor(() => harness.app.handoffs.activeFor(stored.id));
    expect(handoff.category).toBe('overdose_medical');

    clock = new Date(clock.getTime() + 4 * 60_000);
    expect(await harness.app.escalation.tick()).toBe(0); // not yet: 5 minutes by default
    clock = new Date(clock.getTime() + 2 * 60_000);
    expect(await harness.app.escalation.tick()).toBeGreaterThanOrEqual(1);
    const escalation = `Hand-off ${handoff.id}. Not claimed yet: escalation 1.`;
    await waitFor(async () => sentTo(BACKUP).find((message) => message.body.includes(escalation)));

    const alerts = await harness.app.handoffs.alerts(handoff.id);
    expect(alerts.map((alert) => [alert.level, alert.staffName, alert.status])).toEqual([
      [0, 'On-call peer', 'sent'],
      [1, 'On-call peer', 'sent'],
      [1, 'Backup supervisor', 'sent'],
    ]);

    // The on-call peer claims it by text: told it is theirs, and escalation stops.
    await text(ON_CALL, `CLAIM ${handoff.id}`);
    await waitFor(async () => sentTo(ON_CALL).find((message) => message.body.includes(`Hand-off ${handoff.id} is yours (On-call peer)`)));
    expect((await harness.app.handoffs.get(handoff.id))?.status).toBe('claimed');
    clock = new Date(clock.getTime() + 10 * 60_000);
    await harness.app.escalation.tick();
    expect(await harness.app.handoffs.alerts(handoff.id)).toHaveLength(3); // no alert after the claim
  });

  it('two simultaneous claims: exactly one wins and the other is told', async () => {
    const participant = '+12025550183';
    await text(participant, 'he said he is going to kill me when he gets home and he has a gun');
    const stored = await waitFor(() => harness.app.participants.findByAddress('sms', participant));
    const handoff = await waitFor(() => harness.app.handoffs.activeFor(stored.id));
    const [first, second] = await Promise.all([harness.app.handoffs.claim(handoff.id, 'Ana'), harness.app.handoffs.claim(handoff.id, 'Ben')]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
