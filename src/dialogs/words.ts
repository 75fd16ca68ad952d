/** SKIP and its translations: the answer that leaves a question unanswered. */
export function isSkip(text: string | undefined): boolean {
  return /^\s*(skip|pass|next|saltar|omitir|paso|passer|suivant)\s*[.!]?\s*$/i.test(text ?? '');
}

/** A reply as words are compared: lower case, without accents or surrounding punctuation, straight apostrophes. */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
}
