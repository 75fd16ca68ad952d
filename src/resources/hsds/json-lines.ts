/** One item of a JSON list: the line it starts on and its text. */
export interface JsonItem {
  readonly line: number;
  readonly text: string;
}

/**
 * The items of an HSDS JSON list, found by brackets alone (so one broken item does not hide the
 * others): the items of a top-level array, or of an array inside the top-level object (the
 * API's paged form, `{"contents": [...]}`).
 */
export function jsonItems(text: string): JsonItem[] {
  const items: JsonItem[] = [];
  let current: { line: number; start: number } | undefined;
  const close = (end: number) => {
    if (current) items.push({ line: current.line, text: text.slice(current.start, end) });
    current = undefined;
  };
  const stack: string[] = [];
  let line = 1;
  let inString = false;
  // After an item list's "[" or ",": the next token starts an item.
  let expecting = false;
  const inItemList = () => {
    const path = stack.join('');
    return path === '[' || path === '{[';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (expecting && char !== ']') {
      current = { line, start: i };
      expecting = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      stack.push(char);
      if (char === '[' && inItemList()) expecting = true;
    } else if (char === ']' || char === '}') {
      if (char === ']' && inItemList()) close(i);
      stack.pop();
    } else if (char === ',' && inItemList()) {
      close(i);
      expecting = true;
    }
  }
  return items;
}

/** The line each item of an HSDS JSON list starts on. */
export function itemLines(text: string): number[] {
  return jsonItems(text).map((item) => item.line);
}

/** The line of a character offset, for a JSON syntax error's position. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
