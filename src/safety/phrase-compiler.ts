import { type TextNormalizer } from './text-normalizer.js';

/** Words in a gap `...` when no size is given. */
const DEFAULT_GAP = 4;
const MAX_GAP = 12;
const LEXEME = /\s*(\.\.\.\d*|\(|\)|\[|\]|\||\?|@[a-z_]+|#|\/[^/\s]+\/|[^\s()[\]|?]+)/y;

/**
 * Function words of the three languages: nearly every message has one, so a clause made of them rules nothing
 * out. Only used to choose which clause stands for an alternative; a wrong guess costs speed, never a verdict.
 */
const COMMON_WORDS = new Set(
  (
    'a an the my me i im to of and in on at it its is be was are you your u he she they we him her them his our ' +
    'this that so just not no do dont for with all but or if up out get got have like what when can now too ' +
    'de la el los las y en que mi un una por con se lo le es para al del mas ya yo tu te su ' +
    'les et je mon ma mes une pour pas ne il elle est au du des ce sur j l d c qu'
  ).split(' '),
);

/**
 * A term is a word a message must contain (`kil`) or a stem one of its words must start with (`overdos*`).
 * A clause is satisfied when the message has any of its terms; a requirement is satisfied when every clause is.
 */
export type Clause = readonly string[];

/** Clauses that must all be satisfied for a phrase to match: a necessary condition, never a sufficient one. */
export type Requirement = readonly Clause[];

/** A phrase compiled to regex source, with the words it spells and the words it cannot match without. */
export interface CompiledPhrase {
  readonly source: string;
  /** Every literal word, stems included (to tell a rule's own "never" from a negation). */
  readonly words: ReadonlySet<string>;
  /** What any match needs in the message; empty when the phrase could match words it does not spell. */
  readonly required: Requirement;
}

/** A piece of a phrase: its regex source and what a match of it needs. */
export interface Part {
  readonly source: string;
  readonly required: Requirement;
}

/** Turns phrases written in the rule syntax (rules/README.md) into regular-expression source over normalized text. */
export class PhraseCompiler {
  private readonly lexiconCache = new Map<string, { part: Part; words: ReadonlySet<string> }>();
  private readonly expanding = new Set<string>();
  private collected: Set<string> | undefined;

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

  /** Like compileAny, and also what the phrases spell and need. */
  compileWithWords(phrases: readonly string[]): CompiledPhrase {
    const { part, words } = this.collecting(() => anyOf(phrases.map((p) => this.compilePart(p))));
    return { source: ` (?:${part.source})`, words, required: part.required };
  }

  /** Regex source for one phrase (no anchoring), and what a match of it needs. */
  compilePart(phrase: string): Part {
    const parser = new PhraseParser(lex(phrase), phrase, this);
    const part = parser.parseAlternatives();
    parser.expectEnd();
    if (part.source === '') throw new Error(`phrase "${phrase}" matches nothing`);
    return part;
  }

  /** Regex source for a literal run of words; each word (the stem, for `word*`) is needed. */
  literal(word: string, prefix: boolean): Part {
    const tokens = this.normalizer.phraseTokens(word);
    for (const t of tokens) this.collected?.add(t);
    const last = tokens.length - 1;
    return {
      source: tokens.map((t, i) => (prefix && i === last ? `${t}[^ ]* ` : `${t} `)).join(''),
      required: tokens.map((t, i) => [prefix && i === last ? `${t}*` : t]),
    };
  }

  /** Regex source for a named word list `@name`. */
  wordList(name: string): Part {
    let entry = this.lexiconCache.get(name);
    if (entry === undefined) {
      const entries = this.words[name];
      if (!entries) throw new Error(`unknown word list @${name}`);
      if (this.expanding.has(name)) throw new Error(`word list @${name} refers to itself`);
      this.expanding.add(name);
      try {
        entry = this.collecting(() => {
          const part = anyOf(entries.map((e) => this.compilePart(e)));
          return { source: `(?:${part.source})`, required: part.required };
        });
      } finally {
        this.expanding.delete(name);
      }
      this.lexiconCache.set(name, entry);
    }
    for (const w of entry.words) this.collected?.add(w);
    return entry.part;
  }

  /** Runs a compilation with its own word collection, then adds those words to the enclosing one. */
  private collecting(compile: () => Part): { part: Part; words: ReadonlySet<string> } {
    const outer = this.collected;
    const words = new Set<string>();
    this.collected = words;
    try {
      return { part: compile(), words };
    } finally {
      this.collected = outer;
      if (outer) for (const w of words) outer.add(w);
    }
  }
}

/** One of several alternatives: each needs its own most selective clause, so together they need one of those. */
function anyOf(parts: readonly Part[]): Part {
  const [only] = parts;
  if (parts.length === 1 && only) return only;
  const source = parts.map((p) => p.source).join('|');
  const terms = new Set<string>();
  for (const part of parts) {
    const best = mostSelective(part.required);
    if (best === undefined) return { source, required: [] };
    for (const t of best) terms.add(t);
  }
  return { source, required: [[...terms].sort()] };
}

/** A sequence needs everything each of its parts needs. */
function allOf(parts: readonly Part[]): Part {
  return { source: parts.map((p) => p.source).join(''), required: parts.flatMap((p) => p.required) };
}

function mostSelective(required: Requirement): Clause | undefined {
  let best: Clause | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const clause of required) {
    const cost = clause.reduce((sum, term) => sum + termCost(term), 0);
    if (cost < bestCost) {
      best = clause;
      bestCost = cost;
    }
  }
  return best;
}

