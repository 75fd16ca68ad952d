/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
  }
  return short.slice(i) === long.slice(i + 1);
}

/** The word and every form of it with one character left out. */
export function oneDeletionVariants(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/** Finds dictionary keys within one edit of a query, via shared one-deletion variants. */
export class TypoIndex {
  private readonly byVariant = new Map<string, string[]>();

  constructor(keys: Iterable<string>, readonly minLength: number) {
    for (const key of new Set(keys)) {
      if (key.length < minLength) continue;
      for (const variant of new Set(oneDeletionVariants(key))) {
        const list = this.byVariant.get(variant) ?? [];
        list.push(key);
        this.byVariant.set(variant, list);
      }
    }
  }

  /** Keys one edit away from the query (the query itself included when it is a key). */
  near(query: string): string[] {
    if (query.length < this.minLength - 1) return [];
    const found = new Set<string>();
    for (const variant of oneDeletionVariants(query)) {
      for (const key of this.byVariant.get(variant) ?? []) if (withinOneEdit(query, key)) found.add(key);
    }
    return [...found];
  }
}
