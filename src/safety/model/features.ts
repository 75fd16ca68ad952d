import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';

/** One word of a message as the model reads it: the folded form and its stems in en, es and fr. */
export interface ModelToken {
  /** Lowercase, accents and long letter runs folded; an emoji stays itself. */
  readonly word: string;
  /** The Snowball stems of the word in English, Spanish and French, folded and distinct. */
  readonly stems: readonly string[];
  /** The stem in each language, in SCREEN_LANGS order (en, es, fr). */
  readonly byLang: readonly [string, string, string];
}

// Word characters, or one pictograph (with its skin tone, variation selector and ZWJ sequence).
const TOKEN = /[\p{L}\p{N}]+(?:'(?=\p{L}))?|\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D\p{Extended_Pictographic})*/gu;
// Elided articles and pronouns in French and English shorthand stand alone: j'ai → j' ai, l'hôpital → l' hôpital.
const ELISION = /^(j|l|d|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)'$/;
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, readonly [string, string, string]>();

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** The folded stems of one lowercase word in en, es and fr (cached: words repeat). */
function stemsOf(word: string): readonly [string, string, string] {
  const known = stemCache.get(word);
  if (known) return known;
  const stems: [string, string, string] = /\p{L}/u.test(word) ? [fold(englishStem(word)), fold(spanishStem(word)), fold(frenchStem(word))] : [word, word, word];
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stems);
  return stems;
}

const ES_WORDS = new Set(['que', 'de', 'la', 'el', 'y', 'no', 'me', 'mi', 'por', 'con', 'para', 'ya', 'pero', 'estoy', 'es', 'todo', 'nada', 'quiero', 'q', 'lo', 'se', 'una', 'un', 'muy', 'tengo', 'como', 'mas', 'esta']);
const FR_WORDS = new Set(['je', 'de', 'la', 'le', 'et', 'pas', 'me', 'mon', 'ma', 'pour', 'avec', 'tout', 'est', 'suis', 'veux', 'pu', 'chu', 'rien', "j'", "c'", "m'", 'ai', 'les', 'des', 'une', 'un', 'plus', 'ca', 'moi', 'vais', 'jsp', 'tkt']);

/** The likeliest language of a message's words, by its function words (en when unsure): 0 en, 1 es, 2 fr. */
export function languageIndex(words: readonly string[]): 0 | 1 | 2 {
  let es = 0;
  let fr = 0;
  for (const word of words) {
    if (ES_WORDS.has(word)) es += 1;
    if (FR_WORDS.has(word)) fr += 1;
  }
  if (es >= 2 && es > fr) return 1;
  if (fr >= 2 && fr > es) return 2;
  return 0;
}

/** A message as the model reads it: tokens with their stems (the first 5,000 characters). */
export function modelTokens(text: string): ModelToken[] {
  const lower = text
    .slice(0, 5000)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/(\p{L})\1{2,}/gu, '$1$1');
  const tokens: ModelToken[] = [];
  for (const match of lower.matchAll(TOKEN)) {
    const raw = match[0];
    if (ELISION.test(raw)) {
      tokens.push({ word: raw, stems: [raw], byLang: [raw, raw, raw] });
      continue;
    }
    const word = raw.endsWith("'") ? raw.slice(0, -1) : raw;
    const byLang = stemsOf(word);
    tokens.push({ word: fold(word), stems: [...new Set(byLang)], byLang });
  }
  return tokens;
}

