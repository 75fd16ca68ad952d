import { describe, expect, it } from 'vitest';
import { holdingIntent, saysFalseAlarm, yesOrNo } from '../../../src/features/crisis/intents.js';

describe('reading the holding conversation: a false alarm', () => {
  it.each([
    ['en', 'what?? im not in crisis'],
    ['en', 'my bad, wrong chat'],
    ['en', 'it was a joke'],
    ['en', 'lol i was just kidding'],
    ['en', 'sorry wrong number'],
    ['es', 'fue un error'],
    ['es', 'perdón, era broma'],
    ['es', 'me equivoqué de chat'],
    ['fr', "c'était une erreur"],
    ['fr', "c'etait une blague"],
    ['fr', 'désolé, mauvais numéro'],
    ['fr', 'je me suis trompée de conversation'],
  ] as const)('%s: "%s" is an all-clear that says the crisis reply was a mistake', (lang, text) => {
    expect(holdingIntent(text, lang)).toBe('all_clear');
    expect(saysFalseAlarm(text)).toBe(true);
  });

  it.each([
    ['en', "i'm not joking"],
    ['en', 'this is not a joke'],
    ['en', 'im not kidding i want to die'],
    ['es', 'no es broma'],
    ['fr', 'je rigolais pas'],
    ['en', "i'm safe now"],
    ['es', 'ya estoy bien'],
  ] as const)('%s: "%s" is not a false alarm', (_lang, text) => {
    expect(saysFalseAlarm(text)).toBe(false);
  });

  it('a method question is read as one, whatever else it says', () => {
    expect(holdingIntent('how many pills would it take, jk my bad', 'en')).toBe('method');
  });
});

describe('reading an answer to a check question', () => {
  it.each([
    ['en', 'yes', 'yes'],
    ['en', 'kinda', 'yes'],
    ['en', 'no', 'no'],
    ['en', "i don't know", undefined],
    ['en', 'idk', undefined],
    ['en', 'maybe', undefined],
    ['en', 'not sure tbh', undefined],
    ['es', 'sí', 'yes'],
    ['es', 'no', 'no'],
    ['es', 'no sé', undefined],
    ['es', 'tal vez', undefined],
    ['fr', 'non', 'no'],
    ['fr', 'je sais pas', undefined],
    ['fr', 'peut-être', undefined],
  ] as const)('%s: "%s" is %s', (lang, text, expected) => {
    expect(yesOrNo(text, lang)).toBe(expected);
  });
});
