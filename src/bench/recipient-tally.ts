/** How the texts that reached the carrier map onto the people who should have had exactly one. */
export interface RecipientTally {
  readonly messages: number;
  /** Expected recipients who got more than one text. */
  readonly duplicates: number;
  /** Texts beyond the first to those recipients. */
  readonly extraTexts: number;
  /** Expected recipients who got none. */
  readonly notSent: number;
  /** Texts to numbers nobody expected one at. */
  readonly unexpected: number;
}

/** Counts texts per recipient against the numbers that should each get exactly one. */
export function tallyRecipients(expected: Iterable<string>, receivedTo: Iterable<string>): RecipientTally {
  const counts = new Map<string, number>();
  for (const number of expected) counts.set(number, 0);
  let messages = 0;
  let unexpected = 0;
  for (const to of receivedTo) {
    messages += 1;
    const seen = counts.get(to);
    if (seen === undefined) unexpected += 1;
    else counts.set(to, seen + 1);
  }
  let duplicates = 0;
  let extraTexts = 0;
  let notSent = 0;
  for (const count of counts.values()) {
    if (count === 0) notSent += 1;
    if (count > 1) {
      duplicates += 1;
      extraTexts += count - 1;
    }
  }
  return { messages, duplicates, extraTexts, notSent, unexpected };
}
