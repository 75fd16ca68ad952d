import { CrisisRulesError } from './errors.js';
import { type ContextPatterns, PhraseAlternation } from './context-guards.js';
import { type CompiledPhrase, PhraseCompiler } from './phrase-compiler.js';
import { GUARDS, type Guard, type LanguageRules, type Rule, type RuleSet, type Scope } from './rule-schema.js';
import { TextNormalizer } from './text-normalizer.js';
import { type CrisisCategory, type ScreenLang } from './types.js';
import { WordGate } from './word-gate.js';

/** Default urgency of each category; a rule's `priority` overrides it. Higher answers first. */
const CATEGORY_PRIORITY: Readonly<Record<CrisisCategory, number>> = {
  overdose_medical: 100,
  suicide: 80,
  psychosis: 75,
  harm_to_others: 70,
  abuse_unsafe: 65,
  self_harm: 60,
};

/** A rule ready to run. */
export interface CompiledRule {
  readonly id: string;
  readonly category: CrisisCategory;
  readonly lang: ScreenLang;
  readonly priority: number;
  readonly pattern: RegExp;
  readonly withAny: RegExp | undefined;
  readonly guards: ReadonlySet<Guard>;
  /** Words the rule spells itself: a negator among them is part of the signal, not a negation. */
  readonly ownWords: ReadonlySet<string>;
  /** Its number in the rule set's word gate. */
  readonly gate: number;
}

/** One cue of a concept rule: its own pattern, shared by every rule that names the same cue. */
export interface CompiledCue {
  /** Index into the rule set's cue table; a message's matches are found once per index. */
  readonly index: number;
  readonly pattern: RegExp;
  /** Words the cue spells itself ("not wake up"): a negator among them is the signal, not a negation. */
  readonly ownWords: ReadonlySet<string>;
  /** Its number in the rule set's word gate. */
  readonly gate: number;
}

/** A concept rule ready to run: every cue must be found, in separate words, close together. */
export interface CompiledConceptRule {
  readonly id: string;
  readonly category: CrisisCategory;
  readonly lang: ScreenLang;
  readonly priority: number;
  readonly cues: readonly CompiledCue[];
  /** The same cues, cheapest search first: the order to find out whether one is missing. */
  readonly searchOrder: readonly CompiledCue[];
  /** Most tokens between two cues; Infinity when only the scope limits them. */
  readonly within: number;
  readonly scope: Scope;
  readonly guards: ReadonlySet<Guard>;
}

/** The rules of one language, ready to run. */
export interface CompiledLanguage {
  readonly lang: ScreenLang;
  readonly rules: readonly CompiledRule[];
  readonly concepts: readonly CompiledConceptRule[];
}

/** A whole rule set, compiled once. */
export interface CompiledRuleSet {
  readonly normalizer: TextNormalizer;
  readonly languages: readonly CompiledLanguage[];
  /** Negation, time, media and idiom markers of all languages together: people switch languages mid-message. */
  readonly context: ContextPatterns;
  /** How many distinct cue patterns the concept rules use. */
  readonly cueCount: number;
  /** Which patterns could match a message at all, found from its words before any regex runs. */
  readonly gate: WordGate;
}

/** Compiles a validated rule set; a phrase that cannot compile throws naming its rule. */
export function compileRuleSet(set: RuleSet): CompiledRuleSet {
  const normalizer = new TextNormalizer(set.shorthand);
  const seen = new Set<string>();
  const gate = new WordGate();
  const cues = new CueTable(gate);
  const compilers = set.languages.map((file) => ({ file, compiler: new PhraseCompiler(normalizer, wordLists(file)) }));
  const languages = compilers.map(({ file, compiler }) => compileLanguage(file, compiler, seen, cues, gate));
  const markers = (name: string, pick: (file: LanguageRules) => readonly string[]): PhraseAlternation => {
    const phrases = compilers.flatMap(({ file, compiler }) => pick(file).map((phrase) => ({ phrase, file, compiler })));
    const compiled = longestFirst(phrases).map(({ phrase, file, compiler }) =>
      attemptWithWords(`${file.lang} ${name} "${phrase}"`, () => compiler.compilePart(phrase)),
    );
    return new PhraseAlternation(
      compiled.map((c) => ({ pattern: new RegExp(` (?:${c.source})`, 'g'), gate: gate.add(c.required) })),
      gate,
    );
  };
  const context: ContextPatterns = {
    negators: markers('negators', (f) => f.negators),
    past: markers('pastMarkers', (f) => f.pastMarkers),
    present: markers('presentMarkers', (f) => f.presentMarkers),
    media: markers('mediaMarkers', (f) => f.mediaMarkers),
    idioms: markers('idioms', (f) => f.idioms),
  };
  return { normalizer, languages, context, cueCount: cues.size, gate };
}

