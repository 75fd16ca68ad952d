import { describe, expect, it } from 'vitest';
import { TypoIndex, withinOneEdit } from '../../src/geo/edit-distance.js';

describe('withinOneEdit', () => {
  it.each([
    ['edmonton', 'edmonton', true],
    ['edmonten', 'edmonton', true],
    ['edmonto', 'edmonton', true],
    ['edmontonn', 'edmonton', true],
    ['edmnoton', 'edmonton', true],
    ['edmnotno', 'edmonton', false],
    ['edmon', 'edmonton', false],
    ['calgary', 'toronto', false],
    ['', 'a', true],
    ['', 'ab', false],
  ])('%j against %j is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('TypoIndex', () => {
  const index = new TypoIndex(['edmonton', 'calgary', 'banff', 'red deer'], 6);

  it.each([
    ['edmontn', ['edmonton']],
    ['calgray', ['calgary']],
    ['red dear', ['red deer']],
    ['banf', []],
    ['toronto', []],
  ])('finds %j near %j', (query, expected) => {
    expect(index.near(query)).toEqual(expected);
  });
});
