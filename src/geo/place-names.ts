import { geoData } from './data.js';
import { TypoIndex } from './edit-distance.js';
import {
  allNameKeys,
  type City,
  cityPlace,
  citiesNamed,
  type Subdivision,
  subdivisionByCode,
  subdivisionNamed,
  subdivisionPlace,
} from './gazetteer.js';
import { type Place, type Region } from './place.js';
import { foreignSpans, isCountryOrForeign, isLeadingFiller, namedCountry, overlaps, type Span, stripFillers } from './text-words.js';

/** The text of one answer, tokenised, with what the lookup needs to know about how it was typed. */
export interface PlaceText {
  readonly tokens: readonly string[];
  /** Two-letter words typed in capitals ("IN", "ME"): only then are word-like codes read as states. */
  readonly capitalCodes: ReadonlySet<string>;
  readonly preferRegion?: Region;
}

const MAX_SPAN = 5;
const MAX_TYPO_SPAN = 3;
const MAX_TYPO_CHARS = 40;
// "in Mobile", "near Orange": a word-like city name counts after one of these.
const LOCATIVES = new Set(['in', 'near', 'from', 'by', 'around', 'at', 'to', 'outside', 'en', 'cerca', 'a', 'au', 'dans', 'pres']);
// A smaller namesake wins under preferRegion only if at least this share of the largest one's size.
const PREFERRED_REGION_MIN_SHARE = 0.1;
const wordLikeCodes = new Set(geoData.words.wordLikeCodes);
const neverCodes = new Set(geoData.words.neverCodes);
const typos = new TypoIndex(allNameKeys(), 6);

interface Trailing {
  readonly subdivision: Subdivision;
  readonly end: number;
}

/** A city, state or province named anywhere in the text, exactly or with one typo. */
export function findNamedPlace(text: PlaceText): Place | undefined {
  return findExact(text) ?? findSubdivisionCode(text) ?? findWithTypo(text);
}

function findExact(text: PlaceText): Place | undefined {
  const { tokens } = text;
  for (let length = Math.min(MAX_SPAN, tokens.length); length >= 1; length--) {
    for (let start = 0; start + length <= tokens.length; start++) {
      const place = placeAt(text, { start, end: start + length }, tokens.slice(start, start + length).join(' '));
      if (place !== undefined) return place;
    }
  }
  return undefined;
}

function findWithTypo(text: PlaceText): Place | undefined {
  const { tokens } = text;
  for (let length = Math.min(MAX_TYPO_SPAN, tokens.length); length >= 1; length--) {
    for (let start = 0; start + length <= tokens.length; start++) {
      const words = tokens.slice(start, start + length);
      if (words.some((word) => isLeadingFiller(word) || /\d/.test(word))) continue;
      const typed = words.join(' ');
      if (typed.length > MAX_TYPO_CHARS || isCountryOrForeign(typed)) continue;
      const place = typos
        .near(typed)
        .map((key) => placeAt(text, { start, end: start + length }, key, true))
        .find((found) => found !== undefined);
      if (place !== undefined) return place;
    }
  }
  return undefined;
}

/** The place for a name found at span, weighing namesakes, a following state, the country and foreign words. */
function placeAt(text: PlaceText, span: Span, key: string, typo = false): Place | undefined {
  const cities = citiesNamed(key).filter((city) => !(typo && city.wordLike));
  const subdivision = subdivisionNamed(key);
  if (cities.length === 0 && subdivision === undefined) return undefined;
  const trailing = trailingSubdivision(text, span.end);
  // A corrected word must stand where a place would ("good morning" is not Corning).
  if (typo && !clearlyAPlace(text, span, trailing, stripFillers(text.tokens))) return undefined;
  const covered: Span = { start: span.start, end: trailing?.end ?? span.end };
  if (foreignSpans(text.tokens).some((foreign) => !overlaps(foreign, covered))) return undefined;
  const country = namedCountry(text.tokens);

  if (trailing !== undefined) {
    const inTrailing = cities.filter((city) => city.subdivision === trailing.subdivision);
    if (inTrailing[0]) return cityPlace(inTrailing[0]);
    // "Toronto, CA": the writer meant Canada, not California.
    const canadian = cities.filter((city) => city.subdivision.region === 'CA');
    if (trailing.subdivision.code === 'CA' && canadian[0]) return cityPlace(canadian[0]);
    if (subdivision === undefined) return withinCountry(subdivisionPlace(trailing.subdivision), country);
  }
  if (subdivision !== undefined) return withinCountry(subdivisionPlace(subdivision), country);

  const candidates = country === undefined ? cities : cities.filter((city) => city.subdivision.region === country);
  const city = pickNamesake(candidates, text.preferRegion);
  if (city === undefined) return undefined;
  if (city.wordLike && !clearlyAPlace(text, span, trailing)) return undefined;
  return cityPlace(city);
}

function withinCountry(place: Place, country: Region | undefined): Place | undefined {
  return country === undefined || place.region === country ? place : undefined;
}

/** The largest namesake, or the largest in the program's country when it is not tiny beside it. */
function pickNamesake(cities: readonly City[], preferRegion: Region | undefined): City | undefined {
  const largest = cities[0];
  if (largest === undefined || preferRegion === undefined) return largest;
  const local = cities.find((city) => city.subdivision.region === preferRegion);
  return local !== undefined && local.population >= largest.population * PREFERRED_REGION_MIN_SHARE ? local : largest;
}

/** A following state, a preposition before, or nothing else in the answer (fillers aside, when given). */
function clearlyAPlace(text: PlaceText, span: Span, trailing: Trailing | undefined, answer: readonly string[] = text.tokens): boolean {
  if (trailing !== undefined) return true;
  const before = text.tokens[span.start - 1];
  if (before !== undefined && LOCATIVES.has(before)) return true;
  return answer.join(' ') === text.tokens.slice(span.start, span.end).join(' ');
}

/** A state or province named right after a city: "Portland, ME", "Calgary Alberta". */
function trailingSubdivision(text: PlaceText, start: number): Trailing | undefined {
  const { tokens } = text;
  for (let length = Math.min(4, tokens.length - start); length >= 1; length--) {
    const key = tokens.slice(start, start + length).join(' ');
    const subdivision = subdivisionNamed(key) ?? (length === 1 && !neverCodes.has(key) ? subdivisionByCode(key) : undefined);
    if (subdivision !== undefined) return { subdivision, end: start + length };
  }
  return undefined;
}

/** A state or province given by its postal abbreviation alone, or closing the answer ("Smallville, KS"). */
function findSubdivisionCode(text: PlaceText): Place | undefined {
  // A lone "IN" or "ME" is the whole answer, not a filler word.
  const words = text.tokens.length === 1 ? text.tokens : stripFillers(text.tokens);
  for (let i = words.length - 1; i >= 0; i--) {
    const code = words[i] ?? '';
    const subdivision = neverCodes.has(code) ? undefined : subdivisionByCode(code);
    if (subdivision === undefined) continue;
    const capital = text.capitalCodes.has(code);
    const acceptable = wordLikeCodes.has(code) ? capital : capital || i === words.length - 1;
    if (!acceptable) continue;
    if (foreignSpans(text.tokens).length > 0) return undefined;
    return withinCountry(subdivisionPlace(subdivision), namedCountry(text.tokens));
  }
  return undefined;
}
