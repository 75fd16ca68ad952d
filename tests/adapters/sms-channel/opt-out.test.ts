import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../helpers/databases.js';
import { SmsHarness } from '../../helpers/sms-harness.js';

describe.each(databaseTargets)('opt-out, opt-in and help by SMS on $name', (target) => {
  let sms: SmsHarness;
  beforeAll(async () => {
    sms = await SmsHarness.start(target);
  });
  afterEach(() => sms.checkHygiene());
  afterAll(async () => sms?.close());

  /** A person who consented and is active (set up in the store, as enrollment leaves them); returns their number. */
  const enrolled = async () => {
    const person = sms.newNumber();
    const { participants } = sms.app.app;
    await participants.recordConsent((await participants.findOrCreate('sms', person)).id, 'consent as shown at enrollment');
    return person;
  };

  /** Texts `body` and waits until it is processed; returns what was sent back for it. */
  const sayAndSettle = async (person: string, body: string, extra: Record<string, string> = {}) => {
    const before = sms.sentTo(person).length;
    const messageSid = await sms.say(person, body, extra);
    await sms.waitProcessed([messageSid]);
    return sms.sentTo(person).slice(before).map((message) => message.body);
  };

  it.each(['STOP', 'stop', ' Stop ', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'])(
    '"%s" opts the person out at once, nothing is sent back, and later texts get nothing',
    async (word) => {
      const person = await enrolled();
      const before = Date.now();
      expect(await sayAndSettle(person, word)).toEqual([]);
      const participant = await sms.participant(person);
      expect(participant?.status).toBe('opted_out');
      expect(participant?.optedOutAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(await sayAndSettle(person, 'hello? are you still there')).toEqual([]);
    },
  );

  it('after STOP nothing at all is answered: not MENU, not a number, not a picture', async () => {
    const person = await enrolled();
    await sayAndSettle(person, 'STOP');
    expect(await sayAndSettle(person, 'MENU')).toEqual([]);
    expect(await sayAndSettle(person, '1')).toEqual([]);
    expect(await sayAndSettle(person, '', { NumMedia: '1' })).toEqual([]);
    expect(await sayAndSettle(person, 'please stop texting me')).toEqual([]);
  });

  it('a keyword before consent opts out too, and nothing more is sent', async () => {
    const person = sms.newNumber();
    await sms.exchange(person, 'hi');
    expect(await sayAndSettle(person, 'STOP')).toEqual([]);
    expect((await sms.participant(person))?.status).toBe('opted_out');
    expect(await sayAndSettle(person, 'yes please')).toEqual([]);
  });

  it('OptOutType=STOP opts out whatever the body says (a custom opt-out keyword)', async () => {
    const person = await enrolled();
    expect(await sayAndSettle(person, 'ARRET', { OptOutType: 'STOP' })).toEqual([]);
    expect((await sms.participant(person))?.status).toBe('opted_out');
  });

  it.each([
    ['START', {}],
    ['unstop', {}],
    [' Start ', {}],
    ['REPRENDRE', { OptOutType: 'START' }],
    ['YES', {}],
    ['yes', {}],
  ])('"%s" %o from an opted-out person opts them back in without a second confirmation', async (word, extra) => {
    const person = await enrolled();
    await sayAndSettle(person, 'STOP');
    expect((await sms.participant(person))?.status).toBe('opted_out');
    expect(await sayAndSettle(person, word, extra)).toEqual([]);
    expect(await sms.participant(person)).toMatchObject({ status: 'active', optedOutAt: null });
    const [menu] = await sayAndSettle(person, 'menu');
    expect(menu).toMatch(/What would you like to do\?/);
  });

  it('an opted-out person who writes in crisis still gets the crisis lines, and nothing else', async () => {
    const person = await enrolled();
    await sayAndSettle(person, 'STOP');
    const replies = await sayAndSettle(person, 'i want to kill myself tonight');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('988');
    expect((await sms.participant(person))?.status).toBe('opted_out');
    expect(await sayAndSettle(person, 'ok')).toEqual([]);
  });

  it('START from someone who never consented asks for consent again', async () => {
    const person = sms.newNumber();
    await sms.exchange(person, 'hi');
    await sayAndSettle(person, 'STOP');
    const replies = await sayAndSettle(person, 'START');
    expect((await sms.participant(person))?.status).toBe('pending_consent');
    expect(replies.join('\n')).toMatch(/OK to text you|YES/);
  });

  it.each(['HELP', 'help', 'INFO', ' Info '])('"%s" answers with the program contact and 988', async (word) => {
    const person = sms.newNumber();
    const [help] = await sayAndSettle(person, word);
    expect(help).toContain('(555) 010-0199');
    expect(help).toContain('988');
    expect(help).toContain('STOP to opt out');
  });

  it('HELP in the middle of enrollment answers and keeps the question open', async () => {
    const person = sms.newNumber();
    await sms.exchange(person, 'hi');
    await sms.exchange(person, 'yes');
    const [help] = await sayAndSettle(person, 'HELP');
    expect(help).toContain('call or text 988');
    const [next] = await sayAndSettle(person, 'Robin');
    expect(next).toMatch(/What city or ZIP/);
  });

  it('"please stop texting me" asks once whether to stop all messages, and opts out only on STOP', async () => {
    const person = await enrolled();
    const replies = await sayAndSettle(person, 'please stop texting me');
    expect(replies).toEqual([expect.stringMatching(/Do you want to stop all messages from peerline\? Reply STOP/)]);
    expect((await sms.participant(person))?.status).toBe('active');
    expect(await sayAndSettle(person, 'STOP')).toEqual([]);
    expect((await sms.participant(person))?.status).toBe('opted_out');
  });

  it.each(['I need to stop drinking', "I can't stop crying", 'when does this end'])('"%s" is not an opt-out', async (text) => {
    const person = await enrolled();
    await sayAndSettle(person, text);
    expect((await sms.participant(person))?.status).toBe('active');
  });
});
