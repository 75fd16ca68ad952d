import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckInRepository } from '../../src/store/check-ins.js';
import type { Database } from '../../src/store/database.js';
import { ParticipantRepository } from '../../src/store/participants.js';
import { databaseTargets } from '../helpers/databases.js';

const none = { mood: null, craving: null, sleepHours: null, used: null, note: null };

describe.each(databaseTargets)('check-ins on $name', (target) => {
  let database: Database;
  let checkIns: CheckInRepository;
  let participants: ParticipantRepository;
  beforeAll(async () => {
    database = await target.open();
    checkIns = new CheckInRepository(database.db);
    participants = new ParticipantRepository(database.db);
  });
  afterAll(async () => database?.close());

  it('a second check-in the same local day updates the first, keeping answers it skipped', async () => {
    const { id } = await participants.findOrCreate('sms', '+12025550111');
    await checkIns.record(id, '2026-11-23', { ...none, mood: 4, craving: 2, sleepHours: 6 }, 'sms');
    await checkIns.record(id, '2026-11-23', { ...none, mood: 7 }, 'sms');
    const rows = await checkIns.recent(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mood: 7, craving: 2, sleepHours: 6, localDate: '2026-11-23' });
  });

  it('gives the newest first, and a trend for a window oldest first', async () => {
    const { id } = await participants.findOrCreate('sms', '+12025550112');
    for (const [date, mood] of [['2026-11-01', 3], ['2026-11-10', 5], ['2026-11-20', 8]] as const) {
      await checkIns.record(id, date, { ...none, mood }, 'sms');
    }
    expect((await checkIns.recent(id, 2)).map((row) => row.localDate)).toEqual(['2026-11-20', '2026-11-10']);
    expect((await checkIns.trend(id, '2026-11-05', '2026-11-30')).map((row) => row.mood)).toEqual([5, 8]);
  });

  it('erasing the participant removes their check-ins', async () => {
    const { id } = await participants.findOrCreate('sms', '+12025550113');
    await checkIns.record(id, '2026-11-23', { ...none, mood: 5 }, 'sms');
    await participants.erase(id);
    expect(await checkIns.recent(id)).toEqual([]);
  });
});
