import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/scheduler/recurrence.js';
import { describeSchedule, readClockTime, readSchedule, type ScheduleCulture } from '../../src/scheduler/schedule-text.js';
import { warmLanguages } from '../helpers/warm-recognizers.js';

warmLanguages();

// Thursday, March 5 2026, 10:00 in New York.
const NOW = new Date('2026-03-05T15:00:00Z');
const ZONE = 'America/New_York';
const read = (text: string, culture: ScheduleCulture, now = NOW, zone = ZONE) => readSchedule(text, { culture, now, zone });
const every = (rule: string): Schedule => ({ kind: 'recurring', rule });
const once = (at: string): Schedule => ({ kind: 'once', at });

const WEEKDAYS_0730 = every('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=30');
const MON_THU_NOON = every('FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=12;BYMINUTE=0');
const DAILY_8PM = every('FREQ=DAILY;BYHOUR=20;BYMINUTE=0');

describe('reading a reminder schedule as people say it', () => {
  it.each<[ScheduleCulture, string, Schedule]>([
    ['en', 'every day at 8pm', DAILY_8PM],
    ['en', 'Every day at 8 PM', DAILY_8PM],
    ['en', 'daily at 8', every('FREQ=DAILY;BYHOUR=8;BYMINUTE=0')],
    ['en', 'weekdays at 7:30 am', WEEKDAYS_0730],
    ['en', 'every weekday at 7:30', WEEKDAYS_0730],
    ['en', 'mon-fri at 7', every('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0')],
    ['en', 'weekends at 10am', every('FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0')],
    ['en', 'mondays and thursdays at noon', MON_THU_NOON],
    ['en', 'every monday, wednesday and friday at 6:15 pm', every('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=15')],
    ['en', 'saturday and sunday at 10', every('FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0')],
    ['en', 'every other day at 9am', every('FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0')],
    ['en', 'every other monday at 9am', every('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=9;BYMINUTE=0')],
    ['en', 'every day at 8am and 8pm', every('FREQ=DAILY;BYHOUR=8,20;BYMINUTE=0')],
    ['en', 'every evening at 9', every('FREQ=DAILY;BYHOUR=21;BYMINUTE=0')],
    ['en', '8pm', DAILY_8PM],
    ['en', 'at 7:30', every('FREQ=DAILY;BYHOUR=7;BYMINUTE=30')],
    ['en', 'tomorrow at 9', once('2026-03-06T09:00')],
    ['en', 'tomorrow evening at 9', once('2026-03-06T21:00')],
    ['en', 'in 2 hours', once('2026-03-05T12:00')],
    ['en', 'in 30 minutes', once('2026-03-05T10:30')],
    ['en', 'friday at 6pm', once('2026-03-06T18:00')],
    ['en', 'thursday at 11am', once('2026-03-05T11:00')], // later today
    ['en', 'thursday at 9am', once('2026-03-12T09:00')], // already past today: next week
    ['en', 'dec 2 at 9am', once('2026-12-02T09:00')],
    ['es', 'todos los días a las 8 de la noche', DAILY_8PM],
    ['es', 'cada día a las 20:00', DAILY_8PM],
    ['es', 'los lunes y jueves a mediodía', MON_THU_NOON],
    ['es', 'lunes y jueves a las 12', MON_THU_NOON],
    ['es', 'entre semana a las 7:30', WEEKDAYS_0730],
    ['es', 'días laborables a las 7:30', WEEKDAYS_0730],
    ['es', 'de lunes a viernes a las 7:30', WEEKDAYS_0730],
    ['es', 'los fines de semana a las 10', every('FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0')],
    ['es', 'todos los lunes a las 9', every('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0')],
    ['es', 'cada dos días a las 9', every('FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0')],
    ['es', 'mañana a las 9', once('2026-03-06T09:00')],
    ['es', 'en 2 horas', once('2026-03-05T12:00')],
    ['es', 'el viernes a las 6 de la tarde', once('2026-03-06T18:00')],
    ['fr', 'tous les jours à 20 h', DAILY_8PM],
    ['fr', 'chaque jour à 20h', DAILY_8PM],
    ['fr', 'le lundi et le jeudi à midi', MON_THU_NOON],
    ['fr', 'les lundis et jeudis à 12 h', MON_THU_NOON],
    ['fr', 'en semaine à 7 h 30', WEEKDAYS_0730],
    ['fr', 'du lundi au vendredi à 7 h 30', WEEKDAYS_0730],
    ['fr', 'le week-end à 10 h', every('FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0')],
    ['fr', 'tous les lundis à 9 h', every('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0')],
    ['fr', 'un jour sur deux à 9 h', every('FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0')],
    ['fr', 'demain à 9 h', once('2026-03-06T09:00')],
    ['fr', 'dans 2 heures', once('2026-03-05T12:00')],
    ['fr', 'vendredi à 18 h', once('2026-03-06T18:00')],
  ])('%s: "%s"', (culture, text, schedule) => {
    expect(read(text, culture)).toEqual({ ok: true, schedule });
  });

  it.each<[ScheduleCulture, string, string]>([
    ['en', 'mondays', 'no_time'],
    ['en', 'every day', 'no_time'],
    ['en', 'weekdays', 'no_time'],
    ['en', 'tomorrow', 'no_time'],
    ['en', 'every morning', 'no_time'],
    ['es', 'los lunes y jueves', 'no_time'],
    ['fr', 'tous les jours', 'no_time'],
    ['en', 'three times a week', 'no_days'],
    ['en', 'twice a week at 9', 'no_days'],
    ['en', 'every week', 'no_days'],
    ['en', 'weekly at 9', 'no_days'],
    ['es', 'dos veces por semana', 'no_days'],
    ['fr', 'trois fois par semaine', 'no_days'],
    ['en', 'today at 9', 'in_past'],
    ['es', 'hoy a las 9', 'in_past'],
    ['en', 'asdf qwer', 'not_understood'],
    ['en', '', 'not_understood'],
    ['en', 'whenever you like', 'not_understood'],
    ['es', 'no sé', 'not_understood'],
    ['en', 'tomorrow at 9am and 5:30pm', 'not_understood'],
  ])('%s: "%s" is %s', (culture, text, problem) => {
    expect(read(text, culture)).toEqual({ ok: false, problem });
  });

  it('"tomorrow" is tomorrow where the person is', () => {
    // 22:00 on March 5 in New York is already 04:00 on March 6 in Paris.
    const lateEvening = new Date('2026-03-06T03:00:00Z');
    expect(read('tomorrow at 9', 'en', lateEvening, 'America/New_York')).toEqual({ ok: true, schedule: once('2026-03-06T09:00') });
    expect(read('tomorrow at 9', 'en', lateEvening, 'Europe/Paris')).toEqual({ ok: true, schedule: once('2026-03-07T09:00') });
  });

  it('"in 2 hours" counts real hours across spring-forward', () => {
    // 01:30 EST on March 8: two hours later the clocks read 04:30 EDT.
    expect(read('in 2 hours', 'en', new Date('2026-03-08T06:30:00Z'))).toEqual({ ok: true, schedule: once('2026-03-08T04:30') });
  });
});

