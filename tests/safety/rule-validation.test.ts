import { describe, expect, it } from 'vitest';
import { CrisisRulesError, CrisisScreen } from '../../src/safety/index.js';

const shorthand = { tokens: { wanna: 'want to' }, spelledOut: ['kms'], emoji: { '💊': 'pills' } };

function ruleSet(rule: Record<string, unknown>, words: Record<string, string[]> = {}): unknown {
  return {
    shorthand,
    languages: [
      {
        lang: 'en',
        words,
        negators: ['not'],
        pastMarkers: ['used to'],
        presentMarkers: ['again'],
        mediaMarkers: ['movie'],
        idioms: ['dying to'],
        rules: [rule],
      },
    ],
  };
}

const good = { id: 'en.suicide.test', category: 'suicide', phrases: ['want to die'] };

describe('rule validation', () => {
  it('a valid rule set screens with its own rules', () => {
    const screen = CrisisScreen.fromRules(ruleSet(good));
    expect(screen.screen('i wanna die').evidence).toEqual([
      { ruleId: 'en.suicide.test', category: 'suicide', lang: 'en', matched: 'want to die' },
    ]);
    expect(screen.screen('i do not want to die').crisis).toBe(false);
  });

  it.each<[string, unknown, RegExp]>([
    ['an unknown category', ruleSet({ ...good, category: 'sadness' }), /rule "en\.suicide\.test".*category/s],
    ['no phrases', ruleSet({ ...good, phrases: [] }), /rule "en\.suicide\.test".*phrases/s],
    ['an unknown field', ruleSet({ ...good, severity: 3 }), /rule "en\.suicide\.test"/],
    ['a malformed id', ruleSet({ ...good, id: 'Suicide Rule' }), /id must look like/],
    ['an unknown word list', ruleSet({ ...good, phrases: ['@nothing here'] }), /rule "en\.suicide\.test".*unknown word list @nothing/s],
    ['an unclosed group', ruleSet({ ...good, phrases: ['(want to die'] }), /rule "en\.suicide\.test".*missing "\)"/s],
    ['a gap too wide', ruleSet({ ...good, phrases: ['want ...40 die'] }), /rule "en\.suicide\.test".*gap/s],
    ['a self-referring word list', ruleSet({ ...good, phrases: ['@loop'] }, { loop: ['x @loop'] }), /refers to itself/],
    ['an id in the wrong language', ruleSet({ ...good, id: 'fr.suicide.test' }), /does not start with "en\."/],
    ['not an object at all', 'rules', /invalid crisis rules/],
  ])('%s is refused with an error naming it', (_kind, rules, message) => {
    expect(() => CrisisScreen.fromRules(rules)).toThrow(CrisisRulesError);
    expect(() => CrisisScreen.fromRules(rules)).toThrow(message);
  });
});
