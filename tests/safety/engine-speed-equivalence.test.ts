import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CrisisScreen, type ScreenResult } from '../../src/safety/index.js';
import { seeded } from '../../src/safety/model/seeded.js';

// The engine's shortcuts (word gate, required words, idiom gating) may only skip work, never change a verdict.
// The snapshot was recorded from the engine before those shortcuts; after a rule change, re-record it with
// `npx vitest run -u tests/safety/engine-speed-equivalence.test.ts` and review the diff like any rule change.
const SNAPSHOT = '../fixtures/screen-verdicts.snapshot.jsonl';
const FIXTURES = new URL('../fixtures/crisis/train/', import.meta.url);
/** The labelled files the snapshot was recorded from, in its order (the corpus has grown since; the snapshot need not). */
const SNAPSHOT_FILES = [
  'crisis-former-blind-a.jsonl',
  'crisis-dev.jsonl',
  'crisis-extra.jsonl',
  'crisis-holdout.jsonl',
  'crisis-round2.jsonl',
  'crisis-round3-probe.jsonl',
  'crisis-round4.jsonl',
  'ordinary-traffic.jsonl',
];
const RULES = new URL('../../src/safety/rules/', import.meta.url);
const SYNTHETIC_COUNT = 2000;
const LONG_CHARS = 5000;
const EMOJI = ['💊', '🔪', '🔫', '🪦', '⚰️', '🩸', '🪢', '💀', '😂', '🙏🏽', '👩‍👩‍👧', '❤️', '\uD83D', '🏳️‍🌈', '😭😭😭'];
/** Longer evidence lists (long messages) are recorded as a digest, to keep the snapshot small; still exact. */
const EVIDENCE_KEPT = 8;
const SEPARATORS = [' ', '. ', '\n', ', ', '', '!!! ', ' ... ', '; '];

/** The rule engine alone: the model that reads what no rule caught is judged elsewhere. */
const screen = CrisisScreen.fromRules({
  shorthand: readRules('shorthand'),
  languages: ['en', 'es', 'fr'].map(readRules),
});

function readRules(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.json`, RULES), 'utf8'));
}

interface Labelled {
  readonly id: string;
  readonly text: string;
}

function fixtureMessages(): Labelled[] {
  return SNAPSHOT_FILES.flatMap((name) =>
    readFileSync(new URL(name, FIXTURES), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => ({ id: `${name}:${i + 1}`, text: (JSON.parse(line) as { text: string }).text })),
  );
}

/** Every word written in the rule files, so word salads hit rules in combinations nobody wrote. */
function ruleVocabulary(): string[] {
  const words = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const w of value.split(/[\s()[\]|?@#/*.]+/)) if (/^[\p{L}']+$/u.test(w)) words.add(w);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const lang of ['en', 'es', 'fr']) collect(readRules(lang));
  return [...words].sort();
}

function syntheticMessages(texts: readonly string[], vocabulary: readonly string[]): Labelled[] {
  const random = seeded(20240611);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const makers: ((i: number) => string)[] = [
    () => Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(texts)).join(pick(SEPARATORS)),
    () => {
      let long = '';
      while (long.length < LONG_CHARS) long += pick(texts) + pick(SEPARATORS);
      return long;
    },
    () => pick(texts).split(' ').flatMap((w) => (random() < 0.3 ? [w, pick(EMOJI)] : [w])).join(' '),
    () => Array.from({ length: 3 + Math.floor(random() * 25) }, () => pick(vocabulary)).join(random() < 0.8 ? ' ' : pick(SEPARATORS)),
    () => Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(texts).split(' ').slice(0, 4).join(' ')).join(' '),
    () => pick(texts).toUpperCase().replace(/e/gi, '3').replace(/o/gi, '0'),
    () => pick(texts).replace(/([aeiou])/g, (v) => v.repeat(1 + Math.floor(random() * 4))),
    () => pick(EMOJI).repeat(1 + Math.floor(random() * 40)) + pick(texts),
  ];
  return Array.from({ length: SYNTHETIC_COUNT }, (_, i) => ({ id: `synthetic:${i + 1}`, text: pick(makers)(i) }));
}

function verdictLine(id: string, result: ScreenResult): string {
  const entries = result.evidence.map((e) => [e.ruleId, e.category, e.lang, e.matched]);
  const evidence =
    entries.length <= EVIDENCE_KEPT
      ? entries
      : `${entries.length} entries, sha256 ${createHash('sha256').update(JSON.stringify(entries)).digest('hex')}`;
  return JSON.stringify({ id, crisis: result.crisis, category: result.category ?? null, lang: result.lang ?? null, evidence });
}

describe('engine speed-ups change no verdict', () => {
  const fixtures = fixtureMessages();
  const synthetic = syntheticMessages(fixtures.map((f) => f.text), ruleVocabulary());

  it('reads every fixture and the synthetic corpus', () => {
    expect(fixtures.length).toBeGreaterThan(1000);
    expect(synthetic.filter((s) => s.text.length >= LONG_CHARS).length).toBeGreaterThan(100);
  });

  it('gives the recorded verdict, category, language and evidence for every message', async () => {
    const lines = [...fixtures, ...synthetic].map(({ id, text }) => verdictLine(id, screen.screen(text)));
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(SNAPSHOT);
  });

  it('gives the same verdict twice in a row, whatever came before', () => {
    const sample = synthetic.slice(0, 200);
    const first = sample.map(({ id, text }) => verdictLine(id, screen.screen(text)));
    const again = [...sample].reverse().map(({ id, text }) => verdictLine(id, screen.screen(text))).reverse();
    expect(again).toEqual(first);
  });
});
