/** SKIP and its translations: the answer that leaves a question unanswered. */
export function isSkip(text: string | undefined): boolean {
  return /^\s*(skip|pass|next|saltar|omitir|paso|passer|suivant)\s*[.!]?\s*$/i.test(text ?? '');
}
