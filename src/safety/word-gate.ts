import { type Spelling } from './phrase-compiler.js';
import { type NormalizedText } from './text-normalizer.js';

/** Shortest stem indexed: a shorter `word*` stem makes its pattern always run. */
const MIN_STEM = 2;
/** Stems are filed under their first letters, so a word costs two lookups however long it is. */
const KEY_LENGTH = 3;

interface Stem {
  readonly stem: string;
  readonly ids: number[];
}

/**
 * Says, before any regex runs, which patterns could match a message: a pattern made only of spelled words
 * cannot match unless one of its words (or a word starting with one of its stems) is in the message.
 */
export class WordGate {
  private readonly byWord = new Map<string, number[]>();
  private readonly byKey = new Map<string, Stem[]>();
  private readonly always: number[] = [];
  private count = 0;

  /** Registers a pattern by what it spells; returns its gate number. */
  add(spelling: Spelling): number {
    const id = this.count;
    this.count += 1;
    if (spelling.open || [...spelling.prefixes].some((p) => p.length < MIN_STEM)) {
      this.always.push(id);
      return id;
    }
    for (const w of spelling.words) push(this.byWord, w, id);
    for (const p of spelling.prefixes) this.addStem(p, id);
    return id;
  }

  /** One flag per gate number: 1 when the pattern could match this message. */
  open(norm: NormalizedText): Uint8Array {
    const flags = new Uint8Array(this.count);
    for (const id of this.always) flags[id] = 1;
    const text = norm.text;
    let start = 1;
    for (let end = text.indexOf(' ', start); end !== -1; end = text.indexOf(' ', start)) {
      if (end > start) this.markToken(flags, text.slice(start, end));
      start = end + 1;
    }
    return flags;
  }

  private markToken(flags: Uint8Array, token: string): void {
    mark(flags, this.byWord.get(token));
    if (token.length < MIN_STEM) return;
    this.markStems(flags, token, this.byKey.get(token.slice(0, MIN_STEM)));
    if (token.length >= KEY_LENGTH) this.markStems(flags, token, this.byKey.get(token.slice(0, KEY_LENGTH)));
  }

  private markStems(flags: Uint8Array, token: string, stems: readonly Stem[] | undefined): void {
    if (stems) for (const s of stems) if (token.startsWith(s.stem)) mark(flags, s.ids);
  }

  private addStem(stem: string, id: number): void {
    const key = stem.slice(0, Math.min(stem.length, KEY_LENGTH));
    let stems = this.byKey.get(key);
    if (!stems) {
      stems = [];
      this.byKey.set(key, stems);
    }
    const known = stems.find((s) => s.stem === stem);
    if (known) known.ids.push(id);
    else stems.push({ stem, ids: [id] });
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function mark(flags: Uint8Array, ids: readonly number[] | undefined): void {
  if (ids) for (const id of ids) flags[id] = 1;
}
