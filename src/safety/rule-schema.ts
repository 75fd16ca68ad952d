import { z } from 'zod';
import { CRISIS_CATEGORIES, SCREEN_LANGS } from './types.js';

const phraseList = z.array(z.string().min(1));

/** A guard a rule can be exempted from (see rules/README.md). */
export const GUARDS = ['negated', 'past', 'media'] as const;

/** One detection rule: any of its phrases, found in a message, signals its category. */
export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z]{2}\.[a-z_]+\.[a-z0-9_]+$/, 'id must look like "en.suicide.want_to_die"'),
    category: z.enum(CRISIS_CATEGORIES),
    note: z.string().optional(),
    phrases: phraseList.min(1),
    withAny: phraseList.min(1).optional(),
    priority: z.number().int().min(0).max(100).optional(),
    notIf: z.array(z.enum(GUARDS)).optional(),
  })
  .strict();

/** All rules and word lists written in one language. */
export const languageRulesSchema = z
  .object({
    lang: z.enum(SCREEN_LANGS),
    about: z.string().optional(),
    words: z.record(z.string().regex(/^[a-z_]+$/), phraseList.min(1)),
    negators: phraseList,
    pastMarkers: phraseList,
    presentMarkers: phraseList,
    mediaMarkers: phraseList,
    idioms: phraseList,
    rules: z.array(ruleSchema).min(1),
  })
  .strict();

/** Texting shorthand shared by all languages: token rewrites, spelled-out words and emoji. */
export const shorthandSchema = z
  .object({
    about: z.string().optional(),
    tokens: z.record(z.string().regex(/^[a-z0-9]+$/), z.string().min(1)),
    spelledOut: z.array(z.string().regex(/^[a-z]{2,8}$/)),
    emoji: z.record(z.string().min(1), z.string().regex(/^[a-z ]+$/)),
  })
  .strict();

/** The whole rule set the screen is built from. */
export const ruleSetSchema = z
  .object({
    shorthand: shorthandSchema,
    languages: z.array(languageRulesSchema).min(1),
  })
  .strict();

/** One detection rule. */
export type Rule = z.infer<typeof ruleSchema>;
/** All rules of one language. */
export type LanguageRules = z.infer<typeof languageRulesSchema>;
/** Texting shorthand. */
export type Shorthand = z.infer<typeof shorthandSchema>;
/** The whole rule set. */
export type RuleSet = z.infer<typeof ruleSetSchema>;
/** A guard name. */
export type Guard = (typeof GUARDS)[number];
