import { describe, expect, it } from 'vitest';
import { categorize, categoryOfCode } from '../../src/resources/categories.js';

describe('categories from taxonomy terms and words', () => {
  it.each([
    ['BD-1800.2000', 'food'],
    ['BH-1800.8500', 'shelter'],
    ['RX-8450.1000', 'treatment'],
    ['RP-1500.1400', 'crisis'],
    ['FT-3200', 'legal'],
    ['ND-2000', 'jobs'],
    ['LN-1500', 'healthCare'],
    ['Food Pantries', undefined],
  ])('AIRS code %s is %s', (code, category) => {
    expect(categoryOfCode(code)).toBe(category);
  });

  it.each([
    [['Food Pantries'], 'Anything', ['food']],
    [['Narcotics Anonymous', 'Support Groups'], 'Tribeca Group', ['meetings']],
    [['Domestic Violence Shelters'], 'Safe House', ['shelter', 'crisis']],
    [['Suicide Prevention Hotlines', 'Mental Health'], '988', ['mentalHealth', 'crisis']],
    [[], 'Westside Soup Kitchen', ['food']],
    [[], 'Banque alimentaire du quartier', ['food']],
    [[], 'Friends of the Library', []],
  ])('terms %j on "%s" give %j', (terms, name, expected) => {
    expect(categorize(terms, name).sort()).toEqual([...expected].sort());
  });
});
