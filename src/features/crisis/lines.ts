import type { CrisisLine, ProgramConfig } from '../../config.js';
import { crisisLinesFor, lineIn } from '../../messages/crisis-lines.js';
import type { Lang } from '../../messages/language.js';

/** The lines a crisis script names, in the person's language, from the program file for their region. */
export interface ScriptLines {
  /** How to reach the crisis line, as the program file says it ("call or text 988"). */
  readonly crisisContact: string;
  /** The crisis line's number alone ("988"). */
  readonly crisis: string;
  /** The emergency number ("911"). */
  readonly emergency: string;
  /** Poison Control, where the region has one. */
  readonly poison?: { readonly name: string; readonly number: string };
  /** The domestic violence line, where the region has one. */
  readonly dv?: { readonly name: string; readonly contact: string };
}

const numberOf = (line: CrisisLine | undefined, fallback: string): string => line?.number ?? line?.contact ?? fallback;

/** The region's lines for a script; the config guarantees a crisis line in every region. */
export function scriptLines(program: ProgramConfig, region: string | null | undefined, lang: Lang): ScriptLines {
  const lines = crisisLinesFor(program, region);
  const find = (kind: CrisisLine['kind']) => lines.find((line) => line.kind === kind);
  const crisis = find('crisis') ?? lines[0];
  const poison = find('poison');
  const dv = find('domestic_violence');
  return {
    crisisContact: crisis ? lineIn(crisis, lang).contact : '988',
    crisis: numberOf(crisis, '988'),
    emergency: numberOf(find('emergency'), '911'),
    ...(poison ? { poison: { name: lineIn(poison, lang).name, number: numberOf(poison, '') } } : {}),
    ...(dv ? { dv: lineIn(dv, lang) } : {}),
  };
}
