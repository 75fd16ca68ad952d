import { CrisisRulesError } from './errors.js';
import { type ContextPatterns } from './context-guards.js';
import { PhraseCompiler } from './phrase-compiler.js';
import { GUARDS, type Guard, type LanguageRules, type Rule, type RuleSet } from './rule-schema.js';
import { TextNormalizer } from './text-normalizer.js';
import { type CrisisCategory, type ScreenLang } from './types.js';

/** Default urgency of each category; a rule's `priority` overrides it. Higher answers first. */
const CATEGORY_PRIORITY: Readonly<Record<CrisisCategory, number>> = {
  overdose_medical: 100,
  suicide: 80,
  psychosis: 75,
  harm_to_others: 70,
  abuse_unsafe: 65,
  self_harm: 60,
};

const NEVER = '(?!)';

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
}

/** The rules of one language, ready to run. */
export interface CompiledLanguage {
  readonly lang: ScreenLang;
  readonly rules: readonly CompiledRule[];
}

/** A whole rule set, compiled once. */
export interface CompiledRuleSet {
  readonly normalizer: TextNormalizer;
  readonly languages: readonly CompiledLanguage[];
  /** Negation, time, media and idiom markers of all languages together: people switch languages mid-message. */
  readonly context: ContextPatterns;
}

/** Compiles a validated rule set; a phrase that cannot compile throws naming its rule. */
export function compileRuleSet(set: RuleSet): CompiledRuleSet {
  const normalizer = new TextNormalizer(set.shorthand);
  const seen = new Set<string>();
  const compilers = set.languages.map((file) => ({ file, compiler: new PhraseCompiler(normalizer, file.words) }));
  const languages = compilers.map(({ file, compiler }) => compileLanguage(file, compiler, seen));
  const markers = (name: string, pick: (file: LanguageRules) => readonly string[]): RegExp => {
    const sources = compilers.flatMap(({ file, compiler }) =>
      longestFirst(pick(file)).map((phrase) => attempt(`${file.lang} ${name} "${phrase}"`, () => compiler.compilePhrase(phrase))),
    );
    return new RegExp(sources.length === 0 ? NEVER : ` (?:${sources.join('|')})`, 'g');
  };
  const context: ContextPatterns = {
    negators: markers('negators', (f) => f.negators),
    past: markers('pastMarkers', (f) => f.pastMarkers),
    present: markers('presentMarkers', (f) => f.presentMarkers),
    media: markers('mediaMarkers', (f) => f.mediaMarkers),
    idioms: markers('idioms', (f) => f.idioms),
  };
  return { normalizer, languages, context };
}

/** Longer marker phrases first, so "no thoughts of" wins over "no". */
function longestFirst(phrases: readonly string[]): string[] {
  return [...phrases].sort((a, b) => b.length - a.length);
}

function compileLanguage(file: LanguageRules, compiler: PhraseCompiler, seen: Set<string>): CompiledLanguage {
  const rules = file.rules.map((rule) => {
    if (!rule.id.startsWith(`${file.lang}.`)) throw new CrisisRulesError(`rule "${rule.id}" is in the ${file.lang} file but its id does not start with "${file.lang}."`);
    if (seen.has(rule.id)) throw new CrisisRulesError(`rule "${rule.id}" is defined twice`);
    seen.add(rule.id);
    return compileRule(rule, file.lang, compiler);
  });
  return { lang: file.lang, rules };
}

function compileRule(rule: Rule, lang: ScreenLang, compiler: PhraseCompiler): CompiledRule {
  const where = `rule "${rule.id}"`;
  const withAny = rule.withAny;
  const compiled = attemptWithWords(where, () => compiler.compileWithWords(rule.phrases));
  return {
    id: rule.id,
    category: rule.category,
    lang,
    priority: rule.priority ?? CATEGORY_PRIORITY[rule.category],
    pattern: new RegExp(compiled.source, 'g'),
    ownWords: compiled.words,
    withAny: withAny ? new RegExp(attempt(`${where} withAny`, () => compiler.compileAny(withAny))) : undefined,
    guards: new Set(rule.notIf ?? GUARDS),
  };
}

function attempt(where: string, compile: () => string): string {
  return attemptWithWords(where, () => ({ source: compile(), words: new Set<string>() })).source;
}

function attemptWithWords(
  where: string,
  compile: () => { source: string; words: ReadonlySet<string> },
): { source: string; words: ReadonlySet<string> } {
  try {
    const compiled = compile();
    new RegExp(compiled.source);
    return compiled;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CrisisRulesError(`${where}: ${message}`, { cause: error });
  }
}
