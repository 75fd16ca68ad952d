import { geoData } from './data.js';
import { normalizeKey } from './normalize.js';
import { type Region } from './place.js';

const { words } = geoData;
const leadingFillers = new Set(words.leadingFillers.map(normalizeKey));
const trailingFillers = new Set(words.trailingFillers.map(normalizeKey));
const refusals = new Set(words.refusals.map(normalizeKey));
const foreign = new Set(words.foreign.map(normalizeKey));
const countries = new Map<string, Region>([
  ...words.countries.US.map((name): [string, Region] => [normalizeKey(name), 'US']),
  ...words.countries.CA.map((name): [string, Region] => [normalizeKey(name), 'CA']),
]);
const longestPhrase = Math.max(...[...foreign, ...countries.keys()].map((key) => key.split(' ').length));

/** Words before a place name that add nothing ("I live near", "vivo en", "j'habite à"). */
export function isLeadingFiller(token: string): boolean {
  return leadingFillers.has(token);
}

/** The tokens without filler words at either end: "im in edmonton lol" → ["edmonton"]. */
export function stripFillers(tokens: readonly string[]): string[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && leadingFillers.has(tokens[start] ?? '')) start++;
  while (end > start && trailingFillers.has(tokens[end - 1] ?? '')) end--;
  return tokens.slice(start, end);
}

/** "idk", "skip", "no sé": an answer that declines to say. */
export function isRefusal(key: string): boolean {
  return refusals.has(key);
}

/** A token span [start, end) naming something. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Places outside the US and Canada named in the text, with where they are. */
export function foreignSpans(tokens: readonly string[]): Span[] {
  return phraseSpans(tokens, (key) => foreign.has(key));
}

/** The country the text names, if exactly one of ours ("Calgary, Canada"). */
export function namedCountry(tokens: readonly string[]): Region | undefined {
  const named = new Set(phraseSpans(tokens, (key) => countries.has(key)).map(({ start, end }) => countries.get(tokens.slice(start, end).join(' '))));
  return named.size === 1 ? [...named][0] : undefined;
}

/** True for a country word of ours, so fuzzy matching leaves it alone. */
export function isCountryOrForeign(key: string): boolean {
  return countries.has(key) || foreign.has(key);
}

function phraseSpans(tokens: readonly string[], matches: (key: string) => boolean): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let length = Math.min(longestPhrase, tokens.length - start); length >= 1; length--) {
      if (matches(tokens.slice(start, start + length).join(' '))) {
        spans.push({ start, end: start + length });
        break;
      }
    }
  }
  return spans;
}

/** True when two spans share a token. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