describe('reading the daily check-in time', () => {
  it.each<[ScheduleCulture, string, string | undefined]>([
    ['en', '8pm', '20:00'],
    ['en', '20:30', '20:30'],
    ['en', '7:30', '07:30'],
    ['en', 'at 9', '09:00'],
    ['en', '8', '08:00'],
    ['en', 'noon', '12:00'],
    ['en', 'every day at 8pm', '20:00'],
    ['es', 'a las 8 de la noche', '20:00'],
    ['es', 'mediodía', '12:00'],
    ['fr', 'à 19 h', '19:00'],
    ['fr', '20 h 30', '20:30'],
    ['fr', 'midi', '12:00'],
    ['en', 'whenever', undefined],
    ['en', '25', undefined],
    ['en', '', undefined],
  ])('%s: "%s" is %s', (culture, text, time) => {
    expect(readClockTime(text, culture)).toBe(time);
  });
});

describe('saying a schedule back', () => {
  it.each<[string, Schedule, string]>([
    ['en-US', WEEKDAYS_0730, 'Every weekday at 7:30 AM'],
    ['en-US', MON_THU_NOON, 'Every Monday and Thursday at 12:00 PM'],
    ['en-US', DAILY_8PM, 'Every day at 8:00 PM'],
    ['en-US', every('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=8;BYMINUTE=0'), 'Every day at 8:00 AM'],
    ['en-US', every('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=15'), 'Every Monday, Wednesday, and Friday at 6:15 PM'],
    ['en-US', every('FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0'), 'Every other day at 9:00 AM'],
    ['en-US', every('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=9;BYMINUTE=0'), 'Every other week on Tuesday at 9:00 AM'],
    ['en-US', every('FREQ=DAILY;BYHOUR=8,20;BYMINUTE=0'), 'Every day at 8:00 AM and 8:00 PM'],
    ['en-US', every('FREQ=DAILY;BYHOUR=0;BYMINUTE=5'), 'Every day at 12:05 AM'],
    ['en-US', once('2025-12-02T09:00'), 'Tuesday, December 2 at 9:00 AM'],
    ['de-DE', DAILY_8PM, 'Every day at 8:00 PM'],
    ['es-US', WEEKDAYS_0730, 'Cada día laborable a las 7:30'],
    ['es-US', MON_THU_NOON, 'Cada lunes y jueves a las 12:00'],
    ['es-US', DAILY_8PM, 'Cada día a las 20:00'],
    ['es-US', every('FREQ=DAILY;BYHOUR=13;BYMINUTE=0'), 'Cada día a las 13:00'],
    ['es-US', every('FREQ=DAILY;BYHOUR=1;BYMINUTE=0'), 'Cada día a la 1:00'],
    ['es-US', every('FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0'), 'Cada dos días a las 9:00'],
    ['es-US', once('2025-12-02T09:00'), 'Martes, 2 de diciembre a las 9:00'],
    ['fr-CA', WEEKDAYS_0730, 'En semaine à 7 h 30'],
    ['fr-CA', MON_THU_NOON, 'Chaque lundi et jeudi à 12 h'],
    ['fr-CA', DAILY_8PM, 'Tous les jours à 20 h'],
    ['fr-CA', every('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=15'), 'Chaque lundi, mercredi et vendredi à 18 h 15'],
    ['fr-CA', once('2025-12-02T09:00'), 'Mardi 2 décembre à 9 h'],
  ])('%s: %j → "%s"', (locale, schedule, words) => {
    expect(describeSchedule(schedule, locale)).toBe(words);
  });

  it.each<[ScheduleCulture, string, string]>([
    ['en', 'weekdays at 7:30 am', 'Every weekday at 7:30 AM'],
    ['es', 'los lunes y jueves a mediodía', 'Cada lunes y jueves a las 12:00'],
    ['fr', 'demain à 9 h', 'Vendredi 6 mars à 9 h'],
  ])('%s: "%s" is confirmed as "%s"', (culture, text, words) => {
    const reading = read(text, culture);
    if (!reading.ok) throw new Error(`"${text}" was not read: ${reading.problem}`);
    expect(describeSchedule(reading.schedule, culture)).toBe(words);
  });
});
