import { holdingIntent, saysFalseAlarm, yesOrNo } from './intents.js';
import type { ScriptLines } from './lines.js';
import type { HoldingTalk } from './memory.js';
import { EMERGENCY_FIRST, type Situation } from './situation.js';
import { crisisWords, type CounsellorQuestion, type CrisisWords, type HoldingIntent, type TeamFacts } from './words/index.js';

/** The questions counsellors ask while a person waits, in the order they matter for the situation. */
const QUESTIONS: Record<Situation, readonly CounsellorQuestion[]> = {
  suicide: ['safe_now', 'taken_anything', 'anyone_with_you'],
  self_harm: ['safe_now', 'taken_anything', 'anyone_with_you'],
  psychosis: ['safe_now', 'anyone_with_you', 'taken_anything'],
  harm_to_others: ['safe_now', 'anyone_with_you', 'taken_anything'],
  abuse: ['safe_now', 'anyone_with_you'],
  overdose_self: ['called_emergency', 'anyone_with_you', 'safe_now'],
  overdose_other: ['called_emergency', 'safe_now'],
  medical: ['called_emergency', 'safe_now'],
};

/** What a turn of the holding conversation comes to. */
export interface HoldingTurn {
  readonly reply: string;
  readonly talk: HoldingTalk;
  /** The person said they were safe and answered the check reassuringly: the way back. */
  readonly back?: 'false_alarm' | 'said_safe';
}

/**
 * One turn of the conversation that holds a person in crisis until a human has it: it answers
 * what they wrote, asks the few questions counsellors ask, says who is coming, keeps the lines
 * one short line away, and never gives the same reply twice. `crisisSignal`: the screen flagged
 * this message again.
 */
export function holdingTurn(talk: HoldingTalk, text: string, facts: TeamFacts, lines: ScriptLines, crisisSignal = false): HoldingTurn {
  const words = crisisWords(talk.lang);
  const next: HoldingTalk = { ...talk, asked: [...talk.asked], said: [...talk.said], turns: talk.turns + 1 };
  delete next.awaiting;
  const read = holdingIntent(text, talk.lang);
  // A method question is answered as one (never with the information) even when the screen flags it.
  const intent: HoldingIntent = crisisSignal && read !== 'method' ? 'crisis' : read;

  if (talk.awaiting === 'all_clear' && intent !== 'crisis' && intent !== 'method') {
    const answer = yesOrNo(text, talk.lang) ?? (intent === 'all_clear' ? reassuring(words, talk.situation) : undefined);
    if (answer === reassuring(words, talk.situation)) return finish(next, words.allClearBack(lines), talk.allClear ?? 'said_safe');
    if (answer === undefined) return reply(next, [words.allClearAgain, words.allClearQuestion[talk.situation].text], 'all_clear', words, lines);
    delete next.allClear;
    return reply(next, [words.allClearStay, nextQuestion(next)], undefined, words, lines, facts);
  }

  if (intent === 'all_clear' || (intent === 'finish' && talk.turns > 0)) {
    next.allClear = saysFalseAlarm(text) ? 'false_alarm' : 'said_safe';
    const lead = intent === 'finish' ? words.acks.finish : words.allClearAsk;
    return reply(next, [pick(lead, talk.turns), words.allClearQuestion[talk.situation].text], 'all_clear', words, lines);
  }
  if (intent === 'peer') return reply(next, [words.peerBeingReached(facts, lines), nextQuestion(next)], undefined, words, lines);
  if (intent === 'when') return reply(next, [pick(words.team(facts, lines), talk.turns), nextQuestion(next)], undefined, words, lines);

  const answered = answerTo(talk.awaiting, intent === 'took' ? 'yes' : yesOrNo(text, talk.lang), words, lines);
  const ack = answered ?? pick(words.acks[intent], talk.turns);
  if (intent === 'took' && !next.asked.includes('taken_anything')) next.asked.push('taken_anything');
  const extra = intent === 'took' && !answered ? words.answers.taken_anything.yes(lines) : undefined;
  // The first answer after the crisis reply says who knows and when the backup follows.
  const team = talk.turns === 0 ? pick(words.team(facts, lines), 0) : undefined;
  return reply(next, [ack, extra, team, nextQuestion(next)], undefined, words, lines);
}

function reassuring(words: CrisisWords, situation: Situation): 'yes' | 'no' {
  return words.allClearQuestion[situation].reassuring;
}

function answerTo(question: HoldingTalk['awaiting'], answer: 'yes' | 'no' | undefined, words: CrisisWords, lines: ScriptLines): string | undefined {
  if (!question || question === 'all_clear' || !answer) return undefined;
  return words.answers[question][answer](lines);
}

/** The next question not yet asked, marked asked; undefined once all are. */
function nextQuestion(talk: HoldingTalk): string | undefined {
  const question = QUESTIONS[talk.situation].find((candidate) => !talk.asked.includes(candidate));
  if (!question) return undefined;
  talk.asked.push(question);
  talk.awaiting = question;
  return crisisWords(talk.lang).questions[question];
}

/**
 * Puts the parts together with one short crisis line, trying each line (and each wording of
 * the acknowledgement) until the reply is one not given before in this crisis.
 */
function reply(
  talk: HoldingTalk,
  parts: readonly (string | undefined)[],
  awaiting: HoldingTalk['awaiting'] | undefined,
  words: CrisisWords,
  lines: ScriptLines,
  facts?: TeamFacts,
): HoldingTurn {
  if (awaiting) talk.awaiting = awaiting;
  const body = parts.filter((part): part is string => part !== undefined && part !== '');
  const shortLines = freshLines(words.shortLines(lines, EMERGENCY_FIRST.has(talk.situation)), body.join(' '), lines);
  const fillers = [...words.acks.other, ...(facts ? words.team(facts, lines) : [])];
  let text = '';
  for (let attempt = 0; attempt < shortLines.length * (fillers.length + 1); attempt += 1) {
    const line = shortLines[(talk.turns - 1 + attempt) % shortLines.length];
    const filler = attempt < shortLines.length ? undefined : fillers[Math.floor(attempt / shortLines.length - 1) % fillers.length];
    text = [filler, ...body, line].filter(Boolean).join(' ');
    if (!talk.said.includes(text)) break;
  }
  talk.said = [...talk.said, text].slice(-20);
  return { reply: text, talk };
}

/** The short lines that give a number the reply does not already give ("call 911 now" needs no "In danger now? Call 911." after it); '' when none. */
function freshLines(shortLines: readonly string[], body: string, lines: ScriptLines): readonly string[] {
  const numbers = [lines.emergency, lines.crisis, lines.poison?.number].filter((number): number is string => Boolean(number));
  const fresh = shortLines.filter((line) => !numbers.some((number) => line.includes(number) && body.includes(number)));
  return fresh.length > 0 ? fresh : [''];
}

function finish(talk: HoldingTalk, text: string, back: 'false_alarm' | 'said_safe'): HoldingTurn {
  return { reply: text, talk, back };
}

function pick(options: readonly string[], turn: number): string | undefined {
  return options.length === 0 ? undefined : options[turn % options.length];
}

