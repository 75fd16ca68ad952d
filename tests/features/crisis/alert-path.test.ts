import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../helpers/databases.js';
import { ChatDriver, startTestApp, type TestApp } from '../../helpers/app.js';

describe.each(databaseTargets)('the alert path watches itself on $name', (target) => {
  let harness: TestApp;
  let base: string;
  let clock = new Date('2026-11-23T15:00:00Z');

  beforeAll(async () => {
    // No on-call staff at all: a crisis reaches nobody on the team.
    harness = await startTestApp(target, {}, { now: () => clock, program: { onCall: [] } });
    base = `http://127.0.0.1:${(await harness.app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => harness?.close());

  const readyz = async () => {
    const response = await fetch(`${base}/readyz`);
    return { status: response.status, body: (await response.json()) as { status: string; checks: Record<string, boolean> } };
  };

  it('a crisis hand-off open for the crisis delay with nobody alerted is logged as an error and makes /readyz 503, until it is closed', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', checks: { database: true, crisisAlerts: true } } });
    const chat = new ChatDriver(harness.app, 'alone');
    const [reply] = await chat.say('i want to kill myself tonight');
    expect(reply).toMatch(/a real person will answer/); // no peer promised
    clock = new Date(clock.getTime() + 4 * 60_000);
    await harness.app.escalation.tick();
    expect((await readyz()).status).toBe(200); // not yet: the crisis delay is 5 minutes
    clock = new Date(clock.getTime() + 2 * 60_000);
    await harness.app.escalation.tick();
    expect(harness.logs.lines.filter((line) => line.includes('"event":"crisis_alert_stalled"'))).toHaveLength(1);
    expect(await readyz()).toEqual({ status: 503, body: { status: 'not ready', checks: { database: true, crisisAlerts: false } } });

    const participant = await harness.app.participants.findByAddress('console', 'alone');
    const handoff = await harness.app.handoffs.activeFor(participant!.id);
    await harness.app.handoffs.close(handoff!.id, 'called them back');
    expect((await readyz()).status).toBe(200);
  });
});