// Words that turn what follows into its opposite, up to the end of the clause: "not suicidal",
// "no quiero morir", "j'ai pas envie de mourir". What they govern is read as negated (n:).
const NEGATIONS = new Set([
  'not', 'no', 'never', 'dont', "don't", 'didnt', 'doesnt', 'isnt', 'wasnt', 'aint', 'wont', 'cant', 'nothing', 'nobody', 'nor', 'without', 'anymore', 'nah', 'nope',
  'nunca', 'jamas', 'ni', 'nada', 'sin', 'tampoco', 'ningun', 'ninguna',
  'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'personne',
]);
const NEGATION_REACH = 4;
// A clause ends at punctuation or a conjunction that starts another thought.
const CLAUSE_BREAKS = new Set(['but', 'pero', 'mais', 'though', 'aunque', 'sauf', 'just', 'solo', 'juste']);
// Words that place what is said in the past or in someone else's life.
const PAST = new Set(['ago', 'used', 'anymore', 'years', 'since', 'back', 'hace', 'antes', 'solia', 'anos', 'desde', 'ya', 'avant', 'ans', 'depuis', 'passe', 'autrefois', 'clean', 'sober', 'recovered']);
const THIRD_PERSON = new Set([
  'he', 'she', 'they', 'him', 'her', 'his', 'them', 'their', 'friend', 'brother', 'sister', 'cousin', 'mom', 'dad', 'son', 'daughter', 'uncle', 'aunt', 'coworker', 'roommate', 'character', 'movie', 'show', 'song', 'book', 'episode', 'game', 'news',
  'el', 'ella', 'ellos', 'su', 'amigo', 'amiga', 'hermano', 'hermana', 'primo', 'prima', 'mama', 'papa', 'hijo', 'hija', 'tio', 'tia', 'pelicula', 'serie', 'cancion', 'libro', 'noticias',
  'il', 'elle', 'ils', 'elles', 'lui', 'sa', 'son', 'ses', 'ami', 'amie', 'frere', 'soeur', 'cousine', 'mere', 'pere', 'fils', 'fille', 'oncle', 'tante', 'collegue', 'film', 'chanson', 'livre', 'jeu',
]);
const FIRST_PERSON = new Set(['i', 'im', "i'm", 'me', 'my', 'myself', 'ive', 'yo', 'me', 'mi', 'estoy', 'je', "j'", 'moi', 'mon', 'ma', 'mes', 'chu', 'suis']);

/**
 * The model's features of a message, each once: words, their stems in the three languages
 * (so conjugations and plurals meet: "took", "tomé", "j'ai pris"), pairs of neighbouring
 * stems and of stems one word apart ("want … die", "pense … finir"), and 4-letter pieces of
 * the folded text (which carry misspellings and shorthand the training text never had).
 */
export function modelFeatures(tokens: readonly ModelToken[]): Set<string> {
  const features = new Set<string>();
  let negatedFor = 0;
  let firstPerson = 0;
  let thirdPerson = 0;
  let past = 0;
  for (const token of tokens) {
    const negated = negatedFor > 0;
    features.add(`w:${token.word}`);
    for (const stem of token.stems) features.add(negated ? `n:${stem}` : `s:${stem}`);
    if (NEGATIONS.has(token.word)) negatedFor = NEGATION_REACH;
    else if (CLAUSE_BREAKS.has(token.word)) negatedFor = 0;
    else negatedFor = Math.max(0, negatedFor - 1);
    if (FIRST_PERSON.has(token.word)) firstPerson += 1;
    if (THIRD_PERSON.has(token.word)) thirdPerson += 1;
    if (PAST.has(token.word)) past += 1;
  }
  // Who the message is about, and when: weak alone, telling beside the crisis words.
  if (thirdPerson > 0 && firstPerson === 0) features.add('m:third_person_only');
  if (thirdPerson > firstPerson) features.add('m:more_third_person');
  if (firstPerson === 0) features.add('m:no_first_person');
  if (past > 0) features.add('m:past');
  if (past > 1) features.add('m:past2');
  if (tokens.length <= 4) features.add('m:short');
  // Pairs use the stems of the message's own language, so "me tomé" and "me tomo" make one pair.
  const lang = languageIndex(tokens.map((token) => token.word));
  const heads = tokens.map((token) => token.byLang[lang]);
  for (let i = 1; i < heads.length; i += 1) {
    features.add(`b:${heads[i - 1]}_${heads[i]}`);
    if (i >= 2) features.add(`k:${heads[i - 2]}_${heads[i]}`);
  }
  const joined = ` ${tokens.map((token) => token.word).join(' ')} `;
  for (let i = 0; i + 4 <= joined.length; i += 1) features.add(`c:${joined.slice(i, i + 4)}`);
  return features;
}

// Below this many features a message's features count in full: "i want to die" has few, and each is telling.
const SCALE_FLOOR = 40;

/** How much each feature of a message counts: 1/√n, so a long message is not louder than a short one. */
export function featureScale(featureCount: number): number {
  return 1 / Math.sqrt(Math.max(SCALE_FLOOR, featureCount));
}
