import { describe, expect, it } from 'vitest';
import { CrisisRulesError, CrisisScreen, type CrisisCategory, type ScreenLang } from '../../src/safety/index.js';

const screen = CrisisScreen.load();

/** Concept evidence joins its cues with " + ": one phrase per concept found. */
function conceptEvidence(text: string): string[] {
  return screen.screen(text).evidence.filter((e) => e.matched.includes(' + ')).map((e) => e.ruleId);
}

describe('concept layer: two ideas together, in any words, signal a crisis', () => {
  it.each<[CrisisCategory, ScreenLang, string]>([
    ['suicide', 'en', 'been hoarding my klonopin in a sock for weeks'],
    ['suicide', 'en', 'the extension cord is in my closet and i want it done tonight'],
    ['suicide', 'en', 'standing on the overpass right now and its so quiet'],
    ['suicide', 'es', 'ya tengo escondidas las pastillas de mi abuela'],
    ['suicide', 'es', 'voy a tirarme del edificio esta noche'],
    ['suicide', 'fr', "j'ai caché des somnifères depuis des semaines"],
    ['suicide', 'fr', 'ce soir je vais me jeter du toit'],
    ['self_harm', 'en', 'sliced my forearm pretty bad with a blade'],
    ['self_harm', 'es', 'me quemé la pierna con el encendedor otra vez'],
    ['self_harm', 'fr', 'je me brûle les bras avec une cigarette'],
    ['overdose_medical', 'en', 'my cousin mixed fent with vodka and is turning blue'],
    ['overdose_medical', 'es', 'mi novio mezcló pastillas con mezcal y no despierta'],
    ['overdose_medical', 'fr', "il a pris des benzos avec de l'alcool, il respire plus"],
    ['harm_to_others', 'en', 'im going to stab that guy from work tomorrow, got the knife'],
    ['harm_to_others', 'es', 'ya sé dónde vive, le voy a meter unos balazos'],
    ['harm_to_others', 'fr', "j'vais la planter ce soir, je sais où elle habite"],
    ['abuse_unsafe', 'en', 'my stepdad locked me in the basement and im scared'],
    ['abuse_unsafe', 'es', 'mi esposo me quitó el celular y no me deja salir, tengo miedo'],
    ['abuse_unsafe', 'fr', 'mon mari a pris mon téléphone pis il me laisse pas sortir'],
    ['psychosis', 'en', 'they put a tracker in my tooth, i need to get them before they get me'],
    ['psychosis', 'es', 'me están vigilando por las cámaras, tengo que castigarlos'],
    ['psychosis', 'fr', 'dieu m’a dit que je dois purifier la maison par le feu'],
  ])('%s in %s: "%s"', (category, lang, text) => {
    const result = screen.screen(text);
    expect(result.crisis).toBe(true);
    expect(result.evidence.map((e) => e.category)).toContain(category);
    expect(result.evidence.map((e) => e.lang)).toContain(lang);
  });

  it('a concept match names its rule and the short phrases of each cue', () => {
    const result = screen.screen('been hoarding my klonopin in a sock for weeks');
    expect(conceptEvidence('been hoarding my klonopin in a sock for weeks')).toContain('en.suicide.means_and_plan');
    for (const e of result.evidence) expect(e.matched.length).toBeLessThanOrEqual(60);
  });

  it('finds the concept in the middle of a long message and in ALL CAPS voice-to-text', () => {
    const filler = 'went to group, cooked dinner, talked to my sister about the weekend. ';
    expect(screen.screen(`${filler.repeat(15)}i have a rope in the trunk and im ready. ${filler.repeat(15)}`).crisis).toBe(true);
    expect(screen.screen('OK SO I HAVE ALL MY PILLS LINED UP ON THE COUNTER NEXT TO THE VODKA').crisis).toBe(true);
  });
});

