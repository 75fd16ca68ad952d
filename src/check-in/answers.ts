import { Culture } from '@microsoft/recognizers-text-suite';
import { booleansIn, numbersIn } from '../understanding/recognizers.js';

/** The cultures answers are read in: the person's own first, then the others the program speaks. */
export function culturesFor(locale: string | null | undefined): string[] {
  const all = [Culture.English, Culture.Spanish, Culture.French];
  const own = (locale ?? '').slice(0, 2).toLowerCase();
  const first = all.find((culture) => culture.startsWith(own));
  return first ? [first, ...all.filter((culture) => culture !== first)] : all;
}

const toNumber = (value: string): number => Number(value.replace(',', '.'));

// "6/10" and "6 out of 10" are a score, not the fraction the recognizers make of them.
const OUT_OF_TEN = /(\d+(?:[.,]\d+)?)\s*(?:\/|out of|sur|de)\s*10\b/i;
// "seven and a half", "siete y media", "sept et demie": the recognizers disagree on these.
const AND_A_HALF = /^(.*?)\s*(?:and a half|y media|et demie|½)/i;
const DIGITS = /(-?\d+(?:[.,]\d+)?)/;

function firstNumber(text: string, cultures: readonly string[]): number | undefined {
  const digits = DIGITS.exec(text);
  if (digits?.[1]) return toNumber(digits[1]);
  for (const culture of cultures) {
    const [found] = numbersIn(text, culture);
    const value = (found?.resolution as { value?: string } | undefined)?.value;
    if (value !== undefined && Number.isFinite(toNumber(value))) return toNumber(value);
  }
  return undefined;
}

/** A 0–10 score as people write it ("like a 6", "six", "6/10", "seis"); undefined if not one. */
export function parseScale(text: string, cultures: readonly string[]): number | undefined {
  const outOfTen = OUT_OF_TEN.exec(text);
  const value = outOfTen?.[1] !== undefined ? toNumber(outOfTen[1]) : firstNumber(text, cultures);
  if (value === undefined || value < 0 || value > 10) return undefined;
  return Math.round(value);
}

/** Hours of sleep ("about seven and a half hours", "6h", "ocho"); undefined if not 0–24. */
export function parseHours(text: string, cultures: readonly string[]): number | undefined {
  const half = AND_A_HALF.exec(text);
  const whole = half?.[1] !== undefined ? firstNumber(half[1], cultures) : undefined;
  const value = whole !== undefined ? whole + 0.5 : firstNumber(text, cultures);
  if (value === undefined || value < 0 || value > 24) return undefined;
  return Math.round(value * 2) / 2;
}

// What the recognizers do not read as yes or no, but people text all the time.
const EXTRA_NO = /^(nah+|naw|nope|no+pe|nop|no way|not really|not at all|nada|para nada|pas vraiment|pas du tout|non merci|nan)\b/i;
const EXTRA_YES = /^(ya+|yea+h?|yep|yup|ye+s+|si+|sí|oui|ouais|a little|a bit|un poco|un peu)\b/i;

/** Yes or no as people write it, in English, Spanish or French, slang included ("nah", "ouais"); undefined if neither. */
export function parseYesNo(text: string, cultures: readonly string[]): boolean | undefined {
  const trimmed = text.trim().toLowerCase();
  if (EXTRA_NO.test(trimmed)) return false;
  if (EXTRA_YES.test(trimmed)) return true;
  return recognizeYesNo(trimmed, cultures);
}

/** Only a plain yes or no ("yes", "sí", "non"), in the cultures given: for a question whose yes cannot be undone. */
export function recognizeYesNo(text: string, cultures: readonly string[]): boolean | undefined {
  const trimmed = text.trim().toLowerCase();
  for (const culture of cultures) {
    const [found] = booleansIn(trimmed, culture);
    const value = (found?.resolution as { value?: unknown } | undefined)?.value;
    if (typeof value === 'boolean') return value;
  }
  return undefined;
}

/** The words around a score, kept as the optional line about the day ("6, rough morning" → "rough morning"). */
export function noteBesideScore(text: string, cultures: readonly string[]): string | undefined {
  const withoutScale = text.replace(OUT_OF_TEN, ' ').replace(/\s*(\bout of|\bsur|\/)\s*10\b/gi, ' ');
  const span = numberSpan(withoutScale, cultures);
  const rest = span ? `${withoutScale.slice(0, span.start)} ${withoutScale.slice(span.end)}` : withoutScale;
  const note = rest
    .replace(/^\s*(like|about|around|maybe|prob(ably)?|como|genre|environ)?\s*(an?|un|une)?\s+/i, ' ')
    .replace(/^[\s,.;:!-]+|[\s,;:-]+$/g, '')
    .trim();
  const filler = /^(i guess|i think|tbh|ish|lol|ok|okay|maybe|idk|honestly|creo|je pense|genre|like|about)$/i;
  if (!/\p{L}{2,}/u.test(note) || note.length < 3 || filler.test(note)) return undefined;
  return note.slice(0, 280);
}

function numberSpan(text: string, cultures: readonly string[]): { start: number; end: number } | undefined {
  const digits = DIGITS.exec(text);
  if (digits) return { start: digits.index, end: digits.index + digits[0].length };
  for (const culture of cultures) {
    const [found] = numbersIn(text, culture);
    if (found) return { start: found.start, end: found.end + 1 };
  }
  return undefined;
}
