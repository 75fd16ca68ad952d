import { type TextNormalizer } from './text-normalizer.js';

/** Words in a gap `...` when no size is given. */
const DEFAULT_GAP = 4;
const MAX_GAP = 12;
const LEXEME = /\s*(\.\.\.\d*|\(|\)|\[|\]|\||\?|@[a-z_]+|#|\/[^/\s]+\/|[^\s()[\]|?]+)/y;

/** What a compiled phrase can spell: its literal words, the stems it matches by prefix, and whether it can match other words. */
export interface Spelling {
  readonly words: Set<string>;
  readonly prefixes: Set<string>;
  /** True when a gap, `#` or `/regex/` can match a word that is not spelled out. */
  open: boolean;
}

/** A phrase compiled to regex source, with what it spells. */
export interface CompiledPhrase {
  readonly source: string;
  /** Every literal word, stems included (to tell a rule's own "never" from a negation). */
  readonly words: ReadonlySet<string>;
  readonly spelling: Spelling;
}

function emptySpelling(): Spelling {
  return { words: new Set(), prefixes: new Set(), open: false };
}

function mergeInto(target: Spelling, from: Spelling): void {
  for (const w of from.words) target.words.add(w);
  for (const p of from.prefixes) target.prefixes.add(p);
  if (from.open) target.open = true;
}

/** Turns phrases written in the rule syntax (rules/README.md) into regular-expression source over normalized text. */
export class PhraseCompiler {
  private readonly lexiconCache = new Map<string, { source: string; spelling: Spelling }>();
  private readonly expanding = new Set<string>();
  private collected: Spelling | undefined;

  constructor(
    private readonly normalizer: TextNormalizer,
    private readonly words: Readonly<Record<string, readonly string[]>>,
  ) {}

  /**
   * Regex source matching any of the phrases. A match starts with the space before its first token (a literal
   * first character lets the engine scan fast) and ends with the space after its last; see token-span.ts.
   */
  compileAny(phrases: readonly string[]): string {
    return this.compileWithWords(phrases).source;
  }

  /** Like compileAny, and also what the phrases spell. */
  compileWithWords(phrases: readonly string[]): CompiledPhrase {
    const outer = this.collected;
    const spelling = emptySpelling();
    this.collected = spelling;
    try {
      return { source: ` (?:${phrases.map((p) => this.compilePhrase(p)).join('|')})`, words: spelling.words, spelling };
    } finally {
      this.collected = outer;
      if (outer) mergeInto(outer, spelling);
    }
  }

  /** Notes that the phrase being compiled can match a word it does not spell. */
  markOpen(): void {
    if (this.collected) this.collected.open = true;
  }

  /** Regex source for one phrase (no anchoring). */
  compilePhrase(phrase: string): string {
    const parser = new PhraseParser(lex(phrase), phrase, this);
    const source = parser.parseAlternatives();
    parser.expectEnd();
    if (source === '') throw new Error(`phrase "${phrase}" matches nothing`);
    return source;
  }

  /** Regex source for a literal run of words. */
  literal(word: string, prefix: boolean): string {
    const tokens = this.normalizer.phraseTokens(word);
    if (tokens.length === 0) return '';
    for (const t of tokens) this.collected?.words.add(t);
    const last = tokens[tokens.length - 1];
    if (prefix && last !== undefined) this.collected?.prefixes.add(last);
    return tokens.map((t, i) => (prefix && i === tokens.length - 1 ? `${t}[^ ]* ` : `${t} `)).join('');
  }

  /** Regex source for a named word list `@name`. */
  wordList(name: string): string {
    let entry = this.lexiconCache.get(name);
    if (entry === undefined) {
      const entries = this.words[name];
      if (!entries) throw new Error(`unknown word list @${name}`);
      if (this.expanding.has(name)) throw new Error(`word list @${name} refers to itself`);
      this.expanding.add(name);
      const outer = this.collected;
      const spelling = emptySpelling();
      this.collected = spelling;
      try {
        entry = { source: `(?:${entries.map((e) => this.compilePhrase(e)).join('|')})`, spelling };
      } finally {
        this.collected = outer;
        this.expanding.delete(name);
      }
      this.lexiconCache.set(name, entry);
    }
    if (this.collected) mergeInto(this.collected, entry.spelling);
    return entry.source;
  }
}

function lex(phrase: string): string[] {
  const out: string[] = [];
  LEXEME.lastIndex = 0;
  let pos = 0;
  while (pos < phrase.length) {
    LEXEME.lastIndex = pos;
    const m = LEXEME.exec(phrase);
    if (!m) {
      if (phrase.slice(pos).trim() === '') break;
      throw new Error(`phrase "${phrase}": cannot read "${phrase.slice(pos)}"`);
    }
    if (m[1] !== undefined) out.push(m[1]);
    pos = LEXEME.lastIndex;
  }
  return out;
}

class PhraseParser {
  private pos = 0;

  constructor(
    private readonly lexemes: readonly string[],
    private readonly phrase: string,
    private readonly compiler: PhraseCompiler,
  ) {}

  parseAlternatives(): string {
    const alternatives = [this.parseSequence()];
    while (this.peek() === '|') {
      this.pos += 1;
      alternatives.push(this.parseSequence());
    }
    return alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
  }

  expectEnd(): void {
    if (this.pos < this.lexemes.length) this.fail(`unexpected "${this.peek() ?? ''}"`);
  }

  private parseSequence(): string {
    let source = '';
    for (let next = this.peek(); next !== undefined && next !== '|' && next !== ')' && next !== ']'; next = this.peek()) {
      const item = this.parseItem(next);
      if (this.peek() === '?') {
        this.pos += 1;
        source += `(?:${item})?`;
      } else {
        source += item;
      }
    }
    return source;
  }

  private parseItem(lexeme: string): string {
    this.pos += 1;
    if (lexeme === '(' || lexeme === '[') {
      const inner = this.parseAlternatives();
      const close = lexeme === '(' ? ')' : ']';
      if (this.peek() !== close) this.fail(`missing "${close}"`);
      this.pos += 1;
      return lexeme === '(' ? `(?:${inner})` : `(?:${inner})?`;
    }
    if (lexeme === ')' || lexeme === ']' || lexeme === '|' || lexeme === '?') this.fail(`unexpected "${lexeme}"`);
    // A gap needs no mark: a phrase whose only fixed part is a gap can match nothing, and those are refused.
    if (lexeme.startsWith('...')) return gap(lexeme, (m) => this.fail(m));
    if (lexeme === '#') {
      this.compiler.markOpen();
      return '[0-9]+ ';
    }
    if (lexeme.startsWith('@')) return this.wrap(() => this.compiler.wordList(lexeme.slice(1)));
    if (lexeme.length > 2 && lexeme.startsWith('/') && lexeme.endsWith('/')) {
      this.compiler.markOpen();
      return tokenRegex(lexeme, (m) => this.fail(m));
    }
    const prefix = lexeme.endsWith('*');
    const source = this.compiler.literal(prefix ? lexeme.slice(0, -1) : lexeme, prefix);
    if (source === '') this.fail(`"${lexeme}" has no letters or digits`);
    return source;
  }

  private wrap(compile: () => string): string {
    try {
      return compile();
    } catch (error) {
      return this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  private peek(): string | undefined {
    return this.lexemes[this.pos];
  }

  private fail(message: string): never {
    throw new Error(`phrase "${this.phrase}": ${message}`);
  }
}

function gap(lexeme: string, fail: (m: string) => never): string {
  const size = lexeme.length > 3 ? Number(lexeme.slice(3)) : DEFAULT_GAP;
  if (!Number.isInteger(size) || size < 1 || size > MAX_GAP) fail(`gap "${lexeme}" must be ...1 to ...${MAX_GAP}`);
  return `(?:[^ .]+ ){0,${size}}`;
}

function tokenRegex(lexeme: string, fail: (m: string) => never): string {
  const body = lexeme.slice(1, -1);
  try {
    new RegExp(body);
  } catch {
    fail(`bad token pattern ${lexeme}`);
  }
  return `(?:${body}) `;
}
