/** Markdown as bots write it, reduced to plain text for SMS. */

const RULES: readonly (readonly [RegExp, string])[] = [
  [/\[([^\]\n]+)\]\((\S+?)\)/g, '$1 $2'],
  [/\*\*(?=\S)([^*\n]+?)\*\*/g, '$1'],
  [/__(?=\S)([^_\n]+?)__/g, '$1'],
  [/~~(?=\S)([^~\n]+?)~~/g, '$1'],
  // Single markers only at word edges, so snake_case names and "2*3" survive.
  [/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)\*(?![\p{L}\p{N}*])/gu, '$1'],
  [/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]+?)_(?![\p{L}\p{N}_])/gu, '$1'],
  [/`([^`\n]+)`/g, '$1'],
  [/^#{1,6}\s+/gm, ''],
];

/** Removes bold, italics, strike-through, code marks and heading marks; `[text](url)` becomes `text url`. */
export function stripMarkdown(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
