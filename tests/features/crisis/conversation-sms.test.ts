import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentCount, smartEncode } from '../../../src/adapters/sms/gsm7.js';
import { crisisEvents, handoffs } from '../../../src/store/schema.js';
import { modelCheckMessage } from '../../helpers/screen-cases.js';
import { databaseTargets } from '../../helpers/databases.js';
import { SmsHarness, until } from '../../helpers/sms-harness.js';
import { enrollOverSms, SmsTranscripts, type TranscribedConversation } from '../../helpers/sms-transcript.js';

const ON_CALL = '+15550100001'; // tests/fixtures/program.json: the on-call peer
const BACKUP = '+15550100002'; // and the backup supervisor
// Office hours in the program file for these tests: weekdays 09:00-17:00 in New York.
const OFFICE_HOURS = { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const IN_HOURS = new Date('2026-11-23T15:00:00Z'); // a Monday, 10:00 in New York
const OUT_OF_HOURS = new Date('2026-11-24T03:00:00Z'); // the same night, 22:00

/**
 * A message only the model flags, and only as worth a question: the first of these the bundled
 * screen reads so (which one moves as the model is retrained; the conversation must not).
 */
const MODEL_CHECK = modelCheckMessage();

/** An expected reply as the person receives it: without the accents GSM-7 lacks (smart encoding). */
const sent = (expected: RegExp): RegExp => new RegExp(smartEncode(expected.source), expected.flags);

describe.each(databaseTargets)('the crisis conversation over SMS on $name', (target) => {
  let sms: SmsHarness;
  let clock = IN_HOURS;
  const transcripts = new SmsTranscripts(() => sms);

  beforeAll(async () => {
    sms = await SmsHarness.start(target, { now: () => clock, program: { officeHours: OFFICE_HOURS } });
  });
  afterAll(async () => {
    // The transcripts the issue asks for, as the person's phone shows them.
    if (target.name === 'pglite') console.log(transcripts.toString());
    await sms?.close();
  });

  const conversation = (title: string, person?: string) => transcripts.conversation(title, person);
  const enroll = (chat: TranscribedConversation, name: string, city?: string) => enrollOverSms(sms, chat.person, name, city);
  const handoffOf = async (person: string) => {
    const participant = await until(() => sms.participant(person), 'the participant');
    return until(() => sms.app.app.handoffs.latestFor(participant.id), 'a hand-off');
  };
  const alertsTo = (staff: string, since: number) => sms.sentTo(staff).slice(since).map((message) => message.body);
  const minutesLater = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

  it('a suicidal conversation of nine messages: every reply answers what was written, none twice, and a peer claims after escalation', async () => {
    clock = IN_HOURS;
    const chat = conversation('Suicidal thoughts, held until a peer claims after escalation (en)');
    await enroll(chat, 'Robin');
    const alertsBefore = sms.sentTo(ON_CALL).length;
    const [first] = await chat.say('i cant do this anymore. i want to kill myself');
    expect(first).toMatch(/^I'm really glad you told me\. You matter\. Please call or text 988 now\. If you're in immediate danger, call 911\./);
    expect(first).toContain("I've alerted a peer from our team.");
    expect(segmentCount(first!)).toBeLessThanOrEqual(2);
    await until(() => alertsTo(ON_CALL, alertsBefore).find((body) => /URGENT crisis \(suicide risk\)/.test(body)), 'the urgent alert');

    const replies = [first!];
    const turn = async (text: string, expected: RegExp) => {
      minutesLater(0.5);
      const [reply] = await chat.say(text);
      expect(reply, text).toMatch(sent(expected));
      replies.push(reply!);
    };
    await turn('ok', /^I'm still here with you\. I've let the on-call peer know; if nobody picks it up within 5 minutes, a backup is alerted too\. Are you safe right now\?/);
    await turn('no not really', /^Please call 911 now if you're in danger\. Have you taken anything\?/);
    await turn('no', /^Thank you\. I'm glad\. Is anyone with you\?/);
    await turn('im scared and alone', /^(It makes sense to feel scared\. You're not alone right now|I hear you\. You don't have to go through this alone)/);
    await turn('talk to a peer', /^A peer is already being reached: they have your message and will text you here\./);
    await turn('how many pills would it take', /^(I can't help with that|That's not something I can answer)/);
    await turn('when is someone coming??', /(the backup is alerted at 5|backup)/);
    await turn('i just want it to stop', /./);
    expect(replies.length).toBeGreaterThanOrEqual(9);
    expect(new Set(replies).size, 'no two replies the same').toBe(replies.length);
    for (const reply of replies) expect(reply).not.toMatch(/\b\d+\s*(mg|milligrams|pills would|tablets would)\b/i);

    // Nobody claims within 5 minutes: the backup is alerted; the on-call peer then claims and the person is told who.
    const handoff = await handoffOf(chat.person);
    const backupBefore = sms.sentTo(BACKUP).length;
    minutesLater(5);
    expect(await sms.app.app.escalation.tick()).toBeGreaterThanOrEqual(1);
    await until(() => alertsTo(BACKUP, backupBefore).find((body) => body.includes(`Hand-off ${handoff.id}. Not claimed yet: escalation 1.`)), 'the backup alerted');
    chat.note(`5 minutes, nobody has claimed: the backup is alerted; then the on-call peer texts CLAIM ${handoff.id}`);
    const personBefore = sms.sentTo(chat.person).length;
    await sms.say(ON_CALL, `CLAIM ${handoff.id}`);
    const [joined] = (await sms.waitForReplies(chat.person, personBefore + 1)).slice(personBefore).map((message) => message.body);
    expect(joined).toBe('A peer from the team has your message and will text you here.');
    chat.note(`bot: ${joined}`);
    sms.checkHygiene();
  });

  it('en español: a suicidal conversation held without a repeat, answering each message, and a peer claims after escalation', async () => {
    clock = IN_HOURS;
    const chat = conversation('Pensamientos suicidas, sostenidos hasta que una persona del equipo toma el mensaje tras el escalamiento (es)');
    await enroll(chat, 'Rosa');
    const rosa = await until(() => sms.participant(chat.person), 'the participant');
    await sms.app.app.participants.updateProfile(rosa.id, { locale: 'es' }); // she chose Spanish
    const alertsBefore = sms.sentTo(ON_CALL).length;
    const [first] = await chat.say('ya no quiero seguir viviendo, no aguanto más');
    expect(first).toMatch(sent(/^Me alegra mucho que me lo hayas contado\. Importas\. Por favor, llama o envía un texto al 988 \(marca 2 para español\) ahora\. Si estás en peligro inmediato, llama al 911\./));
    // Sent without the accents GSM-7 lacks (smart encoding), the first reply fits two segments.
    expect(segmentCount(first!)).toBeLessThanOrEqual(2);
    await until(() => alertsTo(ON_CALL, alertsBefore).find((body) => /URGENT crisis \(suicide risk\)/.test(body)), 'the urgent alert');

    const replies = [first!];
    const turn = async (text: string, expected: RegExp) => {
      minutesLater(0.5);
      const [reply] = await chat.say(text);
      expect(reply, text).toMatch(sent(expected));
      replies.push(reply!);
    };
    await turn('ok', /^Sigo aquí contigo\. Avisé a la persona de guardia; si nadie responde en 5 minutos, se avisa también a otra\. ¿Estás a salvo ahora\?/);
    await turn('no', /^Por favor, llama al 911 ahora si estás en peligro\. ¿Has tomado algo\?/);
    await turn('no', /^Gracias\. Me alegra\. ¿Hay alguien contigo\?/);
    await turn('no, estoy sola', /^Entonces estoy aquí contigo; puedes seguir escribiéndome\./);
    await turn('tengo mucho miedo', /^(Es normal tener miedo|Te escucho\. No tienes que pasar por esto solo)/);
    await turn('quiero hablar con alguien', /^Ya estamos avisando a una persona del equipo: tiene tu mensaje y te escribirá aquí\./);
    await turn('cuantas pastillas necesito', /^(No puedo ayudarte con eso|Eso no te lo puedo responder)/);
    await turn('cuando viene alguien??', /(se avisa a otra persona|Alguien te escribirá aquí|Cuando alguien lo tome)/);
    expect(replies.length).toBeGreaterThanOrEqual(8);
    expect(new Set(replies).size, 'no two replies the same').toBe(replies.length);
    for (const reply of replies) expect(reply).not.toMatch(/\b\d+\s*(mg|miligramos|pastillas)\b/i);

    const handoff = await handoffOf(chat.person);
    const backupBefore = sms.sentTo(BACKUP).length;
    minutesLater(5);
    expect(await sms.app.app.escalation.tick()).toBeGreaterThanOrEqual(1);
    await until(() => alertsTo(BACKUP, backupBefore).find((body) => body.includes(`Hand-off ${handoff.id}. Not claimed yet: escalation 1.`)), 'the backup alerted');
    chat.note(`5 minutos sin que nadie lo tome: se avisa al respaldo; luego la persona de guardia responde CLAIM ${handoff.id}`);
    const personBefore = sms.sentTo(chat.person).length;
    await sms.say(ON_CALL, `CLAIM ${handoff.id}`);
    const [joined] = (await sms.waitForReplies(chat.person, personBefore + 1)).slice(personBefore).map((message) => message.body);
    expect(joined).toBe(smartEncode('Una persona de apoyo del equipo tiene tu mensaje y te escribirá por aquí.'));
    chat.note(`bot: ${joined}`);
    await sms.app.app.handoffs.close(handoff.id, 'test done');
    sms.checkHygiene();
  });

  it('someone who never enrolled writes in Spanish: the crisis is answered in Spanish, and so is the claim notice', async () => {
    clock = IN_HOURS;
    const chat = conversation('Sin inscribirse: la crisis y el aviso de quién tiene el mensaje, en español (es)');
    const alertsBefore = sms.sentTo(ON_CALL).length;
    const [first] = await chat.say('ya no quiero seguir viviendo, no aguanto más');
    expect(first).toMatch(/^Me alegra mucho que me lo hayas contado\. Importas\./);
    await until(() => alertsTo(ON_CALL, alertsBefore).find((body) => /URGENT crisis \(suicide risk\)/.test(body)), 'the urgent alert');
    const participant = await until(() => sms.participant(chat.person), 'the participant');
    expect(participant.locale).toBeNull(); // never chose a language: the crisis was in Spanish

    const handoff = await handoffOf(chat.person);
    const personBefore = sms.sentTo(chat.person).length;
    await sms.say(ON_CALL, `CLAIM ${handoff.id}`);
    const [joined] = (await sms.waitForReplies(chat.person, personBefore + 1)).slice(personBefore).map((message) => message.body);
    expect(joined).toBe(smartEncode('Una persona de apoyo del equipo tiene tu mensaje y te escribirá por aquí.'));
    chat.note(`la persona de guardia responde CLAIM ${handoff.id}; bot: ${joined}`);
    await sms.app.app.handoffs.close(handoff.id, 'test done');
    sms.checkHygiene();
  });

  it("overdose: the writer's own gets 911, Poison Control and the unlocked door; someone else's gets naloxone and the recovery position", async () => {
    clock = IN_HOURS;
    const own = conversation('An overdose of the writer (en)');
    const [mine] = await own.say('i took all my pills an hour ago and my chest feels weird');
    expect(mine).toMatch(/^This is an emergency\. Call 911 now\. Poison Control: 1-800-222-1222\. Unlock your door and tell someone near you\. Don't wait to see if it passes\./);
    expect(mine).not.toMatch(/Narcan|stay with them/);
    expect(segmentCount(mine!)).toBeLessThanOrEqual(2);
    const [next] = await own.say('stay with who?? im alone');
    expect(next).toMatch(/not alone|I'm here/i);
    expect(next).toMatch(/911/);
    const [called] = await own.say('no');
    expect(called).toMatch(/call 911 now/i);

    const other = conversation('An overdose of someone else (en)');
    const [theirs] = await other.say("my friend took too much and he won't wake up");
    expect(theirs).toMatch(/^This is an emergency\. Call 911 now\. If you have naloxone \(Narcan\), give it\. Lay them on their side \(recovery position\) and stay with them\./);
    expect(theirs).not.toMatch(/Poison Control|Unlock your door/);
    expect(segmentCount(theirs!)).toBeLessThanOrEqual(2);
    sms.checkHygiene();
  });

  it.each([
    ['in office hours', IN_HOURS],
    ['out of office hours', OUT_OF_HOURS],
  ])('a peer request that becomes a crisis %s: the URGENT alert goes now, and the backup follows in 5 minutes', async (_, at) => {
    clock = at;
    const chat = conversation(`A peer request upgraded to a crisis, ${_}`);
    await enroll(chat, 'Jo');
    const before = sms.sentTo(ON_CALL).length;
    await chat.say('can i talk to someone');
    await until(() => alertsTo(ON_CALL, before).find((body) => body.includes('asks to talk with a peer')), 'the routine alert');
    minutesLater(1);
    await chat.say('honestly i just want to die tonight');
    const handoff = await handoffOf(chat.person);
    expect(handoff).toMatchObject({ reason: 'crisis', urgency: 'urgent', status: 'open' });
    await until(() => alertsTo(ON_CALL, before).find((body) => body.includes(`Jo - URGENT crisis (suicide risk). Hand-off ${handoff.id}.`)), 'the urgent alert now');
    expect(handoff.nextEscalationAt!.getTime() - clock.getTime()).toBe(5 * 60_000);

    const backupBefore = sms.sentTo(BACKUP).length;
    minutesLater(4);
    await sms.app.app.escalation.tick();
    // Other tests' hand-offs may escalate on the same clock: only this one's alerts count.
    expect(alertsTo(BACKUP, backupBefore).filter((body) => body.includes(`Hand-off ${handoff.id}.`))).toEqual([]);
    minutesLater(1.5);
    expect(await sms.app.app.escalation.tick()).toBeGreaterThanOrEqual(1);
    await until(() => alertsTo(BACKUP, backupBefore).find((body) => body.includes(`URGENT crisis (suicide risk). Hand-off ${handoff.id}. Not claimed yet: escalation 1.`)), 'the backup alerted');
    await sms.app.app.handoffs.close(handoff.id, 'test done');
  });

  it('STOP during an unclaimed crisis hand-off: nothing more is texted to the person, but the hand-off stays open and escalates, saying they opted out', async () => {
    clock = IN_HOURS;
    const chat = conversation('STOP during an unclaimed crisis hand-off');
    await enroll(chat, 'Max');
    await chat.say('he choked me again and said he will kill me if i leave');
    const handoff = await handoffOf(chat.person);
    await sms.say(chat.person, 'STOP', { OptOutType: 'STOP' });
    await until(async () => (await sms.participant(chat.person))?.status === 'opted_out', 'opted out');
    expect((await sms.app.app.handoffs.get(handoff.id))?.status).toBe('open');
    const backupBefore = sms.sentTo(BACKUP).length;
    minutesLater(6);
    expect(await sms.app.app.escalation.tick()).toBeGreaterThanOrEqual(1);
    const escalated = await until(() => alertsTo(BACKUP, backupBefore).find((body) => body.includes(`Hand-off ${handoff.id}. Not claimed yet: escalation 1.`)), 'the escalation');
    expect(escalated).toContain('They have opted out of texts');
    await sms.app.app.handoffs.close(handoff.id, 'test done');
  });

  it('"I\'m safe" mid-check-in: a kind word, one question, and the check-in resumes where it was; staff see they said they were safe', async () => {
    clock = IN_HOURS;
    const chat = conversation('"I\'m safe": back to the interrupted check-in (en)');
    await enroll(chat, 'Kim');
    expect((await chat.say('check in'))[0]).toMatch(/^Quick check-in/);
    expect((await chat.say('6'))[0]).toBe('Any cravings right now, from 0 (none) to 10 (very strong)?');
    await chat.say('sometimes i think about ending my life');
    const staffBefore = sms.sentTo(ON_CALL).length;
    const [ask] = await chat.say('im safe i promise');
    expect(ask).toMatch(/^(Thank you for letting me know\. I'm glad\.|Okay\.).* One question, to be sure: are you having thoughts of ending your life right now\?/);
    const [back, resumed] = await chat.say('no', 2);
    expect(back).toMatch(/^Thank you\. I'm glad you're safe\./);
    expect(resumed).toMatch(/Any cravings right now/);
    expect((await chat.say('2'))[0]).toBe('About how many hours did you sleep last night?');
    const handoff = await handoffOf(chat.person);
    expect(handoff.status).toBe('open');
    expect(handoff.saidSafeAt).not.toBeNull();
    await until(() => alertsTo(ON_CALL, staffBefore).find((body) => body.includes('says they are safe now')), 'staff told');
    await sms.app.app.handoffs.close(handoff.id, 'test done');
  });

  it('a false alarm: "what?? im not in crisis", one question, and the bot is back; the event is recorded as a false alarm, never the text', async () => {
    clock = IN_HOURS;
    const chat = conversation('A false alarm and its recovery (en)');
    await enroll(chat, 'Ana');
    await chat.say('work cut my hours again and my mom cut me off, honestly i want to die lol');
    const [ask] = await chat.say('what?? im not in crisis');
    expect(ask).toMatch(/One question, to be sure/);
    const [back, menu] = await chat.say('no', 2);
    expect(back).toMatch(/^Thank you\. I'm glad you're safe\./);
    expect(menu).toMatch(/^What would you like to do\?/); // the menu it was showing when the crisis came
    const participant = await sms.participant(chat.person);
    const [event] = await sms.db.select().from(crisisEvents).where(eq(crisisEvents.participantId, participant!.id));
    expect(event).toMatchObject({ level: 'crisis', outcome: 'false_alarm' });
    expect(JSON.stringify(event)).not.toContain('not in crisis');
    const handoff = await handoffOf(chat.person);
    await sms.app.app.handoffs.close(handoff.id, 'test done');
  });

  it.each([
    ['en', 'i want to kill myself', 'my bad, wrong chat', /One question, to be sure: are you having thoughts of ending your life right now\?/, 'no', /^Thank you\. I'm glad you're safe\./],
    ['en', 'i want to kill myself', 'it was a joke', /One question, to be sure/, 'no', /^Thank you\. I'm glad you're safe\./],
    ['es', 'ya no quiero seguir viviendo', 'fue un error', /Una pregunta, para estar seguros: ¿piensas ahora en quitarte la vida\?/, 'no', /^Gracias\. Me alegra que estés a salvo\./],
    ['fr', "j'ai envie de me suicider", "c'était une erreur", /Une question, pour être sûr : pensez-vous à mettre fin à vos jours en ce moment\?/, 'non', /^Merci\. Je suis content que vous soyez en sécurité\./],
  ])('a false alarm in %s: "%s", then "%s", one question, and the bot is back; recorded as a false alarm', async (lang, crisis, mistake, question, answer, back) => {
    clock = IN_HOURS;
    const chat = conversation(`A false alarm, "${mistake}" (${lang})`);
    await chat.say(crisis);
    const [ask] = await chat.say(mistake);
    expect(ask).toMatch(sent(question));
    const [thanks] = await chat.say(answer, 2);
    expect(thanks).toMatch(sent(back));
    const participant = await sms.participant(chat.person);
    const [event] = await sms.db.select().from(crisisEvents).where(eq(crisisEvents.participantId, participant!.id));
    expect(event).toMatchObject({ level: 'crisis', outcome: 'false_alarm' });
    await sms.app.app.handoffs.close((await handoffOf(chat.person)).id, 'test done');
  });

  it('the check level: a direct question and no alert; a yes becomes a crisis with the alert, a no goes back to the check-in', async () => {
    clock = IN_HOURS;
    const yes = conversation('The check level: yes (en)');
    const alertsBefore = sms.sentTo(ON_CALL).length;
    const [question] = await yes.say(MODEL_CHECK); // only the model flags it: a check
    expect(question).toMatch(/^I want to check in, because what you wrote sounds like it could be serious\. .*\?.*988/);
    expect(segmentCount(question!)).toBeLessThanOrEqual(2);
    const participant = await until(() => sms.participant(yes.person), 'participant');
    expect(await sms.app.app.handoffs.activeFor(participant.id)).toBeUndefined();
    const [crisis] = await yes.say('yes');
    expect(crisis).toMatch(/911/);
    expect(crisis).not.toBe(question);
    await until(() => alertsTo(ON_CALL, alertsBefore).find((body) => /URGENT crisis/.test(body)), 'the alert');
    const events = await sms.db.select().from(crisisEvents).where(eq(crisisEvents.participantId, participant.id));
    expect(events.map((event) => [event.level, event.outcome])).toEqual([
      ['check', 'confirmed'],
      ['crisis', null],
    ]);
    await sms.app.app.handoffs.close((await handoffOf(yes.person)).id, 'test done');

    const no = conversation('The check level: no, back to the check-in (en)');
    await enroll(no, 'Lee');
    await no.say('check in');
    const [asked] = await no.say(MODEL_CHECK); // the answer to the mood question, flagged: a check
    expect(asked).toMatch(/^I want to check in/);
    const [thanks, again] = await no.say('no', 2);
    expect(thanks).toBe('Thank you for telling me. If that changes, 988 is there any time.');
    expect(again).toMatch(/^Quick check-in/);
    const lee = await sms.participant(no.person);
    expect(await sms.app.app.handoffs.activeFor(lee!.id)).toBeUndefined();
    const [event] = await sms.db.select().from(crisisEvents).where(eq(crisisEvents.participantId, lee!.id));
    expect(event).toMatchObject({ level: 'check', outcome: 'declined' });
  });

  it('an unclear answer to the check question hears it once more with the crisis line; a second unclear answer is taken as a yes', async () => {
    clock = IN_HOURS;
    const chat = conversation('The check level: "idk", then "maybe" (en)');
    const alertsBefore = sms.sentTo(ON_CALL).length;
    const [question] = await chat.say(MODEL_CHECK);
    expect(question).toMatch(/^I want to check in/);
    const [again] = await chat.say('idk');
    expect(again).toMatch(/^I want to be sure I understood you\. [^?]+\? A yes or no is enough\. You can call or text 988 any time\.$/);
    expect(segmentCount(again!)).toBeLessThanOrEqual(2);
    const participant = await until(() => sms.participant(chat.person), 'participant');
    expect(await sms.app.app.handoffs.activeFor(participant.id)).toBeUndefined();
    const [crisis] = await chat.say('maybe');
    expect(crisis).toMatch(/911/);
    expect(crisis).toContain("I've alerted a peer from our team.");
    await until(() => alertsTo(ON_CALL, alertsBefore).find((body) => /URGENT crisis/.test(body)), 'the alert');
    const events = await sms.db.select().from(crisisEvents).where(eq(crisisEvents.participantId, participant.id));
    expect(events.map((event) => [event.level, event.outcome])).toEqual([
      ['check', 'unanswered'],
      ['crisis', null],
    ]);
    await sms.app.app.handoffs.close((await handoffOf(chat.person)).id, 'test done');

    const unsure = conversation('The check level: "no sé", then "no" (es)');
    await unsure.say(MODEL_CHECK);
    const [otraVez] = await unsure.say('no sé');
    expect(otraVez).toMatch(/^I want to be sure I understood you\./);
    const [thanks] = await unsure.say('no');
    expect(thanks).toBe('Thank you for telling me. If that changes, 988 is there any time.');
    const quiet = await sms.participant(unsure.person);
    expect(await sms.app.app.handoffs.activeFor(quiet!.id)).toBeUndefined();
  });

  it('in Spanish: the overdose script, the holding conversation and the way back', async () => {
    clock = IN_HOURS;
    const chat = conversation('Sobredosis, conversación y regreso (es)');
    const [first] = await chat.say('me tomé todas mis pastillas y no puedo respirar bien');
    expect(first).toMatch(/^Es una emergencia\. Llama al 911 ahora\. Centro de Toxicologia: 1-800-222-1222\./);
    const [next] = await chat.say('tengo miedo');
    expect(next).toMatch(/^(Es normal tener miedo|Te escucho)/);
    const [ask] = await chat.say('ya estoy bien, fue un error');
    expect(ask).toMatch(/Una pregunta, para estar seguros: ¿tomaste algo que te pueda hacer daño\?/);
    const replies = await chat.say('no', 2);
    expect(replies[0]).toMatch(/^Gracias\. Me alegra que estés a salvo\./);
    expect(replies[1]).toBe('Responde MENU para ver lo que puedo hacer.');
    const handoff = await handoffOf(chat.person);
    expect((await sms.db.select().from(handoffs).where(eq(handoffs.id, handoff.id)))[0]?.saidSafeAt).not.toBeNull();
    await sms.app.app.handoffs.close(handoff.id, 'test done');
    sms.checkHygiene();
  });
});
