import { describe, expect, it } from 'vitest';
import { watchLanguage, type LanguageWatch } from '../../src/dialogs/language-watch.js';
import type { Lang } from '../../src/messages/index.js';

/** Feeds clear messages in the languages given to a watch, and says which messages earned an offer. */
function offersAfter(written: readonly Lang[], speaking: Lang): (Lang | undefined)[] {
  let watch: LanguageWatch | undefined;
  return written.map((lang) => {
    const next = watchLanguage(watch, lang, speaking);
    watch = next.watch;
    return next.offer;
  });
}

describe('offering the language someone keeps writing in', () => {
  it.each([
    ['two Spanish messages in a row', ['es', 'es'], [undefined, 'es']],
    ['a third and fourth after the offer', ['es', 'es', 'es', 'es'], [undefined, 'es', undefined, undefined]],
    ['Spanish broken by English', ['es', 'en', 'es'], [undefined, undefined, undefined]],
    ['Spanish then French', ['es', 'fr', 'fr'], [undefined, undefined, 'fr']],
    ['only the language spoken', ['en', 'en', 'en'], [undefined, undefined, undefined]],
  ] as const)('%s', (_, written, offers) => {
    expect(offersAfter(written, 'en')).toEqual(offers);
  });

  it('someone spoken to in Spanish is offered English the same way', () => {
    expect(offersAfter(['en', 'en'], 'es')).toEqual([undefined, 'en']);
  });
});
