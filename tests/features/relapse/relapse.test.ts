import { describe, expect, it } from 'vitest';
import { disclosesRelapse } from '../../../src/features/relapse/relapse.js';

describe('a relapse told, in English, Spanish and French', () => {
  it.each([
    'i used last night and i feel like garbage',
    'relapsed after 40 days',
    'drank again, not proud',
    'I relapsed yesterday',
    'had a slip this weekend',
    'i slipped up and got high',
    'lost my clean time',
    'recaí anoche',
    'tuve una recaída',
    'volví a consumir el sábado',
    'me emborraché ayer',
    "j'ai rechuté hier soir",
    "j'ai bu hier, je m'en veux",
    'je suis retombée',
    "j'ai replongé",
  ])('"%s" tells of a relapse', (text) => {
    expect(disclosesRelapse(text)).toBe(true);
  });

  it.each([
    'i used to drink every day',
    "i'm scared i'll relapse",
    "i almost used last night but i called my sponsor",
    "i didn't use today",
    "haven't used in 40 days",
    'i used my coping tools',
    'i slipped on the ice',
    'relapse prevention group tonight',
    'no he consumido en un mes',
    'tengo miedo de recaer',
    "je n'ai pas rechuté",
    "j'ai peur de rechuter",
    "j'ai bu un café",
    'check in',
  ])('"%s" does not', (text) => {
    expect(disclosesRelapse(text)).toBe(false);
  });
});
