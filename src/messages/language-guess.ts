import { LANGS, type Lang } from './language.js';

// Common words that belong to one language only: words the three share ("a", "me", "no", "de", "la",
// "que", "tu", "un") or that are names or numbers tell nothing.
const STOP_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(
    ('the and is are was were i im you my to of it this that with for not have has had do does don what how can could would ' +
      'want need feel feeling today please thanks thank hello just but so am be been about if your we they he she know like ' +
      'get go going really should there here when where why who will all out up now good bad very think much').split(' '),
  ),
  es: new Set(
    ('el los las del y es está estoy estás estar pero por para con muy mi mis tengo tienes quiero hoy qué cómo como yo eso esto ' +
      'esta este una uno gracias hola nada mucho también porque cuando donde dónde necesito puedo hablar ayuda soy eres hay sí al ' +
      'lo su sus ya pues algo alguien ahora día días siento mañana noche todo todos hacer sin entiendo favor bueno nunca siempre').split(' '),
  ),
  fr: new Set(
    ('le les des du et est je j vous nous il elle pas ne mais pour avec très mon ma mes suis ai c ça oui non rien beaucoup aussi ' +
      'parce quand où besoin peux veux parler aide une merci bonjour salut au aux ce cette ces dans fait être avoir comment ' +
      'pourquoi journée soir matin moi toi qu aujourd hui chez encore toujours jamais').split(' '),
  ),
};

// Fewer words than this is a name, a number or "ok": not evidence of a language.
const MIN_WORDS = 3;
const MIN_HITS = 2;

/** The language a message is clearly written in, from its common words; undefined when short or unclear. */
export function guessLanguage(text: string): Lang | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const hits = LANGS.map((lang) => ({ lang, count: words.filter((word) => STOP_WORDS[lang].has(word)).length }));
  hits.sort((a, b) => b.count - a.count);
  const [best, second] = hits;
  if (!best || best.count < MIN_HITS) return undefined;
  // Clearly: at least twice the evidence of the next language.
  return best.count >= 2 * (second?.count ?? 0) ? best.lang : undefined;
}
