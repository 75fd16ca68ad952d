import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone } from '../../../src/adapters/sms/phone.js';

describe('normalizePhone', () => {
  it.each([
    ['(202) 555-0147', 'US', '+12025550147'],
    ['202.555.0147', 'US', '+12025550147'],
    ['1 202 555 0147', 'US', '+12025550147'],
    ['+1 415 555 2671', 'US', '+14155552671'],
    ['+44 7911 123456', 'US', '+447911123456'],
    ['07911 123456', 'GB', '+447911123456'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['+52 55 1234 5678', 'US', '+525512345678'],
  ] as const)('%s in %s is %s', (input, region, expected) => {
    expect(normalizePhone(input, region)).toBe(expected);
  });

  it('defaults to the US', () => {
    expect(normalizePhone('202-555-0147')).toBe('+12025550147');
  });

  it.each([
    ['too short', '1234567'],
    ['a French number without its country code, read as US', '06 12 34 56 78'],
    ['words', 'call me maybe'],
    ['only a plus and country code', '+1'],
    ['an extension, which SMS cannot reach', '202-555-0147 ext 5'],
    ['empty', ''],
  ])('rejects %s', (_name, input) => {
    expect(normalizePhone(input)).toBeUndefined();
  });
});

describe('maskPhone', () => {
  it.each([
    ['+12025554567', '+1•••••••4567'],
    ['+447911123456', '+44•••••••3456'],
    ['+33612345678', '+33•••••••5678'],
  ])('%s is logged as %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it('shows no more than the country code and last four digits', () => {
    const masked = maskPhone('+12025554567');
    expect(masked.replace(/\D/g, '')).toBe('14567');
  });

  it.each([['12345'], ['garbage'], ['']])('shows no digits of a short or unparseable number %j', (input) => {
    expect(maskPhone(input)).not.toMatch(/\d/);
  });
});
