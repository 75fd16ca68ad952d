import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoffs } from '../../src/store/schema.js';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';
import { startFakeTwilio, type FakeTwilio } from '../helpers/fake-twilio.js';
import { warmLanguages } from '../helpers/warm-recognizers.js';

warmLanguages();

const OFFICE = { timeZone: 'America/Edmonton', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

describe.each(databaseTargets)('asking for a peer, in and out of office hours, on $name', (target) => {
  let harness: TestApp;
  let twilio: FakeTwilio;
  let clock = new Date('2026-12-01T17:00:00Z'); // Tuesday 10:00 in Edmonton
  beforeAll(async () => {
    twilio = await startFakeTwilio();
    // Twilio is configured so the on-call phone can be alerted: a request then reaches someone.
    const env = { TWILIO_ACCOUNT_SID: twilio.accountSid, TWILIO_AUTH_TOKEN: twilio.authToken, TWILIO_PHONE_NUMBER: '+12025550100', TWILIO_API_URL: twilio.url, PUBLIC_URL: 'https://peerline.example.org' };
    harness = await startTestApp(target, env, { now: () => clock, program: { officeHours: OFFICE } });
  });
  afterAll(async () => {
    await harness?.close();
    await twilio?.close();
  });

  let users = 0;
  async function ask(at: string, locale?: string): Promise<{ reply: string; participantId: string }> {
    clock = new Date(at);
    const user = `asker-${(users += 1)}`;
    const chat = new ChatDriver(harness.app, user);
    await chat.sayAll(['hi', 'yes', 'Jo', 'Edmonton']);
    const participant = (await harness.app.participants.findByAddress('console', user))!;
    if (locale) await harness.app.participants.updateProfile(participant.id, { locale });
    const [reply] = await chat.say('can i talk to someone');
    return { reply: reply ?? '', participantId: participant.id };
  }
  const handoffOf = async (participantId: string) => (await harness.database.db.select().from(handoffs).where(eq(handoffs.participantId, participantId)))[0];

  it('inside office hours: a peer will text as soon as they can, and the request escalates after the usual hour', async () => {
    const { reply, participantId } = await ask('2026-12-01T17:00:00Z');
    expect(reply).toMatch(/^I've asked a peer from the peerline team to reach out to you; they will text you as soon as they can\. If you're in danger, /);
    expect((await handoffOf(participantId))?.nextEscalationAt).toEqual(new Date('2026-12-01T18:00:00Z'));
  });

  it.each([
    ['a weekday evening', '2026-12-02T03:00:00Z', undefined, "It's outside our office hours, so a peer from the peerline team will reach out tomorrow from 9:00 AM. If you're in danger, ", '2026-12-02T16:00:00Z'],
    ['a Friday evening', '2026-12-05T03:00:00Z', undefined, "It's outside our office hours, so a peer from the peerline team will reach out on Monday from 9:00 AM.", '2026-12-07T16:00:00Z'],
    ['a Friday evening, in Spanish', '2026-12-05T03:00:00Z', 'es', 'se comunicará contigo el lunes desde las 9:00.', '2026-12-07T16:00:00Z'],
    ['a Friday evening, in French', '2026-12-05T03:00:00Z', 'fr', 'vous contactera lundi dès 9 h.', '2026-12-07T16:00:00Z'],
  ])('outside office hours (%s): says when a peer will reach out, and does not escalate overnight', async (_, at, locale, words, escalation) => {
    const { reply, participantId } = await ask(at, locale);
    expect(reply).toContain(words);
    expect(reply).toMatch(/988/);
    // The request escalates an hour after the office opens (09:00 in Edmonton), not through the night.
    expect((await handoffOf(participantId))?.nextEscalationAt).toEqual(new Date(new Date(escalation).getTime() + 60 * 60_000));
  });
});
