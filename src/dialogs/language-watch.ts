import type { Lang } from '../messages/index.js';

/** Which other language the person has been writing in, kept in the dialog state between turns. */
export interface LanguageWatch {
  readonly lang: Lang;
  /** Consecutive clear messages in it (unclear ones neither count nor break the run). */
  readonly count: number;
  /** Languages already offered: each is offered once. */
  readonly offered: readonly Lang[];
}

/** Two clear messages in a row in another language earn one offer to switch. */
const MESSAGES_BEFORE_OFFER = 2;

/** The watch after one message clearly `written` in a language, while the bot speaks `speaking`; `offer` when it is time to offer. */
export function watchLanguage(
  watch: LanguageWatch | undefined,
  written: Lang,
  speaking: Lang,
): { readonly watch: LanguageWatch; readonly offer?: Lang } {
  const offered = watch?.offered ?? [];
  if (written === speaking) return { watch: { lang: written, count: 0, offered } };
  const count = watch?.lang === written ? watch.count + 1 : 1;
  if (count < MESSAGES_BEFORE_OFFER || offered.includes(written)) return { watch: { lang: written, count, offered } };
  return { watch: { lang: written, count, offered: [...offered, written] }, offer: written };
}
