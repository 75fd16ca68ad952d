import path from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTurnErrorHandler } from '../../src/bots/turn-error-handler.js';
import { setTurnParticipant } from '../../src/bots/turn-state.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging.js';
import { catalogFor, primaryCrisisLine } from '../../src/messages/index.js';
import { CrisisScreen } from '../../src/safety/index.js';
import type { Participant } from '../../src/store/participants.js';
import { LogCapture } from '../helpers/app.js';

const program = loadConfig({ PROGRAM_CONFIG: path.resolve('tests/fixtures/program.json'), DATA_DIR: '/tmp/peerline-turn-error-test' }).program;
const handler = createTurnErrorHandler({
  program,
  conversationState: new ConversationState(new MemoryStorage()),
  screen: CrisisScreen.loadRulesOnly(),
  logger: createLogger('info', new LogCapture()),
});

/** What the person is told when their turn fails. */
async function toldAfterFailure(activity: Partial<Activity>, participant?: Partial<Participant>): Promise<string | undefined> {
  const adapter = new TestAdapter();
  const context = new TurnContext(adapter, { ...TestAdapter.createConversation('failing'), type: 'message', text: 'hello', ...activity });
  if (participant) setTurnParticipant(context, participant as Participant);
  await handler(context, new Error('boom'));
  return (adapter.activeQueue[0] as Partial<Activity> | undefined)?.text;
}

describe('a failed turn is explained in the person’s language', () => {
  it('in the language they chose, with the crisis line of their region', async () => {
    const told = await toldAfterFailure({}, { status: 'active', locale: 'es', region: 'CA' });
    expect(told).toBe(catalogFor('es').turnFailed(primaryCrisisLine(program, 'CA')));
    expect(told).toContain('llama o envía un texto al 988');
  });

  it("in their Teams client's language when they have not chosen, or the turn failed before knowing them", async () => {
    expect(await toldAfterFailure({ locale: 'fr-CA' })).toBe(catalogFor('fr').turnFailed(primaryCrisisLine(program, undefined)));
    expect(await toldAfterFailure({ locale: 'fr-CA' }, { status: 'active', locale: null, region: 'US' })).toMatch(/^Désolé, quelque chose/);
  });
});
