import type { ScreenResult } from '../../safety/index.js';

/** What is happening, as far as the script goes: whose danger, and what kind. */
export const SITUATIONS = ['suicide', 'self_harm', 'overdose_self', 'overdose_other', 'medical', 'harm_to_others', 'abuse', 'psychosis'] as const;
export type Situation = (typeof SITUATIONS)[number];

// Overdose rules that name no substance: signs of a medical emergency (not breathing, a seizure, won't wake).
const NO_SUBSTANCE_RULES = /\.(emergency_signs|grave_sign|two_grave_signs|dos_signos_graves|deux_signes_graves|urgence)$/;

const BY_CATEGORY: Record<string, Situation> = {
  suicide: 'suicide',
  self_harm: 'self_harm',
  harm_to_others: 'harm_to_others',
  abuse_unsafe: 'abuse',
  psychosis: 'psychosis',
};

/** The script for a verdict of the screen: an overdose is the writer's own or someone else's; a grave sign with no substance is a medical emergency. */
export function situationOf(result: Pick<ScreenResult, 'category' | 'subject' | 'evidence'>): Situation {
  if (result.category !== 'overdose_medical') return BY_CATEGORY[result.category ?? ''] ?? 'suicide';
  const own = result.evidence.filter((evidence) => evidence.category === 'overdose_medical');
  if (own.length > 0 && own.every((evidence) => NO_SUBSTANCE_RULES.test(evidence.ruleId))) return 'medical';
  return result.subject === 'other' ? 'overdose_other' : 'overdose_self';
}

/** Situations where the first thing is a call to emergency services, not a conversation. */
export const EMERGENCY_FIRST: ReadonlySet<Situation> = new Set(['overdose_self', 'overdose_other', 'medical']);
