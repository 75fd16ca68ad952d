// Abbreviations people use inside place names; expanded only when another word follows,
// so "MT" (Montana, Mountain time) and "Main St" stay as they are.
const EXPANSIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount' };

/** Lower-case word tokens without accents or punctuation: "St. John's" → ["saint", "johns"]. */
export function tokenize(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`´]s\b/g, 's')
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (plain === '') return [];
  const words = plain.split(' ');
  return words.map((word, i) => (i < words.length - 1 ? (EXPANSIONS[word] ?? word) : word));
}

/** The lookup key for a name: its tokens joined by single spaces. */
export function normalizeKey(text: string): string {
  return tokenize(text).join(' ');
}
