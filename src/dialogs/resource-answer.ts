import type { CrisisLine } from '../config.js';
import type { Catalog, ResourceCard, ResourceLine } from '../messages/index.js';
import type { NationalLine, ResourceResult } from '../resources/resource-lookup.js';

/** Results shown per message at most: an SMS stays short. */
export const PAGE_SIZE = 3;
/**
 * The most characters a page may take: three SMS segments of GSM-7 (3 x 153). A page that would be longer shows
 * fewer places (at least one), and MORE brings the rest.
 */
const PAGE_CHARS = 459;
const KM_PER_MILE = 1.609344;
const NOTE_MAX = 80;

/** A search's results and how far the person has paged, as kept in the dialog's state. */
export interface ResultPage {
  readonly what: string;
  readonly place: string;
  /** The place's country: miles in the US, kilometres elsewhere. */
  readonly region: string;
  readonly results: readonly ResourceResult[];
  /** How many have been shown so far. */
  readonly shown: number;
}

/** Eligibility and cost in one short line, cut at a word. */
function note(result: ResourceResult): string | undefined {
  const text = [result.fees, result.eligibility].filter(Boolean).join('. ');
  if (text === '') return undefined;
  if (text.length <= NOTE_MAX) return text;
  return `${text.slice(0, NOTE_MAX).replace(/\s+\S*$/, '')}...`;
}

/** A result as the catalogue words it: distance in the country's unit. */
export function resourceLine(result: ResourceResult, region: string): ResourceLine {
  const miles = region === 'US';
  const distance = Math.round((miles ? result.distanceKm / KM_PER_MILE : result.distanceKm) * 10) / 10;
  return { name: result.name, distance, unit: miles ? 'mi' : 'km', openness: result.openness, phone: result.phone, note: note(result) };
}

/** A result in full, for CALL n. */
export function resourceCard(result: ResourceResult, region: string): ResourceCard {
  return { ...resourceLine(result, region), address: result.address, description: result.description, url: result.url };
}

/** The radius in words: "50 mi", "80 km". */
export function radiusText(radiusKm: number, region: string): string {
  return region === 'US' ? `${Math.round(radiusKm / KM_PER_MILE)} mi` : `${radiusKm} km`;
}

/** Whether crisis services are all this page offers for a crisis, and none is open. */
function crisisClosed(results: readonly ResourceResult[]): boolean {
  const crisis = results.filter((result) => result.crisis);
  return crisis.length > 0 && !crisis.some((result) => result.openness.kind === 'open' || result.openness.kind === 'always');
}

/**
 * The next page of results: heading (on the first), up to three numbered places (as many as fit three segments),
 * a line open at every hour when the crisis services shown are closed, the sample note, and what to reply; with
 * how many results have been shown once it is sent.
 */
export function pageText(text: Catalog, page: ResultPage, crisisLine: CrisisLine): { readonly text: string; readonly shown: number } {
  for (let count = Math.min(PAGE_SIZE, page.results.length - page.shown); count > 1; count -= 1) {
    const candidate = pageOf(text, page, crisisLine, count);
    if (candidate.length <= PAGE_CHARS) return { text: candidate, shown: page.shown + count };
  }
  return { text: pageOf(text, page, crisisLine, 1), shown: Math.min(page.results.length, page.shown + 1) };
}

function pageOf(text: Catalog, page: ResultPage, crisisLine: CrisisLine, count: number): string {
  const slice = page.results.slice(page.shown, page.shown + count);
  const lines = [
    ...(page.shown === 0 ? [text.resourceHeader(page.what, page.place)] : []),
    ...slice.map((result, i) => text.resourceLine(page.shown + i + 1, resourceLine(result, page.region))),
  ];
  if (crisisClosed(slice)) lines.push(text.resourceAlwaysOpen(crisisLine), text.resourcePeer);
  if (slice.some((result) => result.sample)) lines.push(text.resourceSampleNote);
  lines.push(text.resourceFooter(page.shown + count < page.results.length));
  return lines.join('\n');
}

/** Nothing within reach: say so, give the national lines for the need and the crisis line, and offer a peer. */
export function nothingText(text: Catalog, what: string, place: string, radius: string, national: readonly NationalLine[], crisisLine: CrisisLine): string {
  const crisisDigits = crisisLine.contact.replace(/\D/g, '');
  // The crisis line is said last in any case; the directory's copy of it would say it twice.
  const others = national.filter((line) => {
    const digits = line.phone.replace(/\D/g, '');
    return digits === '' || !crisisDigits.includes(digits);
  });
  return [
    text.resourceNothing(what, place, radius),
    ...others.map((line) => text.resourceNational({ name: line.name, phone: line.phone, note: line.fees })),
    text.resourceAlwaysOpen(crisisLine),
    text.resourcePeer,
  ].join('\n');
}
