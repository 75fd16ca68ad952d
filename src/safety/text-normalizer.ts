import { type Shorthand } from './rule-schema.js';

/** A message reduced to matching form: lowercase ASCII tokens, one space apart, with "." ending sentences. */
export interface NormalizedText {
  /** " tok tok . tok " — a leading and trailing space so every token is space-delimited. */
  readonly text: string;
  /** The tokens of `text` in order (squeezed, sentence ends included), so nobody splits `text` again. */
  readonly tokens: readonly string[];
  /** The tokens before repeated letters were squeezed, for readable evidence. */
  readonly display: readonly string[];
  /** Character offset of each token in `text`. */
  readonly starts: readonly number[];
  /** Sentence number of each token. */
  readonly sentence: readonly number[];
  /** Clause number of each token: commas end clauses but, unlike sentences, do not break phrases. */
  readonly clause: readonly number[];
}

/** The sentence-boundary token. */
export const SENTENCE_END = '.';
const CLAUSE_END = ',';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EMOJI_JOINERS = /[\uFE0E\uFE0F\u200D]|\uD83C[\uDFFB-\uDFFF]/g;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘`´ʼ]/g;
// English contractions are joined ("don't" → "dont"); other apostrophes split French elisions ("j'ai" → "j ai").
const CONTRACTION = /'(t|m|s|re|ll|d|ve)(?![a-z])/g;
const LEET_CANDIDATE = /[a-z0-9@$]+(?:!+[a-z0-9@$]+)*/g;
const MEASURE = /^\d+(?:[a-z]{1,3})$/;
const LEET_MAP: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i',
};
const LEET_CHARS = /[013457@$!]/g;
const LEET_PRESENT = /[a-z][013457@$!]|[013457@$!][a-z]/;
const NON_ASCII = /[^ -~\t\n\r]/;
const SENTENCE_PUNCT = /[.!?;…\n\r]+/g;
const CLAUSE_PUNCT = /[,:]+/g;
const OTHER_CHARS = /[^a-z0-9., ]+/g;
const REPEATED_LETTER = /([a-z])\1+/g;
const LOWER_A = 97;
const LOWER_Z = 122;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const LIGATURE_CHARS = /[œæßøłđ]/g;

/** Turns raw texting into matching form; rule phrases go through the same steps, so both sides agree. */
export class TextNormalizer {
  private readonly tokenMap: ReadonlyMap<string, readonly string[]>;
  private readonly spelledOut: ReadonlySet<string>;
  private readonly emojiPattern: RegExp | undefined;
  private readonly emojiMap: ReadonlyMap<string, string>;

  constructor(shorthand: Shorthand) {
    this.tokenMap = new Map(
      Object.entries(shorthand.tokens).map(([from, to]) => [from, this.baseTokens(to)] as const),
    );
    this.spelledOut = new Set(shorthand.spelledOut);
    const emoji = new Map<string, string>();
    for (const [symbol, word] of Object.entries(shorthand.emoji)) {
      emoji.set(symbol.replace(EMOJI_JOINERS, ''), ` ${word} `);
    }
    this.emojiMap = emoji;
    const keys = [...emoji.keys()].filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
    this.emojiPattern = keys.length > 0 ? new RegExp(keys.map(escapeRegExp).join('|'), 'gu') : undefined;
  }

  /** Normalizes a whole message. */
  normalize(raw: string): NormalizedText {
    let s = raw;
    if (NON_ASCII.test(s)) {
      s = s.replace(LONE_SURROGATE, ' ').replace(EMOJI_JOINERS, '');
      if (this.emojiPattern) s = s.replace(this.emojiPattern, (e) => this.emojiMap.get(e) ?? ' ');
    }
    const display = this.expand(this.baseTokens(s));
    return assemble(display);
  }

  /** Normalizes a literal piece of a rule phrase into squeezed tokens (no sentence marks). */
  phraseTokens(words: string): string[] {
    return this.expand(this.baseTokens(words))
      .filter((t) => t !== SENTENCE_END && t !== CLAUSE_END)
      .map(squeeze);
  }

  private baseTokens(s: string): string[] {
    let folded = s.toLowerCase();
    if (NON_ASCII.test(folded)) {
      folded = folded
        .normalize('NFKD')
        .replace(COMBINING_MARKS, '')
        .replace(LIGATURE_CHARS, (c) => LIGATURES[c] ?? c)
        .replace(APOSTROPHES, "'");
    }
    folded = folded.replace(CONTRACTION, '$1');
    if (LEET_PRESENT.test(folded)) folded = folded.replace(LEET_CANDIDATE, deLeet);
    folded = folded
      .replace(SENTENCE_PUNCT, ' . ')
      .replace(CLAUSE_PUNCT, ' , ')
      .replace(OTHER_CHARS, ' ');
    const tokens: string[] = [];
    for (const t of folded.split(' ')) {
      if (t === '') continue;
      const previous = tokens[tokens.length - 1];
      if ((t === SENTENCE_END || t === CLAUSE_END) && (previous === undefined || previous === t)) continue;
      tokens.push(t);
    }
    return tokens;
  }

  /** Joins spelled-out words ("k m s") and rewrites shorthand tokens ("wanna" → "want to"). */
  private expand(tokens: readonly string[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < tokens.length) {
      const joined = this.spelledOutAt(tokens, i);
      if (joined) {
        out.push(joined.word);
        i = joined.next;
        continue;
      }
      const t = tokens[i] ?? '';
      const replacement = this.tokenMap.get(t) ?? this.tokenMap.get(squeeze(t));
      if (replacement) out.push(...replacement);
      else out.push(t);
      i += 1;
    }
    return out;
  }

  private spelledOutAt(tokens: readonly string[], from: number): { word: string; next: number } | undefined {
    let end = from;
    while (end < tokens.length && /^[a-z]$/.test(tokens[end] ?? '')) end += 1;
    if (end - from < 2) return undefined;
    const word = tokens.slice(from, end).join('');
    return this.spelledOut.has(word) ? { word, next: end } : undefined;
  }
}

function deLeet(token: string): string {
  if (!/[a-z]/.test(token) || MEASURE.test(token)) return token;
  return token.replace(LEET_CHARS, (c) => LEET_MAP[c] ?? c);
}

/** Collapses repeated letters ("sooooo" → "so", "kill" → "kil"), applied to text and phrases alike. */
export function squeeze(token: string): string {
  // Most words have no doubled letter; finding that out by hand is much cheaper than a regex replace.
  for (let i = 1; i < token.length; i += 1) {
    const c = token.charCodeAt(i);
    if (c === token.charCodeAt(i - 1) && c >= LOWER_A && c <= LOWER_Z) return token.replace(REPEATED_LETTER, '$1');
  }
  return token;
}

function assemble(tokens: readonly string[]): NormalizedText {
  const display: string[] = [];
  const squeezed: string[] = [];
  const starts: number[] = [];
  const sentence: number[] = [];
  const clause: number[] = [];
  let text = ' ';
  let sentenceNo = 0;
  let clauseNo = 0;
  for (const token of tokens) {
    if (token === CLAUSE_END) {
      clauseNo += 1;
      continue;
    }
    display.push(token);
    starts.push(text.length);
    sentence.push(sentenceNo);
    clause.push(clauseNo);
    if (token === SENTENCE_END) {
      sentenceNo += 1;
      clauseNo += 1;
    }
    const matchable = squeeze(token);
    squeezed.push(matchable);
    text += `${matchable} `;
  }
  return { text, tokens: squeezed, display, starts, sentence, clause };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
