import type { ScriptLines } from '../lines.js';
import type { Situation } from '../situation.js';

/** A question crisis counsellors ask while a person waits for a human. */
export type CounsellorQuestion = 'safe_now' | 'taken_anything' | 'anyone_with_you' | 'called_emergency';

/** What the person's message does in the holding conversation (see intents.ts). */
export type HoldingIntent = 'method' | 'all_clear' | 'peer' | 'finish' | 'confused' | 'when' | 'scared' | 'took' | 'crisis' | 'thanks' | 'other';

/** How the team is placed, for the person: who was alerted and when the backup follows. */
export interface TeamFacts {
  /** Whether any staff member could be alerted. */
  readonly alerted: boolean;
  readonly escalationMinutes: number;
  /** Minutes since the hand-off opened. */
  readonly waitedMinutes: number;
  /** Whether the backup has been alerted already. */
  readonly escalated: boolean;
}

/** Everything the crisis conversation says, in one language. Never method, dose or lethality. */
export interface CrisisWords {
  /** The first reply's opening and what to do now, by situation. */
  readonly script: Record<Situation, (lines: ScriptLines) => string>;
  readonly peerAlerted: string;
  readonly peerWithYou: string;
  readonly noPeer: string;
  readonly stay: string;

  /** The `check` level: a direct, kind question with the crisis line beside it. */
  readonly checkOpen: string;
  readonly checkQuestion: Record<Situation, string>;
  readonly checkLine: (lines: ScriptLines) => string;
  /** After an unclear answer ("idk", "maybe"): the question once more, gently, with the crisis line. */
  readonly checkAgain: (question: string, lines: ScriptLines) => string;
  /** After a no: thanks, and the line if that changes. */
  readonly checkNo: (lines: ScriptLines) => string;

  /** Acknowledgements by what the person wrote; several each, so no reply repeats. */
  readonly acks: Record<HoldingIntent, readonly string[]>;
  readonly questions: Record<CounsellorQuestion, string>;
  /** What a yes or a no to each question hears. */
  readonly answers: Record<CounsellorQuestion, { readonly yes: (lines: ScriptLines) => string; readonly no: (lines: ScriptLines) => string }>;
  /** The crisis lines one short line away, in turn. */
  readonly shortLines: (lines: ScriptLines, emergencyFirst: boolean) => readonly string[];
  readonly team: (facts: TeamFacts, lines: ScriptLines) => readonly string[];
  /** "Talk to a peer" while a peer is already being reached (or nobody can be). */
  readonly peerBeingReached: (facts: TeamFacts, lines: ScriptLines) => string;

  /** The way back: "I'm safe" hears a kind acknowledgement and one check question. */
  readonly allClearAsk: readonly string[];
  readonly allClearQuestion: Record<Situation, { readonly text: string; readonly reassuring: 'yes' | 'no' }>;
  readonly allClearBack: (lines: ScriptLines) => string;
  readonly allClearNoDialog: string;
  readonly allClearStay: string;
  readonly allClearAgain: string;
}
