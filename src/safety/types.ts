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

/** The screen's verdict on one message. */
export interface ScreenResult {
  crisis: boolean;
  category?: CrisisCategory;
  lang?: ScreenLang;
  evidence: CrisisEvidence[];
}
