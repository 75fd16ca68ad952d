import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { GoalRepository } from '../../src/store/goals.js';
import { ParticipantRepository } from '../../src/store/participants.js';
import { goals as goalRows } from '../../src/store/schema.js';
import { databaseTargets } from '../helpers/databases.js';

const DAILY_8PM = { kind: 'recurring', rule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0' } as const;
const TOMORROW_9 = { kind: 'once', at: '2026-11-21T09:00' } as const;

describe.each(databaseTargets)('goals on $name', (target) => {
  let database: Database;
  let goals: GoalRepository;
  let participants: ParticipantRepository;
  const clock = new Date('2026-11-20T16:00:00Z');
  let people = 0;
  const person = async () => (await participants.findOrCreate('sms', `+1202555${String(3000 + (people += 1))}`)).id;

  beforeAll(async () => {
    database = await target.open();
    goals = new GoalRepository(database.db, () => clock);
    participants = new ParticipantRepository(database.db);
  });
  afterAll(async () => database?.close());

  it('keeps the title exactly as written, emoji and all, and reads the schedule back', async () => {
    const id = await person();
    const title = 'Llamar a mamá 📞 — “sin excusas”';
    const created = await goals.create(id, title, DAILY_8PM);
    expect(await goals.get(created.id)).toMatchObject({ participantId: id, title, schedule: DAILY_8PM, status: 'active', remindersPaused: false, createdAt: clock });
  });

  it('lists only active goals, oldest first; a done goal leaves the list with the time it was done', async () => {
    const id = await person();
    const walk = await goals.create(id, 'Walk 20 minutes', DAILY_8PM);
    const call = await goals.create(id, 'Call my sponsor', TOMORROW_9);
    const read = await goals.create(id, 'Read before bed', null);
    await goals.markDone(id, call.id);
    expect((await goals.listActive(id)).map((goal) => goal.title)).toEqual(['Walk 20 minutes', 'Read before bed']);
    expect(await goals.get(call.id)).toMatchObject({ status: 'done', doneAt: clock });
    expect((await goals.get(read.id))?.schedule).toBeNull();
    expect((await goals.get(walk.id))?.schedule).toEqual(DAILY_8PM);
  });

  it('a new schedule resumes paused reminders; null leaves the goal without one', async () => {
    const id = await person();
    const goal = await goals.create(id, 'Meditate', DAILY_8PM);
    expect(await goals.setPaused(id, goal.id, true)).toMatchObject({ remindersPaused: true });
    expect(await goals.setSchedule(id, goal.id, TOMORROW_9)).toMatchObject({ schedule: TOMORROW_9, remindersPaused: false });
    expect(await goals.setSchedule(id, goal.id, null)).toMatchObject({ schedule: null });
  });

  it('nobody can change, finish, delete or answer for another person’s goal', async () => {
    const owner = await person();
    const stranger = await person();
    const goal = await goals.create(owner, 'Go to a meeting', DAILY_8PM);
    expect(await goals.getFor(stranger, goal.id)).toBeUndefined();
    expect(await goals.setSchedule(stranger, goal.id, null)).toBeUndefined();
    expect(await goals.setPaused(stranger, goal.id, true)).toBeUndefined();
    expect(await goals.markDone(stranger, goal.id)).toBeUndefined();
    expect(await goals.delete(stranger, goal.id)).toBe(false);
    expect(await goals.recordOutcome(goal.id, stranger, 'goal:x:2026-11-20T20:00', 'done')).toBeUndefined();
    expect(await goals.get(goal.id)).toMatchObject({ schedule: DAILY_8PM, remindersPaused: false, status: 'active' });
    expect(await goals.outcomes(goal.id)).toEqual([]);
  });

  it('a second answer to the same reminder replaces the first; another occurrence is its own row', async () => {
    const id = await person();
    const goal = await goals.create(id, 'Drink water', DAILY_8PM);
    await goals.recordOutcome(goal.id, id, 'goal:1:2026-11-20T20:00', 'not_today');
    await goals.recordOutcome(goal.id, id, 'goal:1:2026-11-20T20:00', 'done');
    await goals.recordOutcome(goal.id, id, 'goal:1:2026-11-21T20:00', 'not_today');
    expect((await goals.outcomes(goal.id)).map(({ occurrenceKey, outcome }) => [occurrenceKey, outcome])).toEqual([
      ['goal:1:2026-11-20T20:00', 'done'],
      ['goal:1:2026-11-21T20:00', 'not_today'],
    ]);
  });

  it('deleting a goal deletes its outcomes; erasing the person deletes their goals', async () => {
    const id = await person();
    const kept = await goals.create(id, 'Journal', null);
    const dropped = await goals.create(id, 'Run', DAILY_8PM);
    await goals.recordOutcome(dropped.id, id, 'goal:2:2026-11-20T20:00', 'done');
    expect(await goals.delete(id, dropped.id)).toBe(true);
    expect(await goals.get(dropped.id)).toBeUndefined();
    expect(await goals.outcomes(dropped.id)).toEqual([]);
    await participants.erase(id);
    expect(await goals.get(kept.id)).toBeUndefined();
  });

  it('a stored schedule this version cannot read is treated as no reminder', async () => {
    const id = await person();
    const goal = await goals.create(id, 'Stretch', DAILY_8PM);
    await database.db.update(goalRows).set({ schedule: { kind: 'lunar', phase: 'full' } }).where(eq(goalRows.id, goal.id));
    expect((await goals.get(goal.id))?.schedule).toBeNull();
  });
});
