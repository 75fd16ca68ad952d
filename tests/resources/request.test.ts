import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/geo/index.js';
import { namesResource, readRequest } from '../../src/resources/request.js';

const read = (text: string) => {
  const { category, text: words, place, when, prefer } = readRequest(text, (candidate) => resolvePlace(candidate, { preferRegion: 'US' }));
  return { category, words, place: place?.label, when, prefer };
};

describe('a request in one message', () => {
  it.each([
    ['I need food near 10001', { category: 'food', place: 'ZIP 10001 (New York, NY area)' }],
    ['shelter in Medicine Hat tonight', { category: 'shelter', place: 'Medicine Hat, AB', when: 'tonight' }],
    ['NA meeting near T1A', { category: 'meetings', place: 'T1A (Medicine Hat, AB)', prefer: 'narcotics anonymous' }],
    ['detox open now near 10001', { category: 'treatment', place: 'ZIP 10001 (New York, NY area)', when: 'now' }],
    ['where can I get clothes in New York', { category: 'clothing', place: 'New York, NY' }],
    ['I need a bed tonight', { category: 'shelter', when: 'tonight' }],
    ['legal aid', { category: 'legal' }],
    ['necesito comida cerca de 10001', { category: 'food', place: 'ZIP 10001 (New York, NY area)' }],
    ['albergue en Medicine Hat esta noche', { category: 'shelter', place: 'Medicine Hat, AB', when: 'tonight' }],
    ['busco una reunión de NA cerca de T1A', { category: 'meetings', place: 'T1A (Medicine Hat, AB)', prefer: 'narcotics anonymous' }],
    ['necesito un abogado', { category: 'legal' }],
    ["j'ai besoin de nourriture près de T1A", { category: 'food', place: 'T1A (Medicine Hat, AB)' }],
    ['santé mentale à Medicine Hat', { category: 'mentalHealth', place: 'Medicine Hat, AB' }],
    ['diapers near 10001', { words: 'diapers', place: 'ZIP 10001 (New York, NY area)' }],
  ])('"%s"', (text, expected) => {
    expect(read(text)).toEqual({ category: undefined, words: undefined, place: undefined, when: undefined, prefer: undefined, ...expected });
  });

  it.each(['shelter', 'food', 'meeting'])('"%s" alone is never read as a town a letter away', (text) => {
    expect(read(text).place).toBeUndefined();
  });

  it('a state is too wide to measure distances from: "food in Ohio" has no place', () => {
    expect(read('food in Ohio').place).toBeUndefined();
  });

  it.each([
    ['I need food near 10001', true],
    ['necesito comida', true],
    ['NA meeting', true],
    ['where can I get clothes', true],
    ['bus pass 10001', true],
    ['the meeting went well today', false],
    ['had a good lunch with my sister', false],
    ['hello', false],
    // Being in crisis is for the crisis screen and a person, not a directory search.
    ["I'm in crisis", false],
    ['crisis', false],
    ['crisis line near 10001', true],
    ["I'd like to check in", false],
    ['how are you', false],
  ])('"%s" names a kind of help: %s', (text, expected) => {
    expect(namesResource(text)).toBe(expected);
  });
});
