import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../src/geo/index.js';

describe('isValidTimeZone', () => {
  it.each(['America/Edmonton', 'america/new_york', 'US/Eastern', 'America/Montreal', 'UTC', 'Europe/London'])('accepts %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['', '   ', 'Eastern', 'America/Atlantis', 'foo/bar', 'x'.repeat(10_000), '\u0000'])('rejects %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});