/** Word lists and cue lexicons share one namespace, so a phrase can say `@means` or `@self` alike. */
function wordLists(file: LanguageRules): Readonly<Record<string, readonly string[]>> {
  const cues = file.cues ?? {};
  for (const name of Object.keys(cues)) {
    if (name in file.words) throw new CrisisRulesError(`${file.lang}: "${name}" is both a word list and a cue lexicon`);
  }
  return { ...file.words, ...cues };
}

/** Distinct cue patterns across all rules, so a cue named by ten rules is searched once per message. */
class CueTable {
  private readonly bySource = new Map<string, CompiledCue>();

  constructor(private readonly gate: WordGate) {}

  get size(): number {
    return this.bySource.size;
  }

  cue(compiled: CompiledPhrase): CompiledCue {
    let cue = this.bySource.get(compiled.source);
    if (!cue) {
      const gate = this.gate.add(compiled.required);
      cue = { index: this.bySource.size, pattern: new RegExp(compiled.source, 'g'), ownWords: compiled.words, gate };
      this.bySource.set(compiled.source, cue);
    }
    return cue;
  }
}

/** Longer marker phrases first, across languages, so "no estoy pensando en" wins over "no". */
function longestFirst<T extends { readonly phrase: string }>(phrases: readonly T[]): T[] {
  return [...phrases].sort((a, b) => b.phrase.length - a.phrase.length);
}

function compileLanguage(
  file: LanguageRules,
  compiler: PhraseCompiler,
  seen: Set<string>,
  cues: CueTable,
  gate: WordGate,
): CompiledLanguage {
  const rules: CompiledRule[] = [];
  const concepts: CompiledConceptRule[] = [];
  for (const rule of file.rules) {
    if (!rule.id.startsWith(`${file.lang}.`)) throw new CrisisRulesError(`rule "${rule.id}" is in the ${file.lang} file but its id does not start with "${file.lang}."`);
    if (seen.has(rule.id)) throw new CrisisRulesError(`rule "${rule.id}" is defined twice`);
    seen.add(rule.id);
    if (rule.allOf) concepts.push(compileConceptRule(rule, rule.allOf, file.lang, compiler, cues));
    else if (rule.phrases) rules.push(compileRule(rule, rule.phrases, file.lang, compiler, gate));
  }
  return { lang: file.lang, rules, concepts };
}

function compileConceptRule(rule: Rule, allOf: readonly string[], lang: ScreenLang, compiler: PhraseCompiler, cues: CueTable): CompiledConceptRule {
  if (rule.withAny) throw new CrisisRulesError(`rule "${rule.id}": "withAny" belongs to phrase rules; add the phrase to "allOf" instead`);
  const compiled = allOf.map((cue) => cues.cue(attemptWithWords(`rule "${rule.id}" cue "${cue}"`, () => compiler.compileWithWords([cue]))));
  return {
    id: rule.id,
    category: rule.category,
    lang,
    priority: rule.priority ?? CATEGORY_PRIORITY[rule.category],
    cues: compiled,
    searchOrder: [...compiled].sort((a, b) => a.pattern.source.length - b.pattern.source.length),
    within: rule.within ?? Number.POSITIVE_INFINITY,
    scope: rule.scope ?? 'sentence',
    guards: new Set(rule.notIf ?? GUARDS),
  };
}

function compileRule(rule: Rule, phrases: readonly string[], lang: ScreenLang, compiler: PhraseCompiler, gate: WordGate): CompiledRule {
  const where = `rule "${rule.id}"`;
  const withAny = rule.withAny;
  const compiled = attemptWithWords(where, () => compiler.compileWithWords(phrases));
  return {
    id: rule.id,
    category: rule.category,
    lang,
    priority: rule.priority ?? CATEGORY_PRIORITY[rule.category],
    pattern: new RegExp(compiled.source, 'g'),
    ownWords: compiled.words,
    gate: gate.add(compiled.required),
    withAny: withAny ? new RegExp(attempt(`${where} withAny`, () => compiler.compileAny(withAny))) : undefined,
    guards: new Set(rule.notIf ?? GUARDS),
  };
}

function attempt(where: string, compile: () => string): string {
  try {
    return checked(compile());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CrisisRulesError(`${where}: ${message}`, { cause: error });
  }
}

/** Compiles something with a regex source, refusing it as `checked` does and naming where it came from. */
function attemptWithWords<T extends { readonly source: string }>(where: string, compile: () => T): T {
  try {
    const compiled = compile();
    checked(compiled.source);
    return compiled;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CrisisRulesError(`${where}: ${message}`, { cause: error });
  }
}

/** Refuses a source that does not compile, or that matches no word at all ("cameras?" makes the word optional). */
function checked(source: string): string {
  if (new RegExp(`^(?:${source})$`).test(' ')) throw new Error('matches an empty message; write "word*" for endings');
  return source;
}
