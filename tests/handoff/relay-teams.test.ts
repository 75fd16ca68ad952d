import { randomUUID } from 'node:crypto';
import type { Activity, Attachment } from 'botbuilder';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckInRepository } from '../../src/store/check-ins.js';
import { handoffAlerts, handoffs, teamsStaffChannel, teamsStaffChats } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { SmsHarness, until } from '../helpers/sms-harness.js';

const ON_CALL = { name: 'On-call peer', role: 'peer', phone: '+15550100001', teamsUserId: 'aad-on-call' };
const BACKUP = { name: 'Backup supervisor', role: 'backup', phone: '+15550100002', teamsUserId: 'aad-backup' };
const BOT = { id: '28:peerline-bot', name: 'peerline' };
const STAFF_CHANNEL = '19:staff-general@thread.tacv2';
const OTHER_CHANNEL = '19:someone-elses-team@thread.tacv2';
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

type Staff = typeof ON_CALL;
const teamsUser = (staff: Pick<Staff, 'teamsUserId' | 'name'>) => ({ id: `29:${staff.teamsUserId}`, aadObjectId: staff.teamsUserId, name: staff.name });
const threadOf = (cardId: string) => `${STAFF_CHANNEL};messageid=${cardId}`;
const personalChat = (staff: Staff) => `a:personal-${staff.teamsUserId}`;

/** An Adaptive Card's body and actions, as the bot posted them. */
interface CardContent {
  body: Record<string, unknown>[];
  actions: { type: string; title: string; data?: Record<string, unknown> }[];
}
const cardOf = (activity: Partial<Activity>): CardContent | undefined =>
  (activity.attachments ?? []).find((attachment: Attachment) => attachment.contentType === ADAPTIVE_CARD)?.content as CardContent | undefined;
const cardText = (card: CardContent): string => JSON.stringify(card.body);
const cardHandoff = (card: CardContent): number | undefined => {
  const title = /^peerline: hand-off (\d+)/.exec(String(card.body[0]?.text ?? ''));
  return title ? Number(title[1]) : undefined;
};

