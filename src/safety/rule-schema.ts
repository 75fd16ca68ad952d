import { z } from 'zod';
import { CRISIS_CATEGORIES, SCREEN_LANGS } from './types.js';

const phraseList = z.array(z.string().min(1));

/** A guard a rule can be exempted from (see rules/README.md). */
export const GUARDS = ['negated', 'past', 'media'] as const;

/** Where the cues of a concept rule must meet: one sentence (the default) or anywhere in the message. */
export const SCOPES = ['sentence', 'message'] as const;

/** Most tokens allowed between two cues of a concept rule. */
export const MAX_WITHIN = 40;

/**
 * One detection rule. A phrase rule fires when any of its `phrases` is found; a concept rule fires when every
 * cue of `allOf` is found, in separate words, in one sentence (or message) and at most `within` tokens apart.
 */
export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z]{2}\.[a-z_]+\.[a-z0-9_]+$/, 'id must look like "en.suicide.want_to_die"'),
    category: z.enum(CRISIS_CATEGORIES),
    note: z.string().optional(),
    phrases: phraseList.min(1).optional(),
    allOf: phraseList.min(2).max(4).optional(),
    within: z.number().int().min(0).max(MAX_WITHIN).optional(),
    scope: z.enum(SCOPES).optional(),
    withAny: phraseList.min(1).optional(),
    priority: z.number().int().min(0).max(100).optional(),
    notIf: z.array(z.enum(GUARDS)).optional(),
  })
  .strict()
  .refine((r) => (r.phrases === undefined) !== (r.allOf === undefined), {
    message: 'a rule has either "phrases" or "allOf", not both and not neither',
  })
  .refine((r) => r.allOf !== undefined || (r.within === undefined && r.scope === undefined), {
    message: '"within" and "scope" belong to "allOf" rules',
  });

/** All rules, word lists and cue lexicons written in one language; cues are word lists named for a concept. */
export const languageRulesSchema = z
  .object({
    lang: z.enum(SCREEN_LANGS),
    about: z.string().optional(),
    words: z.record(z.string().regex(/^[a-z_]+$/), phraseList.min(1)),
    cues: z.record(z.string().regex(/^[a-z_]+$/), phraseList.min(1)).optional(),
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
/** Where a concept rule's cues must meet. */
export type Scope = (typeof SCOPES)[number];
/** A guard name. */
export type Guard = (typeof GUARDS)[number];
