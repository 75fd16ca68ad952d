import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/messages/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';

const target = databaseTargets[0]!;

describe('Teams speaks the language of the Teams client until the person chooses one', () => {
  let harness: TestApp;
  let connector: FakeConnector;
  let base: string;

  beforeAll(async () => {
    harness = await startTestApp(target);
    connector = await startFakeConnector();
    base = `http://127.0.0.1:${(await harness.app.listen(0, '127.0.0.1')).port}`;
  });
  afterAll(async () => {
    await harness?.close();
    await connector?.close();
  });

  /** Posts one message as Teams would, and returns what the bot posted back for it. */
  async function say(user: string, text: string, locale: string): Promise<Partial<Activity>[]> {
    const before = connector.activities.length;
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl: connector.url,
        from: { id: user, name: 'Teams User' },
        recipient: { id: 'bot', name: 'peerline' },
        conversation: { id: `personal-${user}`, conversationType: 'personal' },
        locale,
        text,
      }),
    });
    expect(response.status).toBeLessThan(300);
    await connector.waitFor(before + 1);
    return connector.activities.slice(before);
  }

  it('a client in es-MX is answered in Spanish, with Sí/No buttons, and nothing is stored as a choice', async () => {
    const user = `teams-${randomUUID()}`;
    const [consent] = await say(user, 'hola', 'es-MX');
    expect(consent?.text).toBe(catalogFor('es').consentAsk(harness.app.config.program));
    expect(consent?.suggestedActions?.actions.map((action) => action.title)).toEqual(['Sí', 'No']);
    const [name] = await say(user, 'Sí', 'es-MX');
    expect(name?.text).toBe(`${catalogFor('es').consentThanks} ${catalogFor('es').askName}`);
    expect(await harness.app.participants.findByAddress('msteams', user)).toMatchObject({
      locale: null,
      consentText: catalogFor('es').consentAsk(harness.app.config.program),
    });
  });

  it("the person's own choice wins over the client's locale", async () => {
    const user = `teams-${randomUUID()}`;
    await say(user, 'bonjour', 'fr-CA');
    const [consent] = await say(user, 'english', 'fr-CA');
    expect(consent?.text).toBe(catalogFor('en').consentAsk(harness.app.config.program));
    expect((await harness.app.participants.findByAddress('msteams', user))?.locale).toBe('en');
  });
});
