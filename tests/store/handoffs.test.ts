import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { HandoffRepository } from '../../src/store/handoffs.js';
import { ParticipantRepository } from '../../src/store/participants.js';
import { databaseTargets } from '../helpers/databases.js';

describe.each(databaseTargets)('hand-offs on $name', (target) => {
  let database: Database;
  let handoffs: HandoffRepository;
  let participants: ParticipantRepository;
  let people = 0;
  const person = async () => (await participants.findOrCreate('sms', `+1202555${String(4000 + (people += 1))}`)).id;
  const open = (participantId: string, reason: 'requested' | 'crisis' = 'requested') =>
    handoffs.open({ participantId, reason, escalateAfterMs: 60_000 }).then(({ handoff }) => handoff);

  beforeAll(async () => {
    database = await target.open();
    handoffs = new HandoffRepository(database.db);
    participants = new ParticipantRepository(database.db);
  });
  afterAll(async () => database?.close());

  it('the current hand-off is none for someone who never asked', async () => {
    expect(await handoffs.currentFor(await person())).toBeUndefined();
  });

  it('the current hand-off is the one in progress, claimed or not, and the same as the latest', async () => {
    const id = await person();
    const first = await open(id);
    await handoffs.close(first.id, 'talked', 'Robin');
    const second = await open(id, 'crisis');
    expect(await handoffs.currentFor(id)).toMatchObject({ id: second.id, status: 'open', reason: 'crisis' });
    await handoffs.claim(second.id, 'Robin');
    expect(await handoffs.currentFor(id)).toMatchObject({ id: second.id, status: 'claimed' });
    expect((await handoffs.latestFor(id))?.id).toBe(second.id);
    expect((await handoffs.activeFor(id))?.id).toBe(second.id);
  });

  it('once every hand-off is closed, the current one is the most recent, with its note', async () => {
    const id = await person();
    await handoffs.close((await open(id)).id, 'first', 'Robin');
    const last = await open(id);
    await handoffs.close(last.id, 'second', 'Ana');
    expect(await handoffs.currentFor(id)).toMatchObject({ id: last.id, status: 'closed', note: 'second', closedBy: 'Ana' });
    expect(await handoffs.activeFor(id)).toBeUndefined();
  });
});
