import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CrisisScreen, evaluateScreen, type EvalCase } from '../safety/index.js';

const lineSchema = z.object({ text: z.string(), crisis: z.boolean() });

/** Parses JSONL labelled cases; returns the problems by line number instead of throwing. */
function parseCases(content: string): { cases: EvalCase[]; problems: string[] } {
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`line ${index + 1}: not valid JSON`);
      return;
    }
    const parsed = lineSchema.safeParse(value);
    if (parsed.success) cases.push(parsed.data);
    else problems.push(`line ${index + 1}: needs "text" (string) and "crisis" (boolean)`);
  });
  return { cases, problems };
}

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
  const { cases, problems } = parseCases(content);
  if (problems.length > 0) {
    for (const p of problems) console.error(`${file}: ${p}`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(evaluateScreen(CrisisScreen.load(), cases))}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
