import { type Requirement } from './phrase-compiler.js';
import { type NormalizedText } from './text-normalizer.js';

/** Shortest stem indexed: a clause with a shorter `word*` stem is taken as always satisfied. */
const MIN_STEM = 2;
/** Stems are filed under their first letters, so a word costs two lookups however long it is. */
const KEY_LENGTH = 3;
/** Distinct words whose clauses are remembered; past this the memory starts afresh (people invent words). */
const TOKEN_CACHE_SIZE = 50_000;
const MAX_STAMP = 0x7fffffff;

interface Stem {
  readonly stem: string;
  readonly term: number;
}

/** The gate's verdict on one message, kept so the context markers of the same message reuse it. */
interface Opened {
  readonly norm: NormalizedText;
  readonly flags: Uint8Array;
}

/**
 * Says, before any regex runs, which patterns could match a message. Each pattern is registered with what any
 * match of it needs (phrase-compiler.ts): clauses of words or stems, each of which the message must satisfy.
 * A pattern stays shut when one clause has none of its words in the message, so skipping it changes nothing.
 */
export class WordGate {
  private readonly termIds = new Map<string, number>();
  /** Word → its term number. */
  private readonly byWord = new Map<string, number>();
  private readonly byKey = new Map<string, Stem[]>();
  /** Term number → the clauses it satisfies. */
  private readonly clausesOfTerm: number[][] = [];
  private readonly clauseIds = new Map<string, number>();
  /** Gate number → the clauses it needs, fewest terms first (the likeliest to be missing). */
  private readonly patterns: (readonly number[])[] = [];
  /** Per clause, the number of the last message that satisfied it (numbers, so nothing is cleared per message). */
  private clauseStamp = new Int32Array(0);
  private stamp = 0;
  private readonly tokenCache = new Map<string, readonly number[]>();
  private last: Opened | undefined;

  /** Registers a pattern by what it needs; returns its gate number. */
  add(required: Requirement): number {
    const clauses = required
      .filter((clause) => clause.every((term) => !term.endsWith('*') || term.length - 1 >= MIN_STEM))
      .map((clause) => [...new Set(clause)].sort())
      .sort((a, b) => a.length - b.length)
      .map((clause) => this.clauseId(clause));
    this.patterns.push([...new Set(clauses)]);
    if (this.clauseStamp.length < this.clauseIds.size) this.clauseStamp = new Int32Array(this.clauseIds.size * 2);
    this.tokenCache.clear();
    this.last = undefined;
    return this.patterns.length - 1;
  }

  /** One flag per gate number: 1 when the pattern could match this message. The last message's answer is reused. */
  open(norm: NormalizedText): Uint8Array {
    if (this.last?.norm === norm) return this.last.flags;
    const stamp = this.markClauses(norm);
    const flags = new Uint8Array(this.patterns.length);
    for (let id = 0; id < this.patterns.length; id += 1) flags[id] = this.allSatisfied(this.patterns[id] ?? [], stamp) ? 1 : 0;
    this.last = { norm, flags };
    return flags;
  }

  /** Stamps every clause a word of the message satisfies with a fresh number, and returns that number. */
  private markClauses(norm: NormalizedText): number {
    if (this.stamp === MAX_STAMP) {
      this.clauseStamp.fill(0);
      this.stamp = 0;
    }
    this.stamp += 1;
    const stamp = this.stamp;
    for (const token of norm.tokens) for (const clause of this.clausesOfToken(token)) this.clauseStamp[clause] = stamp;
    return stamp;
  }

  private allSatisfied(clauses: readonly number[], stamp: number): boolean {
    for (const clause of clauses) if (this.clauseStamp[clause] !== stamp) return false;
    return true;
  }

  /** The clauses a word satisfies: its own, and those of every stem it starts with. Remembered per word. */
  private clausesOfToken(token: string): readonly number[] {
    let clauses = this.tokenCache.get(token);
    if (clauses === undefined) {
      const terms: number[] = [];
      const word = this.byWord.get(token);
      if (word !== undefined) terms.push(word);
      if (token.length >= MIN_STEM) {
        for (const s of this.byKey.get(token.slice(0, MIN_STEM)) ?? []) if (token.startsWith(s.stem)) terms.push(s.term);
        if (token.length >= KEY_LENGTH) {
          for (const s of this.byKey.get(token.slice(0, KEY_LENGTH)) ?? []) if (token.startsWith(s.stem)) terms.push(s.term);
        }
      }
      clauses = [...new Set(terms.flatMap((t) => this.clausesOfTerm[t] ?? []))];
      if (this.tokenCache.size >= TOKEN_CACHE_SIZE) this.tokenCache.clear();
      this.tokenCache.set(token, clauses);
    }
    return clauses;
  }

  private clauseId(terms: readonly string[]): number {
    const key = terms.join(' ');
    let id = this.clauseIds.get(key);
    if (id === undefined) {
      id = this.clauseIds.size;
      this.clauseIds.set(key, id);
      for (const term of terms) this.clausesOfTerm[this.termId(term)]?.push(id);
    }
    return id;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.clausesOfTerm.length;
      this.termIds.set(term, id);
      this.clausesOfTerm.push([]);
      if (term.endsWith('*')) this.addStem(term.slice(0, -1), id);
      else this.byWord.set(term, id);
    }
    return id;
  }

  private addStem(stem: string, term: number): void {
    const key = stem.slice(0, Math.min(stem.length, KEY_LENGTH));
    const stems = this.byKey.get(key);
    if (stems) stems.push({ stem, term });
    else this.byKey.set(key, [{ stem, term }]);
  }
}