describe.each(databaseTargets)('the hand-off relay with staff on Teams on $name', (target) => {
  let harness: SmsHarness;
  let connector: FakeConnector;
  let clock = new Date('2026-12-01T18:00:00Z'); // 11:00 in Edmonton

  beforeAll(async () => {
    connector = await startFakeConnector();
    harness = await SmsHarness.start(target, { now: () => clock, program: { onCall: [ON_CALL, BACKUP] } });
  });
  afterAll(async () => {
    await harness?.close();
    await connector?.close();
  });

  /** Posts a Teams activity to the bot as the Bot Connector would. */
  async function teams(activity: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${harness.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl: connector.url,
        recipient: BOT,
        locale: 'en-US',
        channelData: { tenant: { id: 'tenant-1' }, team: { id: '19:staff-team@thread.tacv2' } },
        ...activity,
      }),
    });
    expect(response.status).toBeLessThan(300);
    await response.arrayBuffer();
  }

  /** A staff member (or anyone) writing in the staff channel or a card's thread, mentioning the bot as Teams requires. */
  const inChannel = (from: Pick<Staff, 'teamsUserId' | 'name'>, conversationId: string, text: string) =>
    teams({
      from: teamsUser(from),
      conversation: { id: conversationId, conversationType: 'channel', isGroup: true },
      text: `<at>peerline</at> ${text}`,
      entities: [{ type: 'mention', text: '<at>peerline</at>', mentioned: BOT }],
    });

  /** A staff member pressing a button on a card: Teams posts the card's data (and inputs) as `value`. */
  const press = (staff: Staff, cardId: string, value: Record<string, unknown>) =>
    teams({ from: teamsUser(staff), conversation: { id: threadOf(cardId), conversationType: 'channel', isGroup: true }, replyToId: cardId, value });

  const inPersonalChat = (staff: Staff, text: string) =>
    teams({ from: teamsUser(staff), conversation: { id: personalChat(staff), conversationType: 'personal' }, text });

  /** What the bot posted in a conversation, oldest first. */
  const postedIn = (conversationId: string) => connector.activities.filter((activity) => activity.conversation?.id === conversationId && activity.type === 'message');

  async function postedWhen(conversationId: string, count: number): Promise<Partial<Activity>[]> {
    return until(() => (postedIn(conversationId).length >= count ? postedIn(conversationId) : undefined), `${count} posts in ${conversationId}`);
  }

  /** Runs `act` and resolves with the texts the bot then posted in `conversationId`. */
  async function postsAfter(conversationId: string, act: () => Promise<unknown>, count = 1): Promise<string[]> {
    const before = postedIn(conversationId).length;
    await act();
    return (await postedWhen(conversationId, before + count)).slice(before).map((activity) => activity.text ?? '');
  }

  /** Runs `act` and resolves with the texts `person` was then sent. */
  async function textsAfter(person: string, act: () => Promise<unknown>, count = 1): Promise<string[]> {
    const before = harness.sentTo(person).length;
    await act();
    return (await harness.waitForReplies(person, before + count)).slice(before).map((message) => message.body);
  }

  async function enrolled(name: string): Promise<string> {
    const person = harness.newNumber();
    await harness.exchange(person, 'hi');
    await harness.exchange(person, '1');
    await harness.exchange(person, name);
    await harness.exchange(person, 'Edmonton', 3);
    return person;
  }

  /** The card the bot posted in the staff channel about hand-off `id` at `level`. */
  async function cardFor(id: number, level = 0): Promise<{ cardId: string; card: CardContent }> {
    const posted = await until(
      () =>
        postedIn(STAFF_CHANNEL).find((activity) => {
          const card = cardOf(activity);
          return card !== undefined && cardHandoff(card) === id && cardText(card).includes(level === 0 ? 'First alert' : `escalation ${level}`);
        }),
      `the card of hand-off ${id}`,
    );
    const index = connector.activities.indexOf(posted);
    return { cardId: `reply-${index + 1}`, card: cardOf(posted)! };
  }

  async function activeHandoff(person: string) {
    const participant = await until(() => harness.participant(person), 'the participant');
    return until(() => harness.app.app.handoffs.activeFor(participant.id), 'the hand-off');
  }

  it('the bot learns the staff channel when a staff member adds it to a team, and not when anyone else does', async () => {
    const added = (from: Pick<Staff, 'teamsUserId' | 'name'>, conversationId: string) =>
      teams({
        type: 'conversationUpdate',
        from: teamsUser(from),
        conversation: { id: conversationId, conversationType: 'channel', isGroup: true },
        membersAdded: [{ id: BOT.id }],
        channelData: { eventType: 'teamMemberAdded', tenant: { id: 'tenant-1' }, team: { id: '19:staff-team@thread.tacv2' } },
      });
    await added(ON_CALL, STAFF_CHANNEL);
    const [learned] = await until(async () => {
      const rows = await harness.db.select().from(teamsStaffChannel);
      return rows.length > 0 ? rows : undefined;
    }, 'the staff channel');
    expect(learned).toMatchObject({ conversationId: STAFF_CHANNEL, learnedBy: 'On-call peer', reference: { serviceUrl: connector.url, conversation: { id: STAFF_CHANNEL } } });

    await added({ teamsUserId: 'aad-stranger', name: 'Someone Else' }, OTHER_CHANNEL);
    expect(await harness.db.select({ conversationId: teamsStaffChannel.conversationId }).from(teamsStaffChannel)).toEqual([{ conversationId: STAFF_CHANNEL }]);
  });

  it('a staff member types /staffchannel in a channel: it becomes the staff channel', async () => {
    expect(await postsAfter(`${OTHER_CHANNEL};messageid=m1`, () => inChannel(BACKUP, `${OTHER_CHANNEL};messageid=m1`, '/staffchannel'))).toEqual([
      "This channel is now peerline's staff channel: hand-off alerts are posted here.",
    ]);
    expect(await harness.db.select({ conversationId: teamsStaffChannel.conversationId, learnedBy: teamsStaffChannel.learnedBy }).from(teamsStaffChannel)).toEqual([
      { conversationId: OTHER_CHANNEL, learnedBy: 'Backup supervisor' },
    ]);
    await inChannel(ON_CALL, STAFF_CHANNEL, '/staffchannel');
    await until(async () => (await harness.db.select().from(teamsStaffChannel))[0]?.conversationId === STAFF_CHANNEL, 'the staff channel back');
  });

  it('someone who is not staff writing in the staff channel is told it is for staff and never enrolled', async () => {
    const stranger = { teamsUserId: 'aad-stranger', name: 'Someone Else' };
    expect(await postsAfter(STAFF_CHANNEL, () => inChannel(stranger, STAFF_CHANNEL, 'hi, can I sign up?'))).toEqual([
      'This channel is for peerline staff. To talk with peerline yourself, open a one-to-one chat with the bot.',
    ]);
    expect(await harness.app.app.participants.findByAddress('msteams', teamsUser(stranger).id)).toBeUndefined();
  });

  it('a staff member opening a chat with the bot is greeted as staff, never asked to enroll', async () => {
    const chat = personalChat(BACKUP);
    const greeting = await postsAfter(chat, () =>
      teams({ type: 'conversationUpdate', from: teamsUser(BACKUP), conversation: { id: chat, conversationType: 'personal' }, membersAdded: [{ id: teamsUser(BACKUP).id }] }),
    );
    expect(greeting).toEqual([
      "Hi Backup supervisor, you're on the on-call list. Hand-off alerts come to the staff channel; a hand-off you take here (CLAIM and its number) is relayed in this chat.",
    ]);
    expect(await harness.app.app.participants.findByAddress('msteams', teamsUser(BACKUP).id)).toBeUndefined();
    expect(await harness.db.select({ teamsUserId: teamsStaffChats.teamsUserId }).from(teamsStaffChats)).toEqual([{ teamsUserId: BACKUP.teamsUserId }]);
  });

  it('a crisis text puts one card in the staff channel: alias, reason, urgency, a week of check-ins and Claim, never the number', async () => {
    const person = await enrolled('Sam');
    const participant = (await harness.participant(person))!;
    const checkIns = new CheckInRepository(harness.db, () => clock);
    const week: [string, number, number][] = [
      ['2026-11-25', 3, 7],
      ['2026-11-26', 5, 6],
      ['2026-11-27', 4, 6],
      ['2026-11-29', 6, 4],
      ['2026-11-30', 6, 3],
      ['2026-12-01', 7, 2],
    ];
    for (const [date, mood, craving] of week) await checkIns.record(participant.id, date, { mood, craving, sleepHours: null, used: null, note: null }, 'sms');

    const cardsBefore = postedIn(STAFF_CHANNEL).filter((activity) => cardOf(activity)).length;
    const [lines] = await harness.exchange(person, "i can't do this anymore, i'm going to kill myself tonight");
    expect(lines).toContain('988');
    expect(lines).toContain("I've alerted a peer from our team");
    const handoff = await activeHandoff(person);
    const { card } = await cardFor(handoff.id);

    expect(card.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'TextBlock', text: `peerline: hand-off ${handoff.id} - URGENT` }),
        {
          type: 'FactSet',
          facts: [
            { title: 'Participant', value: 'Sam' },
            { title: 'Reason', value: 'Crisis: suicide risk' },
            { title: 'Urgency', value: 'Urgent' },
            { title: 'Escalation', value: 'First alert' },
          ],
        },
        expect.objectContaining({ text: 'Mood 3 5 4 - 6 6 7' }),
        expect.objectContaining({ text: 'Craving 7 6 6 - 4 3 2' }),
      ]),
    );
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Claim', data: { peerline: 'claim', handoffId: handoff.id } }]);
    const everything = JSON.stringify(connector.activities);
    expect(everything).not.toContain(person.slice(2));
    expect(everything).not.toContain('kill myself');
    expect(postedIn(STAFF_CHANNEL).filter((activity) => cardOf(activity))).toHaveLength(cardsBefore + 1);

    // Nobody claims: the escalation alerts both staff members, and the channel gets one card for the level.
    clock = new Date(clock.getTime() + 6 * 60_000);
    expect(await harness.app.app.escalation.tick()).toBe(1);
    const { card: escalated } = await cardFor(handoff.id, 1);
    expect(cardText(escalated)).toContain('Not claimed yet: escalation 1');
    expect(postedIn(STAFF_CHANNEL).filter((activity) => cardOf(activity))).toHaveLength(cardsBefore + 2);
    const alerts = await harness.db.select().from(handoffAlerts).where(eq(handoffAlerts.handoffId, handoff.id));
    expect(alerts.map((alert) => [alert.level, alert.staffName, alert.channel, alert.status]).sort()).toEqual([
      [0, 'On-call peer', 'msteams', 'sent'],
      [0, 'On-call peer', 'sms', 'sent'],
      [1, 'Backup supervisor', 'msteams', 'sent'],
      [1, 'Backup supervisor', 'sms', 'sent'],
      [1, 'On-call peer', 'msteams', 'sent'],
      [1, 'On-call peer', 'sms', 'sent'],
    ]);
    await harness.app.app.handoffs.close(handoff.id, 'test over', null);
  });

  it('a person in crisis who says they are safe: the card in the staff channel is redrawn to say so, and keeps its Claim button', async () => {
    const person = await enrolled('Dana');
    await harness.exchange(person, 'i want to kill myself');
    const handoff = await activeHandoff(person);
    const { cardId, card } = await cardFor(handoff.id);
    expect(card.body).toContainEqual(expect.objectContaining({ facts: expect.arrayContaining([{ title: 'Reason', value: 'Crisis: suicide risk' }]) }));

    const [ask] = await harness.exchange(person, 'im safe i promise');
    expect(ask).toMatch(/One question, to be sure: are you having thoughts of ending your life right now\?/);
    const [back] = await harness.exchange(person, 'no', 2);
    expect(back).toMatch(/^Thank you\. I'm glad you're safe\./);

    const redrawn = await until(() => connector.updates.filter((update) => update.id === cardId).at(-1), 'the card redrawn');
    const safe = cardOf(redrawn)!;
    expect(safe.body).toContainEqual(
      expect.objectContaining({ facts: expect.arrayContaining([{ title: 'Reason', value: 'Crisis: suicide risk (says they are safe now)' }]) }),
    );
    expect(cardText(safe)).toContain('Dana');
    expect(safe.actions).toEqual([{ type: 'Action.Submit', title: 'Claim', data: { peerline: 'claim', handoffId: handoff.id } }]);
    await harness.app.app.handoffs.close(handoff.id, 'test over', null);
  });

  it('a person who erases their data leaves cards that show only the hand-off number: no alias, no check-ins, no buttons', async () => {
    const person = await enrolled('Robin');
    const participant = (await harness.participant(person))!;
    await new CheckInRepository(harness.db, () => clock).record(participant.id, '2026-12-01', { mood: 3, craving: 8, sleepHours: null, used: null, note: null }, 'sms');
    await harness.exchange(person, 'i took too many pills and i feel weird');
    const handoff = await activeHandoff(person);
    const { cardId, card } = await cardFor(handoff.id);
    expect(cardText(card)).toContain('Robin');

    await harness.exchange(person, 'DELETE MY DATA');
    const [done] = await harness.exchange(person, 'yes');
    expect(done).toMatch(/Your data has been erased/);

    const redrawn = await until(() => connector.updates.filter((update) => update.id === cardId).at(-1), 'the card redrawn');
    const erased = cardOf(redrawn)!;
    expect(cardText(erased)).toContain(`hand-off ${handoff.id}`);
    expect(cardText(erased)).toContain('asked for their data to be erased');
    expect(cardText(erased)).not.toMatch(/Robin|Mood|Craving|Crisis/);
    expect(erased.actions).toEqual([]);
  });

  it('two staff press Claim at once: exactly one gets it, the other is told in the thread, and the card shows who', async () => {
    const person = await enrolled('Kim');
    await harness.exchange(person, 'can i talk to someone');
    const handoff = await activeHandoff(person);
    const { cardId } = await cardFor(handoff.id);
    const thread = threadOf(cardId);

    const replies = await postsAfter(
      thread,
      () => Promise.all([press(ON_CALL, cardId, { peerline: 'claim', handoffId: handoff.id }), press(BACKUP, cardId, { peerline: 'claim', handoffId: handoff.id })]),
      2,
    );
    const winners = replies.filter((text) => text.startsWith(`Hand-off ${handoff.id} is yours`));
    const losers = replies.filter((text) => text.startsWith(`Hand-off ${handoff.id} was already claimed by`));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const claimed = await harness.app.app.handoffs.get(handoff.id);
    expect(claimed).toMatchObject({ status: 'claimed', claimedVia: 'msteams', claimedReference: { conversation: { id: thread } } });
    expect(winners[0]).toContain(`(${claimed?.claimedBy})`);
    expect(losers[0]).toBe(`Hand-off ${handoff.id} was already claimed by ${claimed?.claimedBy}.`);

    const redrawn = await until(() => connector.updates.find((update) => update.id === cardId), 'the card redrawn');
    const card = cardOf(redrawn)!;
    expect(cardText(card)).toContain(`Claimed by ${claimed?.claimedBy}`);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'End', data: { peerline: 'end', handoffId: handoff.id } }]);
  });

  it('claimed in the card thread: the SMS participant and the Teams peer talk through it until /end', async () => {
    const person = await enrolled('Ari');
    await harness.exchange(person, 'can i talk to someone');
    await harness.exchange(person, 'are you there?');
    const handoff = await activeHandoff(person);
    const { cardId } = await cardFor(handoff.id);
    const thread = threadOf(cardId);

    const toPerson = await textsAfter(person, async () => {
      const told = await postsAfter(thread, () => press(ON_CALL, cardId, { peerline: 'claim', handoffId: handoff.id }), 2);
      expect(told[0]).toMatch(new RegExp(`^Hand-off ${handoff.id} is yours \\(On-call peer\\)\\. Ari's messages come to you here`));
      expect(told[1]).toBe('Before you joined:\nAri: are you there?');
    });
    expect(toPerson).toEqual(['A peer from the team has your message and will text you here.']);

    const relayed = await postsAfter(thread, () => harness.say(person, "I've had a rough night"));
    expect(relayed).toEqual([`Ari (#${handoff.id}): I've had a rough night`]);
    expect(postedIn(thread).at(-1)).toMatchObject({ textFormat: 'plain' });

    expect(await textsAfter(person, () => inChannel(ON_CALL, thread, "I'm here. Want to tell me what happened?"))).toEqual([
      "On-call (peer): I'm here. Want to tell me what happened?",
    ]);

    const ended = await textsAfter(person, async () => {
      expect(await postsAfter(thread, () => inChannel(ON_CALL, thread, '/end talked it through'))).toEqual([`Hand-off ${handoff.id} is closed. Thank you.`]);
    });
    expect(ended).toEqual(["On-call has ended your conversation. I'm here again: reply MENU to see what I can do, or ask for a peer any time."]);
    const [record] = await harness.db.select().from(handoffs).where(eq(handoffs.id, handoff.id));
    expect(record).toMatchObject({ status: 'closed', closedBy: 'On-call peer', note: 'talked it through' });
    const redrawn = await until(() => connector.updates.filter((update) => update.id === cardId).at(-1), 'the closed card');
    expect(cardText(cardOf(redrawn)!)).toContain('Closed by On-call peer');
    expect(cardOf(redrawn)!.actions).toEqual([]);
    harness.checkHygiene();
  });

  it('a peer holding two hand-offs answers each in its own card thread', async () => {
    const first = await enrolled('Noa');
    const second = await enrolled('Eli');
    await harness.exchange(first, 'can i talk to someone');
    await harness.exchange(second, 'can i talk to someone');
    const [one, two] = [await activeHandoff(first), await activeHandoff(second)];
    const [cardOne, cardTwo] = [(await cardFor(one.id)).cardId, (await cardFor(two.id)).cardId];
    await textsAfter(first, () => press(ON_CALL, cardOne, { peerline: 'claim', handoffId: one.id }));
    await textsAfter(second, () => press(ON_CALL, cardTwo, { peerline: 'claim', handoffId: two.id }));

    // The older hand-off's thread, though the newer one was claimed last.
    expect(await textsAfter(first, () => inChannel(ON_CALL, threadOf(cardOne), 'Noa, are you somewhere safe?'))).toEqual(['On-call (peer): Noa, are you somewhere safe?']);
    expect(await postsAfter(threadOf(cardTwo), () => harness.say(second, 'still here'))).toEqual([`Eli (#${two.id}): still here`]);
    expect(await postsAfter(threadOf(cardOne), () => inChannel(ON_CALL, threadOf(cardOne), '/end'))).toEqual([`Hand-off ${one.id} is closed. Thank you.`]);
    expect(await harness.app.app.handoffs.get(two.id)).toMatchObject({ status: 'claimed' });
    await postsAfter(threadOf(cardTwo), () => inChannel(ON_CALL, threadOf(cardTwo), '/end'));
  });

  it('claimed from a personal chat: the relay goes to that chat, and the End button with a note closes it', async () => {
    const person = await enrolled('Lou');
    await harness.exchange(person, 'can i talk to someone');
    const handoff = await activeHandoff(person);
    const { cardId } = await cardFor(handoff.id);
    const chat = personalChat(BACKUP);

    await textsAfter(person, async () => {
      const told = await postsAfter(chat, () => inPersonalChat(BACKUP, `claim ${handoff.id}`));
      expect(told[0]).toMatch(new RegExp(`^Hand-off ${handoff.id} is yours \\(Backup supervisor\\)`));
    });
    expect(await harness.app.app.handoffs.get(handoff.id)).toMatchObject({ claimedVia: 'msteams', claimedReference: { conversation: { id: chat } } });

    expect(await postsAfter(chat, () => harness.say(person, 'thanks for picking up'))).toEqual([`Lou (#${handoff.id}): thanks for picking up`]);
    expect(await textsAfter(person, () => inPersonalChat(BACKUP, 'Of course. How are you feeling?'))).toEqual(['Backup (peer): Of course. How are you feeling?']);

    // Someone else pressing End on the card cannot close a hand-off they do not hold.
    expect(await postsAfter(threadOf(cardId), () => press(ON_CALL, cardId, { peerline: 'end', handoffId: handoff.id }))).toEqual([
      `Hand-off ${handoff.id} is not one you hold. Reply CLAIM ${handoff.id} if it is still open.`,
    ]);
    const ended = await textsAfter(person, () => press(BACKUP, cardId, { peerline: 'end', handoffId: handoff.id, note: 'safety plan reviewed' }));
    expect(ended).toEqual(["Backup has ended your conversation. I'm here again: reply MENU to see what I can do, or ask for a peer any time."]);
    expect(await harness.app.app.handoffs.get(handoff.id)).toMatchObject({ status: 'closed', closedBy: 'Backup supervisor', note: 'safety plan reviewed' });
  });
});
