import { describe, expect, it } from 'vitest';
import { splitForSms } from '../../../src/adapters/sms/split.js';

const graphemes = (text: string): string[] =>
  Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);

function expectWellFormed(parts: readonly string[], max: number): void {
  for (const part of parts) {
    expect(part.length).toBeLessThanOrEqual(max);
    expect(part).toBe(part.trim());
    expect(part).not.toBe('');
    expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(part).not.toMatch(/^\p{M}/u);
  }
}

describe('splitForSms', () => {
  it('returns a short text as it is', () => {
    expect(splitForSms('How are you feeling today?')).toEqual(['How are you feeling today?']);
  });

  it.each([[''], ['   '], ['\n\n']])('returns nothing for blank text %j', (text) => {
    expect(splitForSms(text)).toEqual([]);
  });

  it('splits at sentence boundaries, packing whole sentences', () => {
    const text = 'First sentence here. Second one is here! Third: is it? Fourth sentence ends.';
    expect(splitForSms(text, 45)).toEqual(['First sentence here. Second one is here!', 'Third: is it? Fourth sentence ends.']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(splitForSms('He said "call me." Then (later.) I did.', 20)).toEqual(['He said "call me."', 'Then (later.) I did.']);
  });

  it('falls back to line breaks when a sentence is too long', () => {
    const text = 'Food bank Monday to Friday\nShelter open all night\nDetox intake at nine';
    expect(splitForSms(text, 50)).toEqual(['Food bank Monday to Friday\nShelter open all night', 'Detox intake at nine']);
  });

  it('falls back to words when a line is too long', () => {
    expect(splitForSms('one two three four five six seven', 14)).toEqual(['one two three', 'four five six', 'seven']);
  });

  it('cuts hard only when a single word is longer than max', () => {
    expect(splitForSms('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it.each([
    ['emoji (surrogate pairs)', '😀'.repeat(10), 5],
    ['combining accents', 'e\u0301'.repeat(10), 5],
    ['ZWJ family emoji', '👨\u200D👩\u200D👧'.repeat(4), 9],
    ['flags', '🇺🇸🇲🇽🇨🇦🇫🇷', 5],
  ])('never splits %s', (_name, text, max) => {
    const parts = splitForSms(text, max);
    expectWellFormed(parts, max);
    expect(parts.join('')).toBe(text);
    expect(parts.flatMap(graphemes)).toEqual(graphemes(text));
  });

  it('splits a 4000-character reply into parts of at most 1600 with nothing lost', () => {
    const sentence = 'You are doing the work, one day at a time, and that matters. ';
    const text = sentence.repeat(66).trim();
    const parts = splitForSms(text);
    expect(parts.length).toBe(3);
    expectWellFormed(parts, 1600);
    expect(parts.join(' ')).toBe(text);
    for (const part of parts) expect(part.endsWith('matters.')).toBe(true);
  });

  it('keeps every word when falling through every level', () => {
    const text = 'Short. ' + 'x'.repeat(30) + ' tail words here\nnext line.';
    const parts = splitForSms(text, 12);
    expectWellFormed(parts, 12);
    expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('rejects a max that is not a positive integer', () => {
    expect(() => splitForSms('text', 0)).toThrow(RangeError);
  });
});
