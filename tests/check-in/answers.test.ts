import { describe, expect, it } from 'vitest';
import { culturesFor, noteBesideScore, parseHours, parseScale, parseYesNo } from '../../src/check-in/answers.js';
import { warmLanguages } from '../helpers/warm-recognizers.js';

warmLanguages();

const en = culturesFor('en-US');
const es = culturesFor('es-US');
const fr = culturesFor('fr-CA');

describe('reading check-in answers as people write them', () => {
  it.each([
    ['6', en, 6],
    ['like a 6', en, 6],
    ['six', en, 6],
    ['6/10', en, 6],
    ['7 out of 10', en, 7],
    ['a solid 7 tbh', en, 7],
    ['10ish', en, 10],
    ['0', en, 0],
    ['seis', es, 6],
    ['como un 4', es, 4],
    ['sept', fr, 7],
    ['genre 3 sur 10', fr, 3],
    ['seis', en, 6], // the other languages are tried too
  ])('"%s" is a score of %s', (text, cultures, expected) => {
    expect(parseScale(text, cultures)).toBe(expected);
  });

  it.each(['11', '-1', 'meh', '', 'not sure', '🙂'])('"%s" is not a score', (text) => {
    expect(parseScale(text, en)).toBeUndefined();
  });

  it.each([
    ['about seven and a half hours', en, 7.5],
    ['8h', en, 8],
    ['6.5', en, 6.5],
    ['five', en, 5],
    ['siete y media', es, 7.5],
    ['ocho horas', es, 8],
    ['sept heures et demie', fr, 7.5],
    ['6,5', fr, 6.5],
  ])('"%s" is %s hours of sleep', (text, cultures, expected) => {
    expect(parseHours(text, cultures)).toBe(expected);
  });

  it.each(['30', 'all night', 'dunno'])('"%s" is not hours of sleep', (text) => {
    expect(parseHours(text, en)).toBeUndefined();
  });

  it.each([
    ['yes', en, true],
    ['yeah', en, true],
    ['yep', en, true],
    ['nah', en, false],
    ['nope', en, false],
    ['no', en, false],
    ['not really', en, false],
    ['sí', es, true],
    ['si', es, true],
    ['no', es, false],
    ['para nada', es, false],
    ['oui', fr, true],
    ['ouais', fr, true],
    ['non', fr, false],
    ['pas vraiment', fr, false],
  ])('"%s" means %s', (text, cultures, expected) => {
    expect(parseYesNo(text, cultures)).toBe(expected);
  });

  it.each(['maybe', 'idk', '7'])('"%s" is neither yes nor no', (text) => {
    expect(parseYesNo(text, en)).toBeUndefined();
  });

  it.each([
    ['6, rough morning but ok now', 'rough morning but ok now'],
    ['like a 6 i guess', undefined],
    ['7', undefined],
    ['4 - argued with my sister', 'argued with my sister'],
    ['seis', undefined],
    ['sept, journée correcte', 'journée correcte'],
    ['six out of 10 honestly', undefined],
  ])('the words beside the score in "%s" are kept as the note', (text, note) => {
    expect(noteBesideScore(text, en)).toBe(note);
  });
});
