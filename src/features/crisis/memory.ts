import type { DialogState } from 'botbuilder-dialogs';
import type { Lang } from '../../messages/language.js';
import type { CrisisCategory, CrisisSubject } from '../../safety/index.js';
import type { Situation } from './situation.js';
import type { CounsellorQuestion } from './words/index.js';

/** How many of the person's last messages the screen reads with the new one, and for how long. */
export const RECENT_COUNT = 3;
export const RECENT_MS = 30 * 60_000;
/** How long a `check` question waits for its answer. */
export const CHECK_ANSWER_MS = 30 * 60_000;

/** The holding conversation while a crisis is open: what was asked and said, and what the person was doing. */
export interface HoldingTalk {
  situation: Situation;
  lang: Lang;
  /** Questions already asked, in order. */
  asked: CounsellorQuestion[];
  /** What the last reply asked and waits for. */
  awaiting?: CounsellorQuestion | 'all_clear';
  /** An all-clear in progress: a false alarm, or "I'm safe now". */
  allClear?: 'false_alarm' | 'said_safe';
  /** Every reply given so far in this crisis, so none is given twice. */
  said: string[];
  turns: number;
  /** The dialog the crisis interrupted (a check-in question), to resume on the way back. */
  paused?: DialogState;
}

/** A `check` question waiting for its answer. */
export interface PendingCheck {
  situation: Situation;
  category?: CrisisCategory;
  subject?: CrisisSubject;
  lang: Lang;
  at: string;
  eventId: number;
  /** The flagged message told of a relapse: after a no, the relapse is answered (support, a peer offered). */
  relapse?: true;
  /** The question was asked again after an unclear answer: the next unclear one is taken as a yes. */
  reasked?: true;
}

/** What the crisis feature keeps in the conversation's state (erased with the person's data). */
export interface CrisisMemory {
  /** The person's last few messages (text and time), for the screen to read together. */
  recent?: { text: string; at: string }[];
  talk?: HoldingTalk;
  check?: PendingCheck;
}

/** The recent messages still within the window, oldest first. */
export function recentTexts(memory: CrisisMemory, now: Date): string[] {
  return (memory.recent ?? []).filter((line) => now.getTime() - Date.parse(line.at) < RECENT_MS).map((line) => line.text);
}

/** Keeps this message among the last few. */
export function remember(memory: CrisisMemory, text: string, now: Date): void {
  const kept = (memory.recent ?? []).filter((line) => now.getTime() - Date.parse(line.at) < RECENT_MS);
  memory.recent = [...kept, { text, at: now.toISOString() }].slice(-RECENT_COUNT);
}

/** A fresh holding conversation. */
export function newTalk(situation: Situation, lang: Lang, paused?: DialogState): HoldingTalk {
  return { situation, lang, asked: [], said: [], turns: 0, ...(paused ? { paused } : {}) };
}
