import { describe, expect, it } from 'vitest';
import { CrisisScreen, type CrisisCategory } from '../../src/safety/index.js';

const screen = CrisisScreen.load();

describe('crisis screen: every category in every language', () => {
  it.each<[CrisisCategory, 'en' | 'es' | 'fr', string]>([
    ['suicide', 'en', 'honestly i might just end my life this weekend'],
    ['suicide', 'es', 'ya no quiero seguir viviendo'],
    ['suicide', 'fr', "j'ai envie de me suicider"],
    ['self_harm', 'en', 'been cutting myself again all week'],
    ['self_harm', 'es', 'anoche me volví a lastimar, me corté los brazos'],
    ['self_harm', 'fr', 'je me scarifie encore'],
    ['overdose_medical', 'en', 'my boyfriend took something and he is not breathing'],
    ['overdose_medical', 'es', 'mi prima no respira y tiene los labios morados'],
    ['overdose_medical', 'fr', 'mon frère fait une overdose'],
    ['harm_to_others', 'en', "i'm going to stab my roommate tonight"],
    ['harm_to_others', 'es', 'voy a matar a mi cuñado'],
    ['harm_to_others', 'fr', 'je vais le buter ce soir'],
    ['abuse_unsafe', 'en', 'my boyfriend punched me and i dont feel safe at home'],
    ['abuse_unsafe', 'es', 'mi pareja me golpea todos los días'],
    ['abuse_unsafe', 'fr', "mon copain m'a frappée hier"],
    ['psychosis', 'en', 'the voices keep telling me to kill myself'],
    ['psychosis', 'es', 'las voces me dicen que me muera'],
    ['psychosis', 'fr', 'les voix me disent de sauter'],
  ])('%s in %s: "%s"', (category, lang, text) => {
    const result = screen.screen(text);
    expect(result.crisis).toBe(true);
    expect(result.category).toBe(category);
    expect(result.lang).toBe(lang);
    expect(result.evidence.length).toBeGreaterThan(0);
  });
});

describe('crisis screen: what is not a crisis', () => {
  it.each<[string, string]>([
    ['idiom', 'this commute is killing me'],
    ['idiom', 'dead tired 💀 going to bed'],
    ['idiom', 'bombed my driving test lol'],
    ['idiom', 'me muero de sueño'],
    ['idiom', 'je suis morte de rire'],
    ['safe history', 'I used to self-harm, 3 years clean now'],
    ['safe history', 'overdosed back in 2018, sober since'],
    ['negated', "i'm not suicidal, just exhausted"],
    ['negated', 'no quiero morir, solo estoy triste'],
    ['relapse without danger', 'I drank last night, feel awful'],
    ['relapse without danger', 'smoked weed again, calling my sponsor'],
    ['media', 'watching a documentary about overdoses, so sad'],
    ['media', 'that movie where the girl kills herself wrecked me'],
    ['others non-urgent', 'my friend is sad about her breakup'],
    ['everyday stress', 'rent is late and my boss is a nightmare'],
    ['check-in answer', 'mood 4, cravings 6, slept badly'],
  ])('%s: "%s"', (_kind, text) => {
    expect(screen.screen(text)).toEqual({ crisis: false, level: 'none', evidence: [] });
  });

  it.each([
    'got everything i need for the trip',
    'traffic is not moving at all',
    'my heart is racing before the interview',
    'i cant move my legs after leg day lol',
    'my mom took my phone lol',
    'cant breathe lol',
    "i'm gonna kill this workout",
    'thank you for everything you do',
    'my last day at work is friday',
    'wrote a letter to my grandma',
    'i have no reason to stay at this job',
    'took 2 advil for my headache',
    'i took my meds',
    "that's odd",
  ])('an ordinary sentence sharing words with a crisis phrase: "%s" raises no alarm (at most a question)', (text) => {
    expect(screen.screen(text).level).not.toBe('crisis');
  });

  // Known false alarms of the model, which no rule makes: at most a question, never the alarm.
  it.each(['gonna do it tonight after work, the laundry i mean', 'the game tonight is gonna kill, cant wait'])('"%s" raises no alarm', (text) => {
    expect(CrisisScreen.loadRulesOnly().screen(text).crisis).toBe(false);
    expect(screen.screen(text).level).not.toBe('crisis');
  });

  it('"I don\'t want to live" is a crisis although it is negated', () => {
    expect(screen.screen("I don't want to live").crisis).toBe(true);
    // Said to a crisis line, "I don't want to die" is as often fear in an emergency as reassurance: it is asked about.
    expect(screen.screen("I don't want to die").level).not.toBe('none');
  });

  it('a past attempt with "again" now is a crisis', () => {
    expect(screen.screen('tried to hang myself years ago and im feeling that way again').crisis).toBe(true);
  });

  it('someone else in danger is a crisis, someone else merely sad is not', () => {
    expect(screen.screen('my friend is blue and won’t wake up').category).toBe('overdose_medical');
    expect(screen.screen('my friend is really sad lately').crisis).toBe(false);
  });
});

