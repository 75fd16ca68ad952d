import type { Lang } from '../../messages/language.js';
import type { CrisisEvidence } from '../../safety/index.js';
import type { CrisisEventRepository } from '../../store/crisis-events.js';
import type { Participant } from '../../store/participants.js';
import { crisisReplyLang } from './first-reply.js';

/**
 * The language to write to a person about their crisis in: their own if they chose one, else the
 * one their latest crisis was written in (someone who wrote in Spanish before enrolling hears Spanish).
 */
export async function crisisLangOf(crisisEvents: Pick<CrisisEventRepository, 'latestFor'>, participant: Pick<Participant, 'id' | 'locale'>): Promise<Lang> {
  if (participant.locale) return crisisReplyLang(participant.locale, undefined);
  const evidence = ((await crisisEvents.latestFor(participant.id))?.evidence ?? []) as CrisisEvidence[];
  return crisisReplyLang(null, evidence[0]?.lang);
}
