import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentCount } from '../../../src/adapters/sms/gsm7.js';
import { checkIns, crisisEvents } from '../../../src/store/schema.js';
import { databaseTargets } from '../../helpers/databases.js';
import { SmsHarness, until } from '../../helpers/sms-harness.js';
import { enrollOverSms, SmsTranscripts, type TranscribedConversation } from '../../helpers/sms-transcript.js';

const ON_CALL = '+15550100001'; // tests/fixtures/program.json: the on-call peer
const ACK = /^I'm glad you told me\. That took courage, and you don't have to carry it alone\./;

describe.each(databaseTargets)('a relapse is not a crisis, over SMS on $name', (target) => {
  let sms: SmsHarness;
  const transcripts = new SmsTranscripts(() => sms);

  beforeAll(async () => {
    sms = await SmsHarness.start(target);
  });
  afterAll(async () => {
    if (target.name === 'pglite') console.log(transcripts.toString());
    await sms?.close();
  });

  const conversation = (title: string, person?: string) => transcripts.conversation(title, person);
  const enroll = async (chat: TranscribedConversation, name: string, locale?: 'es' | 'fr') => {
    await enrollOverSms(sms, chat.person, name);
    const participant = await until(() => sms.participant(chat.person), 'the participant');
    if (locale) await sms.app.app.participants.updateProfile(participant.id, { locale });
    return participant;
  };
  const alertsTo = (staff: string, since: number) => sms.sentTo(staff).slice(since).map((message) => message.body);

  it('outside the check-in: a short warm word and the peer offer; yes is the ordinary peer request, and no crisis is recorded', async () => {
    const chat = conversation('Relapse outside the check-in, a peer accepted (en)');
    const participant = await enroll(chat, 'Dee');
    const alertsBefore = sms.sentTo(ON_CALL).length;
    const [offer] = await chat.say('relapsed after 40 days');
    expect(offer).toMatch(ACK);
    expect(offer).toMatch(/Would you like a peer to reach out\?/);
    expect(offer).not.toMatch(/988|911|crisis/i);
    expect(segmentCount(offer!)).toBeLessThanOrEqual(2);
    const [requested] = await chat.say('yes');
    expect(requested).toMatch(/^I've asked a peer from the .* team to reach out to you/);
    await until(() => alertsTo(ON_CALL, alertsBefore).find((body) => body.includes('Dee - asks to talk with a peer')), 'the routine alert');
    const handoff = await sms.app.app.handoffs.activeFor(participant.id);
    expect(handoff).toMatchObject({ reason: 'requested', urgency: 'normal' });
    expect(await sms.db.select().from(crisisEvents).where(eq(crisisEvents.participantId, participant.id))).toEqual([]);
    await sms.app.app.handoffs.close(handoff!.id, 'test done');
  });

  it('"drank again, not proud": the offer declined is fine, and the menu is a word away', async () => {
    const chat = conversation('Relapse outside the check-in, the offer declined (en)');
    await enroll(chat, 'Flo');
    const [offer] = await chat.say('drank again, not proud');
    expect(offer).toMatch(ACK);
    const [declined] = await chat.say('no');
    expect(declined).toBe('OK. You can ask for a peer any time: reply MENU.');
  });

  it('"i used last night and i feel like garbage" is not a crisis: support and the peer offer, no crisis question', async () => {
    const chat = conversation('A relapse the screen leaves alone (en)');
    await enroll(chat, 'Gus');
    const [offer] = await chat.say('i used last night and i feel like garbage');
    expect(offer).toMatch(ACK);
    expect(offer).toMatch(/Would you like a peer to reach out\?/);
    expect(offer).not.toMatch(/check in, because|988 now/);
  });

  it.each([
    ['es', 'recaí anoche', /^Me alegra que me lo hayas contado\. Hace falta valor.*¿Quieres que una persona de apoyo se comunique contigo\?/],
    ['fr', "j'ai rechuté hier soir", /^Je suis content que vous me l'ayez dit\. Ça demande du courage/],
  ] as const)('in %s: "%s" gets the same support and offer', async (locale, text, expected) => {
    const chat = conversation(`Relapse outside the check-in (${locale})`);
    await enroll(chat, 'Lu', locale);
    const [offer] = await chat.say(text);
    expect(offer).toMatch(expected);
    expect(segmentCount(offer!)).toBeLessThanOrEqual(3);
  });

  it('inside the check-in: the word of support leads the next question, the use question is not asked, and the peer is offered at the end', async () => {
    const chat = conversation('Relapse told inside the check-in (en)');
    const participant = await enroll(chat, 'Ira');
    expect((await chat.say('check in'))[0]).toMatch(/^Quick check-in/);
    expect((await chat.say('5'))[0]).toBe('Any cravings right now, from 0 (none) to 10 (very strong)?');
    const [sleep] = await chat.say('drank again, not proud');
    expect(sleep).toMatch(ACK);
    expect(sleep).toMatch(/About how many hours did you sleep last night\?$/);
    const [end] = await chat.say('6');
    expect(end).not.toMatch(/Have you used since your last check-in/);
    expect(end).toMatch(/^Thanks for checking in, Ira\..*Would you like a peer to reach out\?/);
    const [requested] = await chat.say('yes');
    expect(requested).toMatch(/^I've asked a peer/);
    const [row] = await sms.db.select().from(checkIns).where(eq(checkIns.participantId, participant.id));
    expect(row).toMatchObject({ mood: 5, craving: null, sleepHours: 6, used: true });
    const handoff = await sms.app.app.handoffs.activeFor(participant.id);
    expect(handoff).toMatchObject({ reason: 'checkin_offer', urgency: 'normal' });
    await sms.app.app.handoffs.close(handoff!.id, 'test done');
  });

  it('a relapse with danger is a crisis: the screen runs first', async () => {
    const chat = conversation('Relapse with danger (en)');
    await enroll(chat, 'Jo');
    const [reply] = await chat.say('i relapsed and honestly i want to die');
    expect(reply).toMatch(/^I'm really glad you told me\. You matter\. Please call or text 988 now\./);
    const participant = await sms.participant(chat.person);
    const handoff = await sms.app.app.handoffs.activeFor(participant!.id);
    expect(handoff).toMatchObject({ reason: 'crisis', urgency: 'urgent' });
    await sms.app.app.handoffs.close(handoff!.id, 'test done');
    sms.checkHygiene();
  });
});
