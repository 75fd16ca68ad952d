import { ChoiceRecognizer } from '@microsoft/recognizers-text-choice';
import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import type { recognizeNumber } from '@microsoft/recognizers-text-suite';

type ModelResult = ReturnType<typeof recognizeNumber>[number];

/**
 * The recognizers' models, built once per culture. The suite's one-call functions build a new
 * recognizer, and all its models, on every call: seconds of CPU for each French or Spanish
 * answer. A model is stateless between calls, so one per culture serves every turn.
 */
const cache = new Map<string, { parse(query: string, reference?: Date): ModelResult[] }>();

function model(kind: string, culture: string, build: () => { parse(query: string, reference?: Date): ModelResult[] }) {
  const key = `${kind}:${culture}`;
  let found = cache.get(key);
  if (!found) {
    found = build();
    cache.set(key, found);
  }
  return found;
}

/** Numbers in the text ("six", "6/10", "siete y media"), read in `culture`. */
export function numbersIn(text: string, culture: string): ModelResult[] {
  return model('number', culture, () => new NumberRecognizer(culture, undefined, true).getNumberModel(culture)).parse(text);
}

/** Yes or no in the text, read in `culture`. */
export function booleansIn(text: string, culture: string): ModelResult[] {
  return model('boolean', culture, () => new ChoiceRecognizer(culture, undefined, true).getBooleanModel(culture)).parse(text);
}

/** Dates, times and sets in the text, read in `culture` relative to `reference` (now by default). */
export function dateTimesIn(text: string, culture: string, reference: Date = new Date()): ModelResult[] {
  return model('datetime', culture, () => new DateTimeRecognizer(culture, undefined, true).getDateTimeModel(culture)).parse(text, reference);
}

// Words that take each model through its slow first paths (its large regexes are built on first use).
const WARM_UP: Readonly<Record<string, readonly string[]>> = {
  number: ['seven and a half', 'siete y media', 'sept et demie', 'deux', '6/10'],
  boolean: ['yes', 'no'],
  datetime: ['every weekday at 7:30 am', 'tomorrow at 9', 'in 2 hours'],
};

/**
 * Builds and exercises every model for these cultures, so the first person to write in French
 * or Spanish does not wait seconds while the regular expressions are compiled. It yields to
 * the event loop between phrases, so a server keeps answering while it warms.
 */
export async function warmRecognizers(cultures: readonly string[]): Promise<void> {
  const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  for (const culture of cultures) {
    for (const text of WARM_UP.number ?? []) {
      numbersIn(text, culture);
      await yieldTurn();
    }
    for (const text of WARM_UP.boolean ?? []) {
      booleansIn(text, culture);
      await yieldTurn();
    }
    for (const text of WARM_UP.datetime ?? []) {
      dateTimesIn(text, culture);
      await yieldTurn();
    }
  }
}

/** The cultures the bot reads people in. */
export const READ_CULTURES = ['en-us', 'es-es', 'fr-fr'] as const;
