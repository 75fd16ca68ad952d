import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { ParticipantRepository } from '../../src/store/participants.js';
import { conversationRefs } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';

describe.each(databaseTargets)('participants on $name', (target) => {
  let database: Database;
  let participants: ParticipantRepository;
  let clock = new Date('2026-11-20T16:00:00Z');

  beforeAll(async () => {
    database = await target.open();
    participants = new ParticipantRepository(database.db, () => clock);
  });
  afterAll(async () => database?.close());

  const storedReference = async (id: string) =>
    (await database.db.select().from(conversationRefs).where(eq(conversationRefs.participantId, id)))[0];

  it('a first message creates the person as pending consent; later ones find the same person', async () => {
    const first = await participants.findOrCreate('sms', '+12025554101');
    expect(first).toMatchObject({ channel: 'sms', address: '+12025554101', status: 'pending_consent' });
    expect((await participants.findOrCreate('sms', '+12025554101')).id).toBe(first.id);
    expect((await participants.findOrCreate('msteams', '+12025554101')).id).not.toBe(first.id);
  });

  it('keeps the conversation reference as a JSON object, rewritten only when it changes', async () => {
    const { id } = await participants.findOrCreate('sms', '+12025554102');
    const reference = { channelId: 'sms', conversation: { id: '+12025554102' }, locale: 'es-US', note: 'café ☕' };
    await participants.saveConversationReference(id, reference);
    expect(await participants.getConversationReference(id)).toEqual(reference);
    const written = await storedReference(id);

    clock = new Date('2026-11-20T17:00:00Z');
    await participants.saveConversationReference(id, { ...reference });
    expect((await storedReference(id))?.updatedAt).toEqual(written?.updatedAt);

    await participants.saveConversationReference(id, { ...reference, locale: 'fr-CA' });
    expect(await participants.getConversationReference(id)).toMatchObject({ locale: 'fr-CA' });
    expect((await storedReference(id))?.updatedAt).toEqual(clock);
  });
});
