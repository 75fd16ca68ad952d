import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** One labelled line of a crisis corpus file (the taxonomy's format; only text and crisis are required). */
export const corpusLineSchema = z.object({
  text: z.string(),
  crisis: z.boolean(),
  category: z.string().optional(),
  lang: z.string().optional(),
  family: z.string().optional(),
  level: z.enum(['crisis', 'check', 'none']).optional(),
  register: z.string().optional(),
});
export type CorpusLine = z.infer<typeof corpusLineSchema>;

/** Parses JSONL labelled lines; returns the problems by line number instead of throwing. */
export function parseCorpus(content: string): { lines: CorpusLine[]; problems: string[] } {
  const lines: CorpusLine[] = [];
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
    const parsed = corpusLineSchema.safeParse(value);
    if (parsed.success) lines.push(parsed.data);
    else problems.push(`line ${index + 1}: needs "text" (string) and "crisis" (boolean)`);
  });
  return { lines, problems };
}

/** Every `.jsonl` file in a folder, read and parsed, in name order; throws naming the first bad line. */
export function readCorpusFolder(folder: string): { file: string; lines: CorpusLine[] }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => {
      const { lines, problems } = parseCorpus(readFileSync(path.join(folder, name), 'utf8'));
      if (problems.length > 0) throw new Error(`${name}: ${problems[0]}`);
      // Lines of the older files have no family: each is its own, keyed by file so ids stay unique.
      return { file: name, lines: lines.map((line) => (line.family ? line : { ...line, family: `${name}:${line.text}` })) };
    });
}
