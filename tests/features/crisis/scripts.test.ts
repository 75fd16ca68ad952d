import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentCount, smsEncoding, toGsm7 } from '../../../src/adapters/sms/gsm7.js';
import { loadConfig } from '../../../src/config.js';
import { checkQuestion, firstCrisisReply } from '../../../src/features/crisis/first-reply.js';
import { scriptLines } from '../../../src/features/crisis/lines.js';
import { SITUATIONS } from '../../../src/features/crisis/situation.js';
import { crisisWords } from '../../../src/features/crisis/words/index.js';
import { LANGS, type Lang } from '../../../src/messages/language.js';

const program = loadConfig({ PROGRAM_CONFIG: path.resolve('tests/fixtures/program.json'), DATA_DIR: '/tmp/peerline-crisis-reply-test' }).program;
const bundled = loadConfig({ PROGRAM_CONFIG: path.resolve('config/program.json'), DATA_DIR: '/tmp/peerline-crisis-reply-test' }).program;
const REGIONS = ['US', 'CA'] as const;
/** Two GSM-7 segments: the length every first reply keeps; accented letters (UCS-2) cost more segments for the same length. */
const TWO_GSM7_SEGMENTS = 306;

/** Every first reply, check question and holding line a language can produce. */
function everyReply(lang: Lang): string[] {
  const replies: string[] = [];
  for (const region of REGIONS)
    for (const situation of SITUATIONS) {
      for (const peerAlerted of [true, false])
        for (const peerWithYou of [true, false]) replies.push(firstCrisisReply({ program, region, situation, lang, peerAlerted, peerWithYou }));
      replies.push(checkQuestion({ program, region, situation, lang }));
    }
  return replies;
}

/** What the person sees on their phone: the text as the SMS channel sends it. */
const onPhone = (text: string) => toGsm7(text);

describe('crisis scripts', () => {
  it('in French say "vous", as every other French message does, never "tu"', () => {
    const words = crisisWords('fr');
    const lines = scriptLines(program, 'US', 'fr');
    const holding = [...Object.values(words.acks).flat(), ...Object.values(words.questions), ...words.shortLines(lines, true), ...words.shortLines(lines, false)];
    for (const reply of [...everyReply('fr'), ...holding]) {
      // Letters, not \b: "n'êtes" must not read as "tes".
      expect(reply).not.toMatch(/(?<![\p{L}'’])(tu|te|toi|ton|ta|tes)(?!\p{L})|(?<!\p{L})t['’]/iu);
    }
    for (const reply of everyReply('fr')) expect(reply).toMatch(/\bvous\b|\p{L}+ez\b/iu); // "vous", or a verb in its form (Appelez)
  });

  it('in Spanish say "tú" throughout, as the Spanish catalogue does, never "usted"', () => {
    for (const reply of everyReply('es')) expect(reply).not.toMatch(/\busted(es)?\b/i);
  });

  it('in every language give the crisis line (988) in every first reply and check question', () => {
    for (const lang of LANGS) for (const reply of everyReply(lang)) expect(reply).toMatch(/988/);
  });

  it.each(LANGS)('in %s every first reply fits two SMS segments where the alphabet allows, and never runs longer than two GSM-7 segments', (lang) => {
    for (const region of REGIONS)
      for (const situation of SITUATIONS) {
        const reply = onPhone(firstCrisisReply({ program: bundled, region, situation, lang, peerAlerted: true }));
        expect(reply.length, `${lang} ${region} ${situation}`).toBeLessThanOrEqual(TWO_GSM7_SEGMENTS);
        if (smsEncoding(reply) === 'GSM-7') expect(segmentCount(reply), `${lang} ${region} ${situation}`).toBeLessThanOrEqual(2);
        else expect(segmentCount(reply), `${lang} ${region} ${situation} (UCS-2)`).toBeLessThanOrEqual(5);
        const check = onPhone(checkQuestion({ program: bundled, region, situation, lang }));
        expect(segmentCount(check), `${lang} ${region} ${situation} check`).toBeLessThanOrEqual(smsEncoding(check) === 'GSM-7' ? 2 : 4);
      }
  });

  it('English and French first replies are GSM-7 throughout: two segments each', () => {
    for (const lang of ['en', 'fr'] as const)
      for (const situation of SITUATIONS) expect(smsEncoding(onPhone(firstCrisisReply({ program, region: 'US', situation, lang, peerAlerted: true }))), `${lang} ${situation}`).toBe('GSM-7');
  });
});

describe('the script fits what is happening', () => {
  const reply = (situation: (typeof SITUATIONS)[number], lang: Lang = 'en', region = 'US') => firstCrisisReply({ program, region, situation, lang, peerAlerted: true });

  it.each([
    ['en', 'US', /Call 911 now\. Poison Control: 1-800-222-1222\. Unlock your door and tell someone near you\. Don't wait to see if it passes\./],
    ['en', 'CA', /Call 911 now\. Poison centre \(connects you to your province's centre\): 1-844-764-7669\./],
    ['es', 'US', /Llama al 911 ahora\. Centro de Toxicología: 1-800-222-1222\. Abre la puerta y avisa a alguien cerca\. No esperes a ver si se pasa\./],
    ['fr', 'CA', /Appelez le 911 maintenant\. Centre antipoison provincial : 1-844-764-7669\. Déverrouillez la porte/],
  ] as const)('the writer\'s own overdose (%s, %s): 911 now, Poison Control, unlock the door, no bystander advice', (lang, region, expected) => {
    const text = reply('overdose_self', lang, region);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/naloxon|Narcan|stay with them|quédate con|restez avec/i);
  });

  it.each(LANGS)('someone else\'s overdose (%s): 911, naloxone, the recovery position, stay with them; no Poison Control first', (lang) => {
    const text = reply('overdose_other', lang);
    expect(text).toMatch(/911/);
    expect(text).toMatch(/naloxon/i);
    expect(text).toMatch(/recovery position|posición de recuperación|position latérale de sécurité/);
    expect(text.indexOf('911')).toBeLessThan(text.indexOf('988'));
  });

  it.each(LANGS)('suicidal thoughts (%s): 988 first, 911 if in immediate danger, never Narcan', (lang) => {
    const text = reply('suicide', lang);
    expect(text.indexOf('988')).toBeLessThan(text.indexOf('911'));
    expect(text).not.toMatch(/Narcan|naloxon/i);
  });

  it.each(LANGS)('abuse (%s): the domestic violence line, and a way to stop the texts if texting is not safe', (lang) => {
    const text = reply('abuse', lang);
    expect(text).toContain('1-800-799-7233');
    expect(text).toMatch(/Reply STOP|responde STOP|répondez STOP/);
  });

  it.each(LANGS)('a medical emergency, harm to others, self-harm and psychosis (%s) each have their own words', (lang) => {
    const texts = (['medical', 'harm_to_others', 'self_harm', 'psychosis'] as const).map((situation) => reply(situation, lang));
    expect(new Set(texts).size).toBe(4);
    for (const text of texts) expect(text).toMatch(/911/);
  });

  it.each(LANGS)('the check question (%s) asks directly, adapted to the category', (lang) => {
    const suicide = checkQuestion({ program, region: 'US', situation: 'suicide', lang });
    const overdose = checkQuestion({ program, region: 'US', situation: 'overdose_self', lang });
    expect(suicide).toMatch(/ending your life|quitarte la vida|mettre fin à vos jours/);
    expect(overdose).toMatch(/taken something that could hurt you|Tomaste algo que te pueda hacer daño|pris quelque chose qui pourrait vous faire du mal/);
  });
});
