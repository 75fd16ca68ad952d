import { readFileSync } from 'node:fs';
import { parseCorpus } from '../safety/corpus.js';
import { CrisisScreen, evaluateScreen } from '../safety/index.js';

/** `npm run --silent crisis:eval -- FILE.jsonl`: the screen's figures on labelled lines, as one JSON object. */
function main(argv: readonly string[]): number {
  const file = argv[0];
  if (!file) {
    console.error('usage: npm run --silent crisis:eval -- FILE.jsonl');
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { lines, problems } = parseCorpus(content);
  if (problems.length > 0) {
    for (const p of problems) console.error(`${file}: ${p}`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(evaluateScreen(CrisisScreen.load(), lines))}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
