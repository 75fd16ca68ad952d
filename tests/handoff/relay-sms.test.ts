import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoffMessages, handoffs } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';
import { SmsHarness } from '../helpers/sms-harness.js';

const ON_CALL = '+15550100001'; // tests/fixtures/program.json: "On-call peer"
const BACKUP = '+15550100002'; // "Backup supervisor"
const HANDOFF_NUMBER = /Reply CLAIM (\d+)/;

describe.each(databaseTargets)('the hand-off relay over SMS on $name', (target) => {
  let harness: SmsHarness;
  let clock = new Date('2026-12-01T18:00:00Z');
  beforeAll(async () => {
    harness = await SmsHarness.start(target, { now: () => clock });
  });
  afterAll(async () => harness?.close());

  /** An enrolled participant who asked for a peer; resolves with their number and the hand-off id from the alert. */
  async function requested(name: string): Promise<{ person: string; id: number }> {
    const person = harness.newNumber();
    await harness.exchange(person, 'hi');
    await harness.exchange(person, '1');
    await harness.exchange(person, name);
    await harness.exchange(person, 'Edmonton', 3);
    const alertsBefore = harness.sentTo(ON_CALL).length;
    expect(await harness.exchange(person, 'can i talk to someone')).toEqual([expect.stringMatching(/peer/i)]);
    const alert = (await harness.waitForReplies(ON_CALL, alertsBefore + 1)).at(-1)!;
    const id = Number(HANDOFF_NUMBER.exec(alert.body)?.[1]);
    expect(alert.body).toContain(name);
    return { person, id };
  }

  /** The on-call peer claims; resolves with what they were told once the participant has heard a peer joined. */
  async function claim(person: string, id: number, count = 1): Promise<string[]> {
    const personBefore = harness.sentTo(person).length;
    const told = await staffSays(ON_CALL, `CLAIM ${id}`, ON_CALL, count);
    await harness.waitForReplies(person, personBefore + 1);
    return told;
  }

  /** A staff text and the texts it caused to `to`. */
  async function staffSays(from: string, body: string, to: string, count = 1): Promise<string[]> {
    const before = harness.sentTo(to).length;
    await harness.say(from, body);
    return (await harness.waitForReplies(to, before + count)).slice(before).map((message) => message.body);
  }

  it('a participant reaches a peer who answers from a phone, and back, until the peer ends it', async () => {
    const { person, id } = await requested('Sam');
    expect(await harness.exchange(person, 'are you there?')).toEqual([
      "Thanks. I've kept that for the peer who picks up your request, so they will see it. If you're in danger, call or text 988.",
    ]);

    const [claimed, earlier] = await claim(person, id, 2);
    expect(claimed).toMatch(new RegExp(`^Hand-off ${id} is yours \\(On-call peer\\)\\. Sam's messages come to you here`));
    expect(earlier).toBe('Before you joined:\nSam: are you there?');
    expect(harness.sentTo(person).at(-1)?.body).toBe(
      'A peer from the team has your message and will text you here.',
    );

    expect(await staffSaysAfter(person, "I've had a rough night", ON_CALL)).toEqual([`Sam (#${id}): I've had a rough night`]);
    expect(await staffSays(ON_CALL, "I'm here. Want to tell me what happened? 💙", person)).toEqual([
      "On-call (peer): I'm here. Want to tell me what happened? 💙",
    ]);

    // The crisis screen still runs: the person gets the crisis lines, the peer sees the message flagged.
    const before = harness.sentTo(ON_CALL).length;
    const [lines] = await harness.exchange(person, "honestly i want to kill myself");
    expect(lines).toContain('988');
    expect(lines).toContain('The peer who is talking with you sees this message too.');
    expect(lines).not.toContain("I've alerted a peer");
    const [flagged] = (await harness.waitForReplies(ON_CALL, before + 1)).slice(before).map((message) => message.body);
    expect(flagged).toBe(`[CRISIS SCREEN FLAG: crisis lines were sent] Sam (#${id}): honestly i want to kill myself`);

    expect(await staffSaysAfter(person, "i'm ok now, just tired", ON_CALL)).toEqual([`Sam (#${id}): i'm ok now, just tired`]);

    expect(await staffSays(ON_CALL, '/end talked it through, safety plan reviewed', ON_CALL)).toEqual([`Hand-off ${id} is closed. Thank you.`]);
    expect(harness.sentTo(person).at(-1)?.body).toBe(
      "On-call has ended your conversation. I'm here again: reply MENU to see what I can do, or ask for a peer any time.",
    );
    expect((await harness.exchange(person, 'menu'))[0]).toMatch(/^What would you like to do\?/);

    const [record] = await harness.db.select().from(handoffs).where(eq(handoffs.id, id));
    expect(record).toMatchObject({ status: 'closed', reason: 'crisis', claimedBy: 'On-call peer', claimedVia: 'sms', closedBy: 'On-call peer', note: 'talked it through, safety plan reviewed' });
    expect(record?.firstResponseAt).toBeInstanceOf(Date);
    const transcript = await harness.db.select().from(handoffMessages).where(eq(handoffMessages.handoffId, id)).orderBy(handoffMessages.id);
    expect(transcript.map((line) => [line.author, line.body, line.flagged])).toEqual([
      ['participant', 'are you there?', false],
      ['participant', "I've had a rough night", false],
      ['peer', "I'm here. Want to tell me what happened? 💙", false],
      ['participant', 'honestly i want to kill myself', true],
      ['participant', "i'm ok now, just tired", false],
    ]);
    harness.checkHygiene();
  });

  /** The participant texts `body`; resolves with what `to` (the peer) received because of it. */
  async function staffSaysAfter(person: string, body: string, to: string): Promise<string[]> {
    const before = harness.sentTo(to).length;
    await harness.say(person, body);
    return (await harness.waitForReplies(to, before + 1)).slice(before).map((message) => message.body);
  }

  it('two staff claiming at once: exactly one gets it and the other is told who has it', async () => {
    const { id } = await requested('Kim');
    const peerBefore = harness.sentTo(ON_CALL).length;
    const backupBefore = harness.sentTo(BACKUP).length;
    await Promise.all([harness.say(ON_CALL, `CLAIM ${id}`), harness.say(BACKUP, `claim #${id}`)]);
    const peer = (await harness.waitForReplies(ON_CALL, peerBefore + 1)).slice(peerBefore).map((message) => message.body);
    const backup = (await harness.waitForReplies(BACKUP, backupBefore + 1)).slice(backupBefore).map((message) => message.body);
    const winners = [...peer, ...backup].filter((body) => body.startsWith(`Hand-off ${id} is yours`));
    const losers = [...peer, ...backup].filter((body) => body.startsWith(`Hand-off ${id} was already claimed by`));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = peer.some((body) => body.startsWith(`Hand-off ${id} is yours`)) ? ON_CALL : BACKUP;
    expect(await staffSays(winner, '/end', winner)).toEqual([`Hand-off ${id} is closed. Thank you.`]);
  });

  it('a participant who opts out mid-hand-off: the hand-off closes, the peer is told, nothing more reaches them', async () => {
    const { person, id } = await requested('Lou');
    await claim(person, id);
    const sentToPerson = harness.sentTo(person).length;

    expect(await staffSaysAfter(person, 'STOP', ON_CALL)).toEqual([
      `Lou (#${id}) opted out of texts (STOP). Nothing more can reach them by text, so hand-off ${id} is closed.`,
    ]);
    expect(await staffSays(ON_CALL, 'are you still there?', ON_CALL)).toEqual([
      'You hold no hand-off right now. To take one, reply CLAIM and its number, for example CLAIM 42.',
    ]);
    await harness.waitOutboundSettled();
    expect(harness.sentTo(person)).toHaveLength(sentToPerson);
    const [record] = await harness.db.select().from(handoffs).where(eq(handoffs.id, id));
    expect(record).toMatchObject({ status: 'closed', note: 'participant opted out of texts' });
  });

  it('a relay goes on across a restart: the hand-off and who holds it live in the database', async () => {
    const { person, id } = await requested('Ari');
    await claim(person, id);
    const first = harness.instances[0]!;
    await first.close();
    await harness.addInstance();
    expect(await staffSaysAfter(person, 'still here?', ON_CALL)).toEqual([`Ari (#${id}): still here?`]);
    expect(await staffSays(ON_CALL, 'Yes, still with you.', person)).toEqual(['On-call (peer): Yes, still with you.']);
    expect(await staffSays(ON_CALL, `/end ${id}`, ON_CALL)).toEqual([`Hand-off ${id} is closed. Thank you.`]);
  });

  it('a staff text that is no command, with nothing held, says how to claim', async () => {
    clock = new Date(clock.getTime() + 60_000);
    expect(await staffSays(BACKUP, 'hello?', BACKUP)).toEqual([
      'You hold no hand-off right now. To take one, reply CLAIM and its number, for example CLAIM 42.',
    ]);
  });
});
