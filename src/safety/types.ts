/** The kinds of crisis the screen recognises. */
export const CRISIS_CATEGORIES = [
  'suicide',
  'self_harm',
  'overdose_medical',
  'harm_to_others',
  'abuse_unsafe',
  'psychosis',
] as const;

/** One kind of crisis. */
export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];

/** The languages rules are written in. */
export const SCREEN_LANGS = ['en', 'es', 'fr'] as const;

/** A language rules are written in. */
export type ScreenLang = (typeof SCREEN_LANGS)[number];

/** Why the screen fired: the rule and the short normalized phrase it matched. */
export interface CrisisEvidence {
  ruleId: string;
  category: CrisisCategory;
  lang: ScreenLang;
  matched: string;
}

/**
 * How sure the screen is: `crisis` is clear present danger (the full crisis reply, staff
 * alerted at once); `check` is worrying but unclear (a direct, kind question with the crisis
 * lines beside it; a yes makes it a crisis); `none` is no sign of danger.
 */
export const SCREEN_LEVELS = ['crisis', 'check', 'none'] as const;

/** One level of the screen's verdict. */
export type ScreenLevel = (typeof SCREEN_LEVELS)[number];

/** Whose life is in danger in an overdose or medical emergency: the writer's, or someone with them. */
export type CrisisSubject = 'self' | 'other';

/** The screen's verdict on one message. */
export interface ScreenResult {
  /** Whether the message was flagged at all (`level` is `crisis` or `check`). */
  crisis: boolean;
  level: ScreenLevel;
  category?: CrisisCategory;
  /** For `overdose_medical`: whether the writer or someone with them is in danger. */
  subject?: CrisisSubject;
  lang?: ScreenLang;
  evidence: CrisisEvidence[];
}

/** What the screen may read beside the message itself. */
export interface ScreenContext {
  /** The person's last few messages, oldest first, within the last half hour: read together with this one. */
  readonly recent?: readonly string[];
}