describe('crisis screen: texting style', () => {
  it.each([
    ['leetspeak', 'i w4nt t0 k1ll mys3lf'],
    ['symbols for letters', 'thinking about $uicide'],
    ['repeated letters', 'i wanna diiiiieeeee'],
    ['no punctuation or capitals', 'i dont wanna be here anymore honestly'],
    ['shouting with accents', 'YA NO QUIERO VIVIR'],
    ['accents dropped', 'me corte otra vez'],
    ['accents kept', 'me corté otra vez'],
    ['slang', 'gonna unalive myself'],
    ['slang spelling', 'thinkin bout sewerslide'],
    ['abbreviation', 'kms'],
    ['spelled out', 'k m s'],
    ['curly apostrophe', 'i’m going to end it tonight'],
  ])('%s: "%s"', (_kind, text) => {
    expect(screen.screen(text).crisis).toBe(true);
  });

  it('finds the signal buried in a long ordinary message', () => {
    const filler = 'went to work, picked up groceries, called my sister about the weekend, the bus was late again. ';
    const text = `${filler.repeat(20)}honestly i have my pills saved up for tonight. ${filler.repeat(20)}`;
    const result = screen.screen(text);
    expect(result.crisis).toBe(true);
    expect(result.category).toBe('suicide');
  });

  it('evidence is a short phrase, never the whole message', () => {
    const text = 'Hi, quick update: my meeting was good and work is fine but honestly I want to die, anyway how are you';
    const result = screen.screen(text);
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) {
      expect(e.matched.length).toBeLessThan(40);
      expect(text.toLowerCase()).not.toBe(e.matched);
    }
    expect(result.evidence.map((e) => e.matched)).toContain('want to die');
  });

  it('puts the most urgent category first when several fire', () => {
    const result = screen.screen('i cut myself and then took all my pills, i think im overdosing');
    expect(result.category).toBe('overdose_medical');
    expect(result.evidence.map((e) => e.category)).toContain('self_harm');
  });
});

describe('crisis screen: any string is safe to screen', () => {
  it.each([
    ['empty', ''],
    ['spaces only', '   \n\t '],
    ['NUL bytes', 'hello\u0000world\u0000'],
    ['lone high surrogate', 'abc\uD800def'],
    ['lone low surrogate', '\uDC00 i want to die'],
    ['right-to-left text', 'مرحبا كيف حالك'],
    ['emoji only', '💊💊🔪🪦⚰️'],
    ['100 KB', 'a'.repeat(100_000)],
    ['100 KB of words', 'ordinary words here '.repeat(5_000)],
  ])('%s does not throw', (_kind, text) => {
    expect(() => screen.screen(text)).not.toThrow();
  });

  it('emoji of death and means alone are a signal (coffin, headstone, knife, pills)', () => {
    expect(screen.screen('💊🔪🪦⚰️').level).not.toBe('none');
    expect(screen.screen('🎉🙂🍕').level).toBe('none');
  });

  it('a crisis at the end of 100 KB is still found', () => {
    expect(screen.screen(`${'ordinary words here '.repeat(5_000)} i want to kill myself`).crisis).toBe(true);
  });
});
