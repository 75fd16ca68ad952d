import type { CrisisLine, ProgramConfig } from '../config.js';
import type { Lang } from './language.js';

/** The crisis lines for a region, falling back to the program's default region. */
export function crisisLinesFor(program: ProgramConfig, region: string | null | undefined): readonly CrisisLine[] {
  return (region ? program.crisisLines[region] : undefined) ?? program.crisisLines[program.defaultRegion] ?? [];
}

/** The first line of kind "crisis" for the region (the config guarantees one exists). */
export function primaryCrisisLine(program: ProgramConfig, region: string | null | undefined): CrisisLine {
  const lines = crisisLinesFor(program, region);
  const line = lines.find((candidate) => candidate.kind === 'crisis') ?? lines[0];
  if (!line) throw new Error(`no crisis line configured for region ${region ?? program.defaultRegion}`);
  return line;
}

/** A line's name and how to reach it in the person's language, where the program file gives them. */
export function lineIn(line: CrisisLine, lang: Lang): { readonly name: string; readonly contact: string } {
  return lang === 'en' ? line : (line.localized?.[lang] ?? line);
}
