import type { ProgramConfig } from '../config.js';
import type { Lang } from './language.js';

/** What the program file says about the program in words, which a program may give in Spanish and French too. */
export interface ProgramText {
  readonly helpContact: string;
  readonly messageFrequency: string;
}

// Said from the enforced daily cap when the program file has no wording in the language.
const FREQUENCY: Record<Exclude<Lang, 'en'>, (maxPerDay: number) => string> = {
  es: (max) => `hasta ${max} ${max === 1 ? 'mensaje' : 'mensajes'} al día`,
  fr: (max) => `jusqu'à ${max} message${max > 1 ? 's' : ''} par jour`,
};

/** The program's contact and message frequency in the person's language, where the program file has them. */
export function programText(program: ProgramConfig, lang: Lang): ProgramText {
  if (lang === 'en') return program;
  const localized = program.localized?.[lang];
  return {
    helpContact: localized?.helpContact ?? program.helpContact,
    messageFrequency: localized?.messageFrequency ?? FREQUENCY[lang](program.reminders.maxPerDay),
  };
}
