import type { ProgramConfig } from '../../config.js';
import type { Lang } from '../../messages/language.js';
import { scriptLines } from './lines.js';
import type { Situation } from './situation.js';
import { crisisWords } from './words/index.js';

/** The first reply to a crisis: what to do now for this situation, the region's lines, a human, the door open. */
export function firstCrisisReply(options: {
  readonly program: ProgramConfig;
  readonly region: string | null | undefined;
  readonly situation: Situation;
  readonly lang: Lang;
  /** Whether any staff member could be alerted: never promise a peer nobody will hear about. */
  readonly peerAlerted: boolean;
  /** A peer holds the hand-off and is talking with the person now. */
  readonly peerWithYou?: boolean;
}): string {
  const words = crisisWords(options.lang);
  const lines = scriptLines(options.program, options.region, options.lang);
  const human = options.peerWithYou ? words.peerWithYou : options.peerAlerted ? words.peerAlerted : words.noPeer;
  return `${words.script[options.situation](lines)} ${human} ${words.stay}`;
}

/** The `check` level's question: direct and kind, as counsellors ask it, with the crisis line beside it. */
export function checkQuestion(options: {
  readonly program: ProgramConfig;
  readonly region: string | null | undefined;
  readonly situation: Situation;
  readonly lang: Lang;
}): string {
  const words = crisisWords(options.lang);
  const lines = scriptLines(options.program, options.region, options.lang);
  return `${words.checkOpen} ${words.checkQuestion[options.situation]} ${words.checkLine(lines)}`;
}

/** The reply language: the participant's own if set, else the language the message was written in. */
export function crisisReplyLang(locale: string | null | undefined, screenLang: string | undefined): Lang {
  const chosen = (locale ?? '').slice(0, 2).toLowerCase();
  if (chosen === 'es' || chosen === 'fr' || chosen === 'en') return chosen;
  return screenLang === 'es' || screenLang === 'fr' ? screenLang : 'en';
}
