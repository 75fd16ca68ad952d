import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalRepository } from '../../src/store/goals.js';
import { databaseTargets } from '../helpers/databases.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';

const target = databaseTargets[0]!;
const local = (iso: string) => DateTime.fromISO(iso, { zone: 'America/Edmonton' }).toJSDate();

describe('reminders on Teams', () => {
  let harness: TestApp;
  let connector: FakeConnector;
  let base: string;
  let clock = local('2026-12-01T09:00');

  beforeAll(async () => {
    harness = await startTestApp(target, {}, { now: () => clock });
    connector = await startFakeConnector();
    base = `http://127.0.0.1:${(await harness.app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await harness?.close();
    await connector?.close();
  });

  async function say(user: string, text: string, serviceUrl = connector.url) {
    const before = connector.activities.length;
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl,
        from: { id: user, name: 'Teams User' },
        recipient: { id: 'bot', name: 'peerline' },
        conversation: { id: `personal-${user}`, conversationType: 'personal' },
        locale: 'en-US',
        text,
      }),
    });
    expect(response.status).toBeLessThan(300);
    await connector.waitFor(before + 1);
  }

  it('a Teams participant gets their reminder in their chat with the bot, once, even when the connector failed the first time', async () => {
    const user = `teams-${randomUUID()}`;
    for (const text of ['hi', 'yes', 'Robin', 'Edmonton']) await say(user, text);
    const participant = await harness.app.participants.findByAddress('msteams', user);
    const goals = new GoalRepository(harness.database.db, () => clock);
    const goal = await goals.create(participant!.id, 'drink water', { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=15;BYMINUTE=0' });
    await harness.app.planner.goalChanged(goal.id);

    // The connector is unreachable at 15:00: the reminder is kept and tried again.
    await harness.app.participants.saveConversationReference(participant!.id, {
      ...(await harness.app.participants.getConversationReference(participant!.id)),
      serviceUrl: 'http://127.0.0.1:1',
    });
    clock = local('2026-12-01T15:00');
    connector.activities.length = 0;
    await harness.app.reminders.tick();
    expect(connector.activities).toEqual([]);

    await harness.app.participants.saveConversationReference(participant!.id, {
      ...(await harness.app.participants.getConversationReference(participant!.id)),
      serviceUrl: connector.url,
    });
    clock = local('2026-12-01T15:02');
    await harness.app.reminders.tick();
    const [reminder] = await connector.waitFor(1);
    expect(reminder).toMatchObject({ type: 'message', text: 'Hi Robin, a reminder: drink water. Reply DONE or NOT TODAY.', conversation: { id: `personal-${user}` } });
    await harness.app.reminders.tick();
    expect(connector.activities).toHaveLength(1);
  });
});
