import type { Lang } from '../../../messages/language.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { CrisisWords } from './types.js';

export type { CounsellorQuestion, CrisisWords, HoldingIntent, TeamFacts } from './types.js';

const WORDS: Record<Lang, CrisisWords> = { en, es, fr };

/** The crisis conversation's words in one language. */
export const crisisWords = (lang: Lang): CrisisWords => WORDS[lang];
