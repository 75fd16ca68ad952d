import { beforeAll } from 'vitest';
import { READ_CULTURES, warmRecognizers } from '../../src/understanding/recognizers.js';

/**
 * Compiles the recognizers' English, Spanish and French models before a file's tests, as the
 * server does at start: the first French parse takes seconds, which is start-up, not a turn.
 */
export function warmLanguages(): void {
  beforeAll(() => warmRecognizers(READ_CULTURES), 180_000);
}
