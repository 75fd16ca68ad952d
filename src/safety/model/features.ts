/** Normalised word tokens: lowercase, accents and repeated letters folded, as the model reads a message. */
export function modelTokens(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(.)\1{2,}/g, '$1$1');
  return folded.match(/[a-z0-9']+/g) ?? [];
}

/**
 * The model's features of a message, each once: words, word pairs and 4-letter pieces
 * (which carry misspellings and word forms the training text never had).
 */
export function modelFeatures(tokens: readonly string[]): Set<string> {
  const features = new Set<string>();
  for (const word of tokens) features.add(`w:${word}`);
  for (let i = 1; i < tokens.length; i += 1) features.add(`b:${tokens[i - 1]}_${tokens[i]}`);
  const joined = ` ${tokens.join(' ')} `;
  for (let i = 0; i + 4 <= joined.length; i += 1) features.add(`c:${joined.slice(i, i + 4)}`);
  return features;
}
