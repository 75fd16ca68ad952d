import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainCrisisModel, type LabelledMessage } from '../safety/model/train.js';

/**
 * `npm run crisis:train`: retrains the crisis screen's model from every labelled file in
 * tests/fixtures (crisis-*.jsonl and ordinary-traffic.jsonl) and writes
 * src/safety/model/crisis-model.json. Add labelled messages there, retrain, commit both.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = path.join(root, 'tests/fixtures');
const files = readdirSync(fixtures)
  .filter((name) => /^(crisis-.*|ordinary-traffic)\.jsonl$/.test(name))
  .sort();

const messages: LabelledMessage[] = [];
const trainedOn = files.map((file) => {
  const lines = readFileSync(path.join(fixtures, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledMessage);
  messages.push(...lines);
  return { file: `tests/fixtures/${file}`, lines: lines.length };
});

const started = Date.now();
const model = trainCrisisModel(messages, trainedOn);
const out = path.join(root, 'src/safety/model/crisis-model.json');
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.error(
  `trained on ${messages.length} messages from ${files.length} files in ${Date.now() - started} ms: ` +
    `${Object.keys(model.weights).length} features, threshold ${model.threshold} -> ${path.relative(root, out)}`,
);
