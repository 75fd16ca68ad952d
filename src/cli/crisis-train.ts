import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpusFolder, type CorpusLine } from '../safety/corpus.js';
import { evaluateLevels, type EvalReport } from '../safety/evaluate.js';
import { CrisisScreen } from '../safety/index.js';
import { combinedLevel, type ModelThresholds } from '../safety/levels.js';
import { crossValidate, trainCrisisModel, type OutOfFold } from '../safety/model/train.js';

/**
 * `npm run crisis:train`: cross-validates the crisis model on the labelled corpus in
 * tests/fixtures/crisis/train grouped by paraphrase family, sets its two thresholds from the
 * out-of-fold scores (with the rules beside it, as the screen runs), retrains on everything
 * and writes src/safety/model/crisis-model.json. Prints the cross-validated figures as JSON.
 * The blind set (tests/fixtures/crisis/blind) is never read here.
 */

/** The largest share of ordinary lines the screen may flag at either level, out of fold. */
const CHECK_FALSE_ALARMS = 0.08;
/**
 * The largest share of ordinary lines that the model alone, with no rule, may give the full
 * crisis response, out of fold: an alarm nobody can point to a phrase for should be rare.
 */
const MODEL_CRISIS_FALSE_ALARMS = 0.005;

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = path.join(root, 'tests/fixtures/crisis/train');
const files = readCorpusFolder(folder);
const messages: CorpusLine[] = files.flatMap((f) => f.lines);
const rules = CrisisScreen.loadRulesOnly();
const ruleFired = new Map(messages.map((m) => [m, rules.screen(m.text).crisis]));

const started = Date.now();
const outOfFold = crossValidate(messages);
const thresholds = chooseThresholds(outOfFold);
const report = crossValidatedReport(outOfFold, thresholds);
const model = trainCrisisModel(
  messages,
  files.map((f) => ({ file: `tests/fixtures/crisis/train/${f.file}`, lines: f.lines.length })),
  thresholds,
);
const out = path.join(root, 'src/safety/model/crisis-model.json');
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.error(
  `trained on ${messages.length} messages from ${files.length} files in ${Date.now() - started} ms: ` +
    `${Object.keys(model.weights).length} features, thresholds ${JSON.stringify(model.thresholds)} -> ${path.relative(root, out)}`,
);
const { missed, falseAlarms, ...figures } = report;
process.stdout.write(`${JSON.stringify({ crossValidated: { ...figures, missed: missed.length, falseAlarms: falseAlarms.length }, thresholds })}\n`);

/**
 * The bars that catch the most crisis lines out of fold while the ordinary lines flagged at
 * either level stay within CHECK_FALSE_ALARMS, and those the model alone gives the full crisis
 * response within MODEL_CRISIS_FALSE_ALARMS (a search over a grid of each bar).
 */
function chooseThresholds(scored: readonly OutOfFold[]): ModelThresholds {
  const others = scored.filter((s) => !s.message.crisis);
  // Candidate bars: where the ordinary lines' scores fall, from their top 0.5% to their top half.
  const descending = others.map((s) => s.probability).sort((a, b) => b - a);
  const quantiles = [0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 0.5, 0.7, 0.9];
  const grid = [...new Set([0, 1, ...quantiles.map((q) => (descending[Math.floor(q * descending.length)] ?? 1) + 1e-9)])].sort((a, b) => a - b);
  const crises = scored.filter((s) => s.message.crisis);
  const othersWithoutRule = others.filter((s) => !ruleFired.get(s.message));
  const share = (rows: readonly OutOfFold[], bars: ModelThresholds, at: (level: string) => boolean): number =>
    rows.filter((s) => at(combinedLevel(ruleFired.get(s.message) ?? false, s.probability, bars))).length / Math.max(1, rows.length);
  let best: { bars: ModelThresholds; recall: number } = { bars: { check: 1, crisis: 1 }, recall: -1 };
  for (const check of grid) {
    for (const crisis of grid.filter((c) => c >= check)) {
      const bars = { check, crisis };
      if (share(others, bars, (level) => level !== 'none') > CHECK_FALSE_ALARMS) continue;
      if (share(othersWithoutRule, bars, (level) => level === 'crisis') * othersWithoutRule.length > MODEL_CRISIS_FALSE_ALARMS * others.length) continue;
      const recall = share(crises, bars, (level) => level !== 'none');
      if (recall > best.recall) best = { bars, recall };
    }
  }
  return best.bars;
}

function crossValidatedReport(scored: readonly OutOfFold[], bars: ModelThresholds): EvalReport {
  return evaluateLevels(scored.map((s) => ({ case: s.message, level: combinedLevel(ruleFired.get(s.message) ?? false, s.probability, bars) })));
}
