import { cityPlace, citiesNamed } from '../geo/gazetteer.js';
import { normalizeKey } from '../geo/normalize.js';
import { allCatalogs } from '../messages/index.js';
import { CATEGORIES, type Category } from './categories.js';

/** A place as the lookup needs it: what to call it, its country, where it is. */
export interface LookupPlace {
  readonly label: string;
  readonly region: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** What one message asks for: a kind of help (or free words), a place, and when. */
export interface ResourceRequest {
  readonly category?: Category;
  /** The words left once the place, the time and fillers are taken out, when no category was named. */
  readonly text?: string;
  readonly place?: LookupPlace;
  readonly when?: 'now' | 'tonight';
  /** Words that put some results of the category first: a fellowship named ("NA meeting"). */
  readonly prefer?: string;
}

// A fellowship named in a request for meetings: its own meetings come first.
const FELLOWSHIPS: Readonly<Record<string, string>> = {
  na: 'narcotics anonymous',
  'na meeting': 'narcotics anonymous',
  'narcotics anonymous': 'narcotics anonymous',
  'narcoticos anonimos': 'narcotics anonymous',
  'narcotiques anonymes': 'narcotics anonymous',
  aa: 'alcoholics anonymous',
  'aa meeting': 'alcoholics anonymous',
  'alcoholics anonymous': 'alcoholics anonymous',
  'alcoholicos anonimos': 'alcoholics anonymous',
  'alcooliques anonymes': 'alcoholics anonymous',
  'smart recovery': 'smart recovery',
};

const WHEN: readonly (readonly [string, 'now' | 'tonight'])[] = [
  ['open now', 'now'],
  ['right now', 'now'],
  ['now', 'now'],
  ['abierto ahora', 'now'],
  ['ahora mismo', 'now'],
  ['ahora', 'now'],
  ['ahorita', 'now'],
  ['ouvert maintenant', 'now'],
  ['maintenant', 'now'],
  ['tonight', 'tonight'],
  ['this evening', 'tonight'],
  ['esta noche', 'tonight'],
  ['hoy en la noche', 'tonight'],
  ['ce soir', 'tonight'],
  ['cette nuit', 'tonight'],
];

// Words around a request that say nothing about what or where.
const FILLERS = new Set(
  (
    "i im i'm i'd like need needs want looking look for find get a an the some any me my please pls where is are there can could " +
    'help with near nearby around close by in at to of me here today open '
    + 'necesito quiero busco buscar un una unos unas el la los las de del en cerca donde dónde hay por favor para mi mí aquí abierto '
    + "j'ai besoin de du des le la les un une je cherche trouver où ou près pres proche à a au ici svp ouvert moi"
  ).split(/\s+/),
);

// Words before a place: the place is looked for after the last of them first ("... near 10001").
const LOCATIVES = new Set(['near', 'in', 'at', 'around', 'by', 'cerca', 'en', 'de', 'près', 'pres', 'à', 'au', 'dans', 'vers']);

/**
 * A place precise enough to measure distances from: a town, or a ZIP or postal code whose
 * town is known. A whole state or a time zone is not ("New York" the state, "Eastern").
 */
export function isLocal(place: LookupPlace | undefined): place is LookupPlace & { lat: number; lon: number } {
  // City labels are "Town, ST"; postal ones "ZIP 10001 (New York, NY area)"; a state or zone has no comma.
  return place?.lat !== undefined && place.lon !== undefined && place.label.includes(', ');
}

/** The place in what is left of a message: after its last locative word, else all of it; a town by name first. */
function findPlace(remainder: string, resolvePlace: (text: string) => LookupPlace | undefined): { place?: LookupPlace; words: string } {
  const words = remainder.split(' ').filter(Boolean);
  const last = words.reduce((found, word, index) => (LOCATIVES.has(word) ? index : found), -1);
  const candidates = [...(last >= 0 && last < words.length - 1 ? [words.slice(last + 1).join(' ')] : []), words.filter((word) => !FILLERS.has(word)).join(' '), remainder];
  for (const candidate of candidates) {
    if (candidate === '') continue;
    const city = citiesNamed(normalizeKey(candidate))[0];
    const place = city ? cityPlace(city) : resolvePlace(candidate);
    if (isLocal(place)) return { place, words: candidate };
  }
  return { words: '' };
}

/** Lower case, accents kept, apostrophes straight, words separated by single spaces. */
function normalize(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Every way a category is named, in every language, longest first (so "santé mentale" beats "santé"). */
const PHRASES: readonly (readonly [string, Category])[] = CATEGORIES.flatMap((category) =>
  [...new Set(allCatalogs().flatMap((catalog) => [catalog.resourceCategory[category], ...catalog.synonyms.resourceCategories[category]]))].flatMap((phrase) => {
    const key = normalize(phrase).trim();
    return [...new Set([key, stripAccents(key)])].map((variant) => [variant, category] as const);
  }),
).sort((a, b) => b[0].length - a[0].length);

/** The first (longest) category phrase in the text, and the text without it. */
function takeCategory(text: string): { category?: Category; phrase?: string; rest: string } {
  const plain = stripAccents(text);
  for (const [phrase, category] of PHRASES) {
    const at = plain.indexOf(` ${stripAccents(phrase)} `);
    if (at >= 0) return { category, phrase: stripAccents(phrase), rest: `${text.slice(0, at)} ${text.slice(at + phrase.length + 1)}` };
  }
  return { rest: text };
}

/** "NA" in "NA meeting near T1A" (the longest phrase took "na meeting"; a fellowship may also stand apart). */
function fellowshipIn(phrase: string | undefined, text: string): string | undefined {
  if (phrase !== undefined && FELLOWSHIPS[phrase]) return FELLOWSHIPS[phrase];
  const words = stripAccents(text).split(' ');
  return Object.entries(FELLOWSHIPS).find(([key]) => !key.includes(' ') && words.includes(key))?.[1];
}

function takeWhen(text: string): { when?: 'now' | 'tonight'; rest: string } {
  for (const [phrase, when] of WHEN) {
    const at = text.indexOf(` ${phrase} `);
    if (at >= 0) return { when, rest: `${text.slice(0, at)} ${text.slice(at + phrase.length + 1)}` };
  }
  return { rest: text };
}

/**
 * Reads "I need food near 10001", "shelter in Medicine Hat tonight", "NA meeting near T1A",
 * "necesito comida cerca de 10001". The category is taken out before the place is looked for,
 * so "shelter" is never read as a town one letter away.
 */
export function readRequest(message: string, resolvePlace: (text: string) => LookupPlace | undefined): ResourceRequest {
  const normalized = normalize(message);
  const { category, phrase, rest: afterCategory } = takeCategory(normalized);
  const { when, rest } = takeWhen(afterCategory);
  const remainder = rest.trim();
  const { place, words: placeWords } = findPlace(remainder, resolvePlace);
  const used = new Set(placeWords.split(' '));
  const words = remainder.split(' ').filter((word) => word !== '' && !FILLERS.has(word) && !used.has(word));
  const text = category === undefined && words.length > 0 ? words.join(' ') : undefined;
  const prefer = category === 'meetings' ? fellowshipIn(phrase, normalized) : undefined;
  return { category, text, place, when, prefer };
}

// Words that make a longer message a request ("where can I get clothes", "necesito comida").
const ASKING = new Set(
  'need needs looking find where wheres nearest near nearby around in at any necesito necesita busco buscando donde dónde hay cerca en besoin cherche trouver où près pres proche dans'.split(' '),
);
const SHORT_REQUEST_WORDS = 3;

/**
 * True when a message asks for a kind of help we can look up: a category named in a short
 * message ("food", "NA meeting") or with words of asking or place ("I need food near 10001"),
 * not one mentioned in passing ("the meeting went well today").
 */
export function namesResource(message: string): boolean {
  const normalized = normalize(message);
  if (takeCategory(normalized).category === undefined) return false;
  const words = normalized.trim().split(' ');
  return words.length <= SHORT_REQUEST_WORDS || words.some((word) => ASKING.has(word) || /\d/.test(word));
}
