import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { holdingTurn } from '../../../src/features/crisis/holding.js';
import { scriptLines } from '../../../src/features/crisis/lines.js';
import { newTalk, type HoldingTalk } from '../../../src/features/crisis/memory.js';
import { teamFacts } from '../../../src/features/crisis/team-facts.js';
import { LANGS, type Lang } from '../../../src/messages/language.js';

const program = loadConfig({ PROGRAM_CONFIG: path.resolve('tests/fixtures/program.json'), DATA_DIR: '/tmp/peerline-holding-test' }).program;
const facts = teamFacts(undefined, true, program.escalationMinutes, new Date('2026-11-23T15:00:00Z'));
const NO: Record<Lang, string> = { en: 'no', es: 'no', fr: 'non' };
/** Messages a person in crisis might send while they wait, in each language. */
const WAITING: Record<Lang, readonly string[]> = {
  en: ['ok', 'no', 'no', 'no', 'im scared', 'talk to a peer', 'when is someone coming', 'ok', 'thanks', 'i dont know', 'ok'],
  es: ['ok', 'no', 'no', 'no', 'tengo miedo', 'quiero hablar con alguien', 'cuando viene alguien', 'ok', 'gracias', 'no sé', 'ok'],
  fr: ['ok', 'non', 'non', 'non', "j'ai peur", 'parler à quelqu’un', "quand est-ce que quelqu'un vient", 'ok', 'merci', 'je sais pas', 'ok'],
};
const times = (text: string, part: string) => text.split(part).length - 1;

describe('the holding conversation keeps the crisis lines one short line away, never twice in a reply', () => {
  it.each(LANGS.flatMap((lang) => [0, 1, 2, 3, 4, 5].map((turns) => [lang, turns] as const)))(
    '"are you safe?" answered no (%s, after %i turns): 911 is named once',
    (lang, turns) => {
      const lines = scriptLines(program, 'US', lang);
      const talk: HoldingTalk = { ...newTalk('suicide', lang), asked: ['safe_now'], awaiting: 'safe_now', turns };
      const { reply } = holdingTurn(talk, NO[lang], facts, lines);
      expect(reply).toMatch(new RegExp(`^\\S.*\\b${lines.emergency}\\b`));
      expect(times(reply, lines.emergency), reply).toBe(1);
    },
  );

  it.each(LANGS)('a long wait (%s): no two replies the same, and 911 never twice in one reply', (lang) => {
    const lines = scriptLines(program, 'US', lang);
    let talk = newTalk('suicide', lang);
    const replies: string[] = [];
    for (const text of WAITING[lang]) {
      const turn = holdingTurn(talk, text, facts, lines);
      replies.push(turn.reply);
      talk = turn.talk;
    }
    expect(new Set(replies).size, replies.join('\n')).toBe(replies.length);
    for (const reply of replies) expect(times(reply, lines.emergency), reply).toBeLessThanOrEqual(1);
  });
});
