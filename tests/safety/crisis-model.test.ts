import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CrisisScreen } from '../../src/safety/index.js';
import { CrisisModel, modelFileSchema } from '../../src/safety/model/crisis-model.js';
import { trainCrisisModel, type LabelledMessage } from '../../src/safety/model/train.js';

const lines = (file: string): LabelledMessage[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledMessage);

describe('the crisis model under the rules', () => {
  const model = CrisisModel.load();
  const screen = CrisisScreen.load();

  it('the bundled model file is well formed and says what it was trained on', () => {
    const file = JSON.parse(readFileSync('src/safety/model/crisis-model.json', 'utf8')) as unknown;
    const parsed = modelFileSchema.parse(file);
    expect(parsed.trainedOn.map((entry) => entry.file)).toEqual(expect.arrayContaining(['tests/fixtures/crisis/train/crisis-dev.jsonl']));
    expect(parsed.trainedOn.some((entry) => entry.file.includes('/blind/'))).toBe(false);
    expect(parsed.thresholds.check).toBeLessThanOrEqual(parsed.thresholds.crisis);
  });

  it('training is deterministic and learns from a small labelled set', () => {
    const corpus: LabelledMessage[] = [];
    for (let i = 0; i < 12; i += 1) {
      corpus.push({ text: `i have the pills ready and i am saying goodbye ${i}`, crisis: true, category: 'suicidal_ideation' });
      corpus.push({ text: `he hit me again and i am scared to go home ${i}`, crisis: true, category: 'abuse_or_unsafe' });
      corpus.push({ text: `going to the meeting tonight, see you there ${i}`, crisis: false });
      corpus.push({ text: `had a good day at work and cooked dinner ${i}`, crisis: false });
    }
    const bars = { check: 0.5, crisis: 0.8, ruleGate: 0.5 };
    const first = trainCrisisModel(corpus, [], bars, { iterations: 5 });
    expect(trainCrisisModel(corpus, [], bars, { iterations: 5 })).toEqual(first);
    const small = CrisisModel.fromFile(first);
    expect(small.judge('got the pills ready, goodbye').probability).toBeGreaterThan(small.judge('see you at the meeting').probability);
    expect(small.judge('he hit me, scared to go home').category).toBe('abuse_unsafe');
  });

  it('a crisis no rule words is caught by the model, with its words as evidence and never the message', () => {
    const text = 'been nice knowing u all, sorted my stuff, gave the cat to my neighbour';
    const result = screen.screen(text);
    if (result.evidence.some((evidence) => evidence.ruleId === 'model')) {
      const [evidence] = result.evidence;
      expect(evidence!.matched).toMatch(/^model 0\.\d\d: /);
      expect(evidence!.matched).not.toContain(text);
    }
    expect(result.crisis).toBe(true);
  });

  it.each(['hi', 'yes', '6', 'menu', 'check in', 'Edmonton', 'STOP', 'my name is Sam', 'what time is the NA meeting tonight', 'where is the nearest shelter'])(
    'an ordinary message ("%s") is not a crisis',
    (text) => {
      expect(screen.screen(text).crisis).toBe(false);
    },
  );

  it('flags at most 2% of the ordinary traffic the bot sees every day', () => {
    const ordinary = lines('tests/fixtures/crisis/train/ordinary-traffic.jsonl');
    const flagged = ordinary.filter((message) => screen.screen(message.text).crisis).map((message) => message.text);
    expect(flagged.length / ordinary.length).toBeLessThanOrEqual(0.02);
  });

  it('never throws and stays quick on odd input', () => {
    for (const text of ['', '\u0000', '\uD800', '🙂'.repeat(2000), 'a '.repeat(50_000)]) {
      expect(() => model.judge(text)).not.toThrow();
    }
  });
});
