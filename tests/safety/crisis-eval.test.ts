import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrisisScreen, evaluateScreen, type EvalCase } from '../../src/safety/index.js';

const screen = CrisisScreen.load();

function runEval(lines: string[]): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-eval-'));
  const file = join(dir, 'cases.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const result = spawnSync('npx', ['tsx', 'src/cli/crisis-eval.ts', file], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function loadCases(name: string): EvalCase[] {
  return readFileSync(new URL(`../fixtures/crisis/train/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalCase);
}

describe('crisis:eval', () => {
  it('prints one JSON object with the figures and every miss and false alarm', () => {
    const { status, stdout } = runEval([
      JSON.stringify({ text: 'i want to die', crisis: true, lang: 'en', category: 'suicidal_ideation' }),
      JSON.stringify({ text: 'the weather is nice', crisis: true, lang: 'en', category: 'suicidal_ideation' }),
      JSON.stringify({ text: 'this job is killing me', crisis: false, lang: 'en', category: 'idiom' }),
      JSON.stringify({ text: 'tengo ganas de matarme jaja', crisis: false, lang: 'es', category: 'joke' }),
    ]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      total: 4,
      crisisTotal: 2,
      recall: 0.5,
      precision: 0.5,
      falseAlarmRate: 0.5,
      missed: ['the weather is nice'],
      falseAlarms: ['tengo ganas de matarme jaja'],
      byCategory: {
        idiom: { crisisTotal: 0, recall: 1, otherTotal: 1, falseAlarmRate: 0 },
        joke: { crisisTotal: 0, recall: 1, otherTotal: 1, falseAlarmRate: 1 },
        suicidal_ideation: { crisisTotal: 2, recall: 0.5, otherTotal: 0, falseAlarmRate: 0 },
      },
      byLanguage: {
        en: { crisisTotal: 2, recall: 0.5, otherTotal: 1, falseAlarmRate: 0 },
        es: { crisisTotal: 0, recall: 1, otherTotal: 1, falseAlarmRate: 1 },
      },
      byLevel: {
        crisis: { crisisLines: expect.any(Number), otherLines: expect.any(Number) },
        check: { crisisLines: expect.any(Number), otherLines: expect.any(Number) },
        none: { crisisLines: 1, otherLines: 1 },
      },
    });
    const levels = (JSON.parse(stdout) as { byLevel: Record<string, { crisisLines: number; otherLines: number }> }).byLevel;
    expect(levels.crisis!.crisisLines + levels.check!.crisisLines).toBe(1);
    expect(levels.crisis!.otherLines + levels.check!.otherLines).toBe(1);
  }, 60_000);

  it('names a bad line on stderr and exits non-zero', () => {
    const { status, stdout, stderr } = runEval([
      JSON.stringify({ text: 'ok', crisis: false }),
      '{not json',
      JSON.stringify({ text: 'no label' }),
    ]);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/line 2/);
    expect(stderr).toMatch(/line 3/);
  }, 60_000);
});

describe('figures the screen holds', () => {
  it('dev set: recall at least 0.97, false alarms at most 0.10', () => {
    const report = evaluateScreen(screen, loadCases('crisis-dev.jsonl'));
    expect(report.missed).toEqual([]);
    expect(report.recall).toBeGreaterThanOrEqual(0.97);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.1);
  });

  it.each<[string, number]>([
    ['crisis-extra.jsonl', 0.98],
    ['crisis-holdout.jsonl', 0.95],
    ['crisis-former-blind-a.jsonl', 0.95],
    ['crisis-round2.jsonl', 0.95],
  ])('%s: recall at least %s, false alarms at most 0.05', (name, recall) => {
    const report = evaluateScreen(screen, loadCases(name));
    expect(report.recall).toBeGreaterThanOrEqual(recall);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});