describe('concept layer: the guards still hold', () => {
  it.each<[string, string]>([
    ['negated speaker intent', "i'm not suicidal, just exhausted from work"],
    ['negated speaker intent (es)', 'no estoy pensando en suicidarme, solo estoy cansado'],
    ['negated speaker intent (es)', 'no quiero hacerme daño, solo quiero hablar'],
    ['negated speaker intent (fr)', "j'ai pas d'idées de me faire du mal"],
    ['negated speaker intent (fr)', 'je veux pas me faire de mal, juste parler'],
    ['safe history', 'two years ago I overdosed, clean now'],
    ['safe history (es)', 'hace dos años tuve una sobredosis, ya estoy bien'],
    ['safe history (fr)', "il y a deux ans j'ai fait une overdose, maintenant ça va"],
    ['idiom', 'my mom is gonna kill me when she sees my grades'],
    ['idiom (es)', 'mi mamá me va a matar cuando vea las notas'],
    ['idiom (fr)', 'ma mère va me tuer quand elle verra mon bulletin'],
    ['idiom', 'this job is killing me'],
    ['idiom', 'dying to see it'],
    ['idiom', 'my phone died on the bridge lol'],
    ['media', 'the movie where he jumps off the bridge wrecked me'],
    ['game', 'playing call of duty, gonna shoot everyone lol'],
    ['ordinary means', 'picked up my meds at the pharmacy and went home'],
    ['ordinary place', 'driving over the bridge downtown, the lights look pretty tonight'],
    ['ordinary farewell', 'bye everyone, heading to bed'],
    ['ordinary ending', "i'm ready to be done with this semester"],
    ['ordinary quantity', 'took an extra vitamin this morning'],
  ])('%s: "%s"', (_kind, text) => {
    expect(screen.screen(text)).toEqual({ crisis: false, level: 'none', evidence: [] });
  });

  it.each([
    'no quiero vivir así',
    'ya no quiero estar aquí',
    "j'veux pu être là",
    'je veux plus me réveiller',
    "I don't want to be here anymore",
  ])('a negation that is itself the signal stays a crisis: "%s"', (text) => {
    expect(screen.screen(text).crisis).toBe(true);
  });
});

const shorthand = { tokens: {}, spelledOut: [], emoji: {} };

function conceptSet(rule: Record<string, unknown>, cues: Record<string, string[]> = {}): unknown {
  return {
    shorthand,
    languages: [
      {
        lang: 'en',
        words: {},
        cues: { means: ['pills', 'rope'], plan: ['saved', 'ready'], ...cues },
        negators: ['not'],
        pastMarkers: ['years ago'],
        presentMarkers: ['again'],
        mediaMarkers: ['movie'],
        idioms: [],
        rules: [{ id: 'en.suicide.means_plan', category: 'suicide', allOf: ['@means', '@plan'], ...rule }],
      },
    ],
  };
}

describe('concept rules from data', () => {
  it('fires when every cue is found in one sentence, in either order', () => {
    const s = CrisisScreen.fromRules(conceptSet({}));
    expect(s.screen('the rope is ready').evidence).toEqual([
      { ruleId: 'en.suicide.means_plan', category: 'suicide', lang: 'en', matched: 'rope + ready' },
    ]);
    expect(s.screen('saved up a lot of pills').crisis).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string, boolean]>([
    ['sentence scope stops at a full stop', {}, 'i have pills. ready for the trip', false],
    ['message scope crosses it', { scope: 'message' }, 'i have pills. ready for the trip', true],
    ['within limits the words between cues', { within: 2 }, 'pills that i have kept for a long time are ready', false],
    ['within lets close cues through', { within: 2 }, 'pills are ready', true],
    ['a negated cue does not count', {}, 'rope not ready', false],
    ['a past cue does not count', {}, 'saved pills years ago', false],
    ['media cancels it', {}, 'the movie where she saved pills', false],
  ])('%s', (_kind, rule, text, fires) => {
    expect(CrisisScreen.fromRules(conceptSet(rule)).screen(text).crisis).toBe(fires);
  });

  it('two cues must be found in different words', () => {
    const s = CrisisScreen.fromRules(conceptSet({ allOf: ['@means', '@means'] }));
    expect(s.screen('pills').crisis).toBe(false);
    expect(s.screen('pills and a rope').crisis).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ['phrases and allOf together', conceptSet({ phrases: ['x'] }), /either "phrases" or "allOf"/],
    ['neither phrases nor allOf', conceptSet({ allOf: undefined }), /either "phrases" or "allOf"/],
    ['a single cue', conceptSet({ allOf: ['@means'] }), /allOf/],
    ['within on a phrase rule', conceptSet({ allOf: undefined, phrases: ['x'], within: 3 }), /"within" and "scope"/],
    ['an unknown cue lexicon', conceptSet({ allOf: ['@means', '@nothing'] }), /unknown word list @nothing/],
    ['a cue that matches nothing', conceptSet({ allOf: ['@means', 'cameras?'] }), /matches an empty message/],
  ])('%s is refused with an error naming the rule', (_kind, rules, message) => {
    expect(() => CrisisScreen.fromRules(rules)).toThrow(CrisisRulesError);
    expect(() => CrisisScreen.fromRules(rules)).toThrow(message);
  });
});
