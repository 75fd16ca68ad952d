import { AutoSaveStateMiddleware, ConversationState, MessageFactory, TestAdapter, type StoreItems } from 'botbuilder';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { ETagConflictError, PostgresStorage } from '../../src/store/postgres-storage.js';
import { databaseTargets } from '../helpers/databases.js';

type Doc = { id?: number; count?: number; eTag?: string };

// A port of botbuilder-js's storage conformance cases (storageBaseTests), run on every engine.
describe.each(databaseTargets)('PostgresStorage on $name', (target) => {
  let database: Database;
  let storage: PostgresStorage;

  beforeAll(async () => {
    database = await target.open();
    storage = new PostgresStorage(database.db);
  });
  afterAll(async () => database?.close());

  it('returns an empty object when reading an unknown key', async () => {
    expect(await storage.read(['unknown'])).toEqual({});
  });

  it('refuses null keys and null changes the way MemoryStorage does', async () => {
    await expect(storage.read(null as unknown as string[])).rejects.toThrow('Keys are required when reading.');
    await expect(storage.write(null as unknown as StoreItems)).rejects.toThrow('Changes are required when writing.');
  });

  it('writes no items without complaint', async () => {
    await expect(storage.write({})).resolves.toBeUndefined();
  });

  it('creates objects and gives each an eTag', async () => {
    await storage.write({ createPoco: { id: 1 }, createPocoStoreItem: { id: 2 } });
    const read = await storage.read(['createPoco', 'createPocoStoreItem']);
    expect(read.createPoco).toMatchObject({ id: 1, eTag: expect.any(String) });
    expect(read.createPocoStoreItem).toMatchObject({ id: 2, eTag: expect.any(String) });
  });

  it.each([
    ['punctuation', '!@#$%^&*()~/\\><,.?\';"`~'],
    ['emoji and right-to-left text', 'msteams/conversations/🧠💬 مرحبا שלום'],
    ['a NUL character', 'a\u0000b'],
    ['a very long key', 'k'.repeat(10_000)],
    ['SQL', "x'); drop table bot_state; --"],
  ])('keeps keys with %s safe', async (_, key) => {
    await storage.write({ [key]: { id: 7 } });
    const read = await storage.read([key]);
    expect(read[key]).toMatchObject({ id: 7 });
  });

  it('keeps values with NUL characters and unicode intact', async () => {
    const text = 'nul\u0000 emoji 🙂 rtl مرحبا';
    await storage.write({ weird: { text } });
    expect((await storage.read(['weird'])).weird).toMatchObject({ text });
  });

  it('updates objects: no eTag or "*" overwrites, a stale eTag is refused', async () => {
    await storage.write({ pocoItem: { id: 1, count: 1 }, pocoStoreItem: { id: 1, count: 1 } });
    const loaded = await storage.read(['pocoItem', 'pocoStoreItem']);
    const pocoItem = loaded.pocoItem as Doc;
    const pocoStoreItem = loaded.pocoStoreItem as Doc;
    delete pocoItem.eTag;
    pocoItem.count = 2;
    pocoStoreItem.count = 2;
    await storage.write(loaded);

    const reloaded = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect((reloaded.pocoItem as Doc).count).toBe(2);
    expect((reloaded.pocoStoreItem as Doc).count).toBe(2);
    expect((reloaded.pocoStoreItem as Doc).eTag).not.toBe(pocoStoreItem.eTag);

    pocoItem.count = 123;
    await expect(storage.write({ pocoItem })).resolves.toBeUndefined();
    pocoStoreItem.count = 123;
    await expect(storage.write({ pocoStoreItem })).rejects.toBeInstanceOf(ETagConflictError);

    const afterConflict = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect((afterConflict.pocoItem as Doc).count).toBe(123);
    expect((afterConflict.pocoStoreItem as Doc).count).toBe(2);

    await storage.write({ pocoItem: { count: 100 }, pocoStoreItem: { count: 100, eTag: '*' } });
    const final = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect((final.pocoItem as Doc).count).toBe(100);
    expect((final.pocoStoreItem as Doc).count).toBe(100);
  });

  it('lets exactly one of two writers holding the same eTag win', async () => {
    await storage.write({ race: { count: 0 } });
    const { race } = await storage.read(['race']);
    const results = await Promise.allSettled([
      storage.write({ race: { ...race, count: 1 } }),
      storage.write({ race: { ...race, count: 2 } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
  });

  it('deletes objects, and deleting an unknown key is fine', async () => {
    await storage.write({ delete1: { id: 1, count: 1 } });
    expect((await storage.read(['delete1'])).delete1).toMatchObject({ count: 1 });
    await storage.delete(['delete1']);
    expect((await storage.read(['delete1'])).delete1).toBeUndefined();
    await expect(storage.delete(['delete1', 'unknown_key'])).resolves.toBeUndefined();
  });

  it('performs batch operations', async () => {
    await storage.write({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });
    const read = await storage.read(['batch1', 'batch2', 'batch3']);
    expect(Object.values(read).map((item) => (item as Doc).count)).toEqual(expect.arrayContaining([10, 20, 30]));
    await storage.delete(['batch1', 'batch2', 'batch3']);
    expect(await storage.read(['batch1', 'batch2', 'batch3'])).toEqual({});
  });

  it('proceeds through a waterfall with a retrying prompt', async () => {
    const conversationState = new ConversationState(storage);
    const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
    dialogs.add(
      new TextPrompt('textPrompt', async (prompt) => {
        if ((prompt.recognized.value ?? '').length > 3) {
          await prompt.context.sendActivity(`You got it at the ${prompt.attemptCount}th try!`);
          return true;
        }
        await prompt.context.sendActivity(`Please send a name that is longer than 3 characters. ${prompt.attemptCount}`);
        return false;
      }),
    );
    dialogs.add(
      new WaterfallDialog('waterfallDialog', [
        async (step: WaterfallStepContext) => {
          await step.context.sendActivity('step1');
          return Dialog.EndOfTurn;
        },
        async (step: WaterfallStepContext) => step.prompt('textPrompt', { prompt: MessageFactory.text('Please type your name.') }),
        async (step: WaterfallStepContext) => {
          await step.context.sendActivity('step3');
          return Dialog.EndOfTurn;
        },
      ]),
    );
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      await dc.continueDialog();
      if (!context.responded) await dc.beginDialog('waterfallDialog');
    }).use(new AutoSaveStateMiddleware(conversationState));

    await adapter
      .send('hello')
      .assertReply('step1')
      .send('hello')
      .assertReply('Please type your name.')
      .send('hi')
      .assertReply('Please send a name that is longer than 3 characters. 1')
      .send('hi')
      .assertReply('Please send a name that is longer than 3 characters. 2')
      .send('Kyle')
      .assertReply('You got it at the 3th try!')
      .assertReply('step3')
      .startTest();
  });
});
