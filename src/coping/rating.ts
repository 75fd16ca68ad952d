// The scale's words in the program's languages; the number recognizers would do it too, but
// take seconds to load for a question whose answers are one to five.
const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5,
};

/** An answer to "Did that help? 1-5" ("4", "4/5", "four", "cuatro", "deux"); undefined if not a whole number from 1 to 5. */
export function parseRating(text: string): number | undefined {
  const said = text.trim().toLowerCase().replace(/[\s.!?]+$/, '');
  const digits = /^(?:a |like a |maybe a )?(\d+)(?:\s*(?:\/|out of|de|sur)\s*5)?\b/.exec(said);
  const value = digits?.[1] !== undefined ? Number(digits[1]) : WORDS[said];
  return value !== undefined && value >= 1 && value <= 5 ? value : undefined;
}
