import type { Lang } from '../../messages/language.js';

// A short, warm acknowledgement: no shame, no lecture, the person's progress still theirs.
const ACK: Record<Lang, string> = {
  en: "I'm glad you told me. That took courage, and you don't have to carry it alone.",
  es: 'Me alegra que me lo hayas contado. Hace falta valor, y no tienes que cargar con esto a solas.',
  fr: "Je suis content que vous me l'ayez dit. Ça demande du courage, et vous n'avez pas à porter ça seul.",
};

/** What the person hears first after telling of a relapse. */
export const relapseAck = (lang: Lang): string => ACK[lang];