/** How often a term is likely to be in a message, roughly: common words and short stems are nearly always there. */
function termCost(term: string): number {
  if (term.endsWith('*')) return term.length <= 3 ? 50 : term.length <= 4 ? 5 : 2;
  return COMMON_WORDS.has(term) ? 100 : 1;
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

  parseAlternatives(): Part {
    const alternatives = [this.parseSequence()];
    while (this.peek() === '|') {
      this.pos += 1;
      alternatives.push(this.parseSequence());
    }
    const part = anyOf(alternatives);
    return alternatives.length === 1 ? part : { source: `(?:${part.source})`, required: part.required };
  }

  expectEnd(): void {
    if (this.pos < this.lexemes.length) this.fail(`unexpected "${this.peek() ?? ''}"`);
  }

  private parseSequence(): Part {
    const items: Part[] = [];
    for (let next = this.peek(); next !== undefined && next !== '|' && next !== ')' && next !== ']'; next = this.peek()) {
      const item = this.parseItem(next);
      if (this.peek() === '?') {
        this.pos += 1;
        items.push(optional(item.source));
      } else {
        items.push(item);
      }
    }
    return allOf(items);
  }

  private parseItem(lexeme: string): Part {
    this.pos += 1;
    if (lexeme === '(' || lexeme === '[') {
      const inner = this.parseAlternatives();
      const close = lexeme === '(' ? ')' : ']';
      if (this.peek() !== close) this.fail(`missing "${close}"`);
      this.pos += 1;
      return lexeme === '(' ? { source: `(?:${inner.source})`, required: inner.required } : optional(inner.source);
    }
    if (lexeme === ')' || lexeme === ']' || lexeme === '|' || lexeme === '?') this.fail(`unexpected "${lexeme}"`);
    // A gap needs no mark: a phrase whose only fixed part is a gap can match nothing, and those are refused.
    if (lexeme.startsWith('...')) return unspelled(gap(lexeme, (m) => this.fail(m)));
    if (lexeme === '#') return unspelled('[0-9]+ ');
    if (lexeme.startsWith('@')) return this.wrap(() => this.compiler.wordList(lexeme.slice(1)));
    if (lexeme.length > 2 && lexeme.startsWith('/') && lexeme.endsWith('/')) {
      return unspelled(tokenRegex(lexeme, (m) => this.fail(m)));
    }
    const prefix = lexeme.endsWith('*');
    const part = this.compiler.literal(prefix ? lexeme.slice(0, -1) : lexeme, prefix);
    if (part.source === '') this.fail(`"${lexeme}" has no letters or digits`);
    return part;
  }

  private wrap(compile: () => Part): Part {
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

/** An optional piece needs nothing. */
function optional(source: string): Part {
  return { source: `(?:${source})?`, required: [] };
}

/** A gap, number or token pattern can match words nobody spelled, so it needs nothing. */
function unspelled(source: string): Part {
  return { source, required: [] };
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
