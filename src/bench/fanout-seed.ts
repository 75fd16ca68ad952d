import { DateTime } from 'luxon';
import pg from 'pg';

/** What {@link seedDueReminders} put in the database. */
export interface FanoutSeed {
  /** The occurrence every row has: the minute already begun when the seed started. */
  readonly occurrenceAt: Date;
  /** The participants' zone, chosen so that it is about noon there (inside the delivery window). */
  readonly zone: string;
  /** When the seed committed: from then on every row is due. */
  readonly dueSince: Date;
}

/** The number participant `index` gets: +1555 1000000 upwards, clear of the program's on-call numbers. */
export function fanoutNumber(index: number): string {
  return `+1555${1_000_000 + index}`;
}

/** A fixed-offset zone in which the local time at `now` is between 12:00 and 13:00. */
export function noonZone(now: Date): string {
  const aheadOfUtc = 12 - now.getUTCHours(); // -11 … +12, all of which exist as Etc zones
  // Etc zones count the other way round: Etc/GMT-5 is five hours ahead of UTC.
  return aheadOfUtc === 0 ? 'Etc/GMT' : `Etc/GMT${aheadOfUtc > 0 ? '-' : '+'}${Math.abs(aheadOfUtc)}`;
}

/**
 * Seeds `count` active SMS participants, each with a daily goal and its occurrence for the
 * current minute pending, with set-based statements in one transaction: every row becomes due
 * at the same moment, the commit. The tables are analysed inside it, so the first claim is
 * planned on real statistics, as it would be on a database that has been running.
 */
export async function seedDueReminders(databaseUrl: string, count: number, ourNumber: string): Promise<FanoutSeed> {
  const now = new Date();
  const zone = noonZone(now);
  const occurrenceAt = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const local = DateTime.fromJSDate(occurrenceAt, { zone });
  const schedule = { kind: 'recurring', rule: `FREQ=DAILY;BYHOUR=${local.hour};BYMINUTE=${local.minute}` };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into participants (channel, address, locale, time_zone, status, consent_at, consent_text, check_in_prompts)
       select 'sms', '+1555' || (1000000 + i)::text, 'en', $1, 'active', now(), 'bench consent', false
       from generate_series(0, $2::int - 1) as i`,
      [zone, count],
    );
    await client.query(
      `insert into conversation_refs (participant_id, reference)
       select id, jsonb_build_object(
         'channelId', 'sms', 'serviceUrl', 'sms:twilio',
         'conversation', jsonb_build_object('id', address, 'isGroup', false, 'conversationType', 'personal', 'name', ''),
         'user', jsonb_build_object('id', address, 'name', ''),
         'bot', jsonb_build_object('id', $1::text, 'name', ''))
       from participants where channel = 'sms'`,
      [ourNumber],
    );
    await client.query(
      `insert into goals (participant_id, title, schedule, created_at)
       select id, 'Take a walk', $1::jsonb, now() from participants where channel = 'sms'`,
      [JSON.stringify(schedule)],
    );
    await client.query(
      `insert into scheduled_messages (participant_id, kind, goal_id, occurrence_key, occurrence_at, due_at)
       select participant_id, 'goal_reminder', id, 'goal:' || id || ':' || $1, $2, $2 from goals`,
      [local.toFormat("yyyy-MM-dd'T'HH:mm"), occurrenceAt],
    );
    await client.query('analyze participants, conversation_refs, goals, scheduled_messages');
    await client.query('commit');
    return { occurrenceAt, zone, dueSince: new Date() };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
