import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { crisisFollowUp, crisisReply } from '../../src/messages/crisis-reply.js';

const program = loadConfig({ PROGRAM_CONFIG: path.resolve('tests/fixtures/program.json'), DATA_DIR: '/tmp/peerline-crisis-reply-test' }).program;
const CATEGORIES = [undefined, 'suicide_self_harm', 'overdose_medical', 'abuse_unsafe', 'harm_to_others'];

/** Every crisis reply and follow-up a language can produce. */
function everyReply(lang: 'en' | 'es' | 'fr'): string[] {
  const replies: string[] = [];
  for (const category of CATEGORIES)
    for (const peerAlerted of [true, false])
      for (const peerWithYou of [true, false])
        for (const uncertain of [true, false])
          replies.push(crisisReply({ program, region: 'US', category, lang, peerAlerted, peerWithYou, uncertain }));
  for (const peerAlerted of [true, false]) replies.push(crisisFollowUp({ program, region: 'US', lang, peerAlerted }));
  return replies;
}

describe('crisis replies', () => {
  it('in French say "vous", as every other French message does, never "tu"', () => {
    for (const reply of everyReply('fr')) {
      // Letters, not \b: "n'êtes" must not read as "tes".
      expect(reply).not.toMatch(/(?<![\p{L}'’])(tu|te|toi|ton|ta|tes)(?!\p{L})|(?<!\p{L})t['’]/iu);
      expect(reply).toMatch(/\bvous\b|\p{L}+ez\b/iu); // "vous", or a verb in its form (Contactez)
    }
  });

  it('in Spanish say "tú" throughout, as the Spanish catalogue does, never "usted"', () => {
    for (const reply of everyReply('es')) expect(reply).not.toMatch(/\busted(es)?\b/i);
  });

  it('in every language give the crisis line and say the bot is automated or still here', () => {
    for (const lang of ['en', 'es', 'fr'] as const)
      for (const reply of everyReply(lang)) expect(reply).toMatch(/988/);
  });
});
