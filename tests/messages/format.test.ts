import { describe, expect, it } from 'vitest';
import { clockText, numberText, plural, shortDate, spanishHour } from '../../src/messages/format.js';
import { guessLanguage } from '../../src/messages/language-guess.js';
import { catalogFor } from '../../src/messages/index.js';

describe('numbers, dates, times and plurals by locale', () => {
  it.each([
    ['20:00', 'en', '8:00 PM'],
    ['07:30', 'en', '7:30 AM'],
    ['00:05', 'en', '12:05 AM'],
    ['20:00', 'es', '20:00'],
    ['07:30', 'es', '7:30'],
    ['20:00', 'fr', '20 h'],
    ['07:30', 'fr', '7 h 30'],
  ] as const)('%s reads %s as "%s"', (time, lang, said) => {
    expect(clockText(time, lang)).toBe(said);
  });

  it('Spanish says "la 1:00" but "las 13:00"', () => {
    expect([spanishHour('01:00'), spanishHour('13:00'), spanishHour('20:30')]).toEqual(['la 1:00', 'las 13:00', 'las 20:30']);
  });

  it.each([
    ['en', '4.5', 'Nov 28'],
    ['es', '4.5', '28 nov'],
    ['fr', '4,5', '28 nov.'],
  ] as const)('%s writes 4.5 as %s and Nov 28 as %s', (lang, number, date) => {
    expect(numberText(4.5, lang)).toBe(number);
    expect(shortDate(new Date('2026-11-28T00:00:00Z'), lang)).toBe(date);
  });

  it.each([
    ['en', 0, 'other'],
    ['en', 1, 'one'],
    ['es', 1, 'one'],
    ['es', 2, 'other'],
    ['fr', 0, 'one'],
    ['fr', 1, 'one'],
    ['fr', 2, 'other'],
  ] as const)('%s counts %i as %s', (lang, count, form) => {
    expect(plural(count, lang, { one: 'one', other: 'other' })).toBe(form);
  });

  it.each([
    ['en', 'Your last check-in:', 'Your last 7 check-ins:'],
    ['es', 'Tu último chequeo:', 'Tus últimos 7 chequeos:'],
    ['fr', 'Votre dernier bilan :', 'Vos 7 derniers bilans :'],
  ])('the history title in %s agrees with the count', (lang, one, seven) => {
    expect([catalogFor(lang).historyTitle(1), catalogFor(lang).historyTitle(7)]).toEqual([one, seven]);
  });
});

describe('which language a message is clearly written in', () => {
  it.each([
    ['hola, necesito hablar con alguien por favor', 'es'],
    ['no entiendo lo que dices', 'es'],
    ['hoy estoy bien, gracias por preguntar', 'es'],
    ["je ne sais pas quoi faire aujourd'hui", 'fr'],
    ["merci, c'est très gentil", 'fr'],
    ['I want to check in', 'en'],
    ['what can you do for me', 'en'],
  ])('"%s" is %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it.each([['ok'], ['6'], ['Ana'], ['siete y media'], ['pas vraiment'], ['Llamar a mi madrina'], ['Walk 20 minutes'], ['🙂🙂'], ['']])(
    '"%s" is too short or too plain to tell',
    (text) => {
      expect(guessLanguage(text)).toBeUndefined();
    },
  );
});
