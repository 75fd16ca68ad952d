import { describe, expect, it } from 'vitest';
import { CrisisScreen, type CrisisCategory, type ScreenLang } from '../../src/safety/index.js';

const screen = CrisisScreen.load();
const rulesOnly = CrisisScreen.loadRulesOnly();

describe('concept lexicons: indirect wordings nobody wrote as a rule still match', () => {
  it.each<[string, CrisisCategory, ScreenLang, string]>([
    ['finality', 'suicide', 'en', 'its been nice knowing you guys, my brother gets the car and the laptop'],
    ['finality', 'suicide', 'en', 'tying up loose ends tonight, sorry for all the trouble'],
    ['finality', 'suicide', 'es', 'ya dejé todo listo, las cartas están en el buró'],
    ['finality', 'suicide', 'es', 'me despido, cuiden a mi gato por favor'],
    ['finality', 'suicide', 'fr', 'j\'ai réglé mes affaires, prenez soin de mon chien'],
    ['finality', 'suicide', 'fr', 'tout est prêt, les lettres sont dans le tiroir'],
    ['time', 'suicide', 'en', 'tonight is the night, not scared anymore'],
    ['time', 'suicide', 'es', 'llegó la hora, ya no aguanto más'],
    ['time', 'suicide', 'fr', 'le moment est venu, j\'ai plus peur'],
    ['garage', 'suicide', 'en', 'engine is running in the garage and i shut the door'],
    ['garage', 'suicide', 'es', 'dejé el carro prendido en el garaje con la puerta cerrada'],
    ['garage', 'suicide', 'fr', 'le char tourne dans le garage, porte fermée'],
    ['ligature', 'suicide', 'en', 'tied the cord to the beam, it holds my weight'],
    ['ligature', 'suicide', 'es', 'amarré el cinturón a la viga, ya lo probé'],
    ['ligature', 'suicide', 'fr', 'j\'ai attaché la ceinture au crochet, elle tient'],
    ['edge', 'suicide', 'en', 'on the overpass, the fence is easy to climb'],
    ['edge', 'suicide', 'es', 'estoy en el mirador, el barandal está bajito'],
    ['edge', 'suicide', 'fr', 'sur le viaduc, je regarde en bas'],
    ['gun', 'suicide', 'en', 'found the code, the glock is loaded'],
    ['gun', 'suicide', 'es', 'tengo la pistola cargada en la mano'],
    ['gun', 'suicide', 'fr', 'le gun est chargé dans ma main'],
    ['pills', 'suicide', 'en', 'saved the rest of my lamictal in a sock'],
    ['pills', 'suicide', 'es', 'tengo guardadas todas mis sertralinas'],
    ['pills', 'suicide', 'fr', 'j\'ai gardé le reste de mes lexomil'],
    ['lethality', 'suicide', 'en', 'what floor would be high enough'],
    ['lethality', 'suicide', 'es', 'cuál es el método menos doloroso, pregunto por mi'],
    ['lethality', 'suicide', 'fr', 'c\'est quoi la méthode la plus rapide pour moi'],
    ['medical', 'overdose_medical', 'en', 'he collapsed and his lips are turning blue'],
    ['medical', 'overdose_medical', 'es', 'se desmayó y tiene los labios morados'],
    ['medical', 'overdose_medical', 'fr', 'il s\'est effondré et ses lèvres sont bleues'],
    ['threat', 'abuse_unsafe', 'en', 'he found out where im staying and hes coming with a knife'],
    ['threat', 'abuse_unsafe', 'es', 'ya sabe dónde vivo y viene con un machete'],
    ['threat', 'abuse_unsafe', 'fr', 'il sait où je reste, il s\'en vient avec un couteau'],
    ['conditional', 'abuse_unsafe', 'en', 'she says if i leave she\'ll drown the cat'],
    ['conditional', 'abuse_unsafe', 'es', 'dice que si lo dejo va a matar a mi perro'],
    ['conditional', 'abuse_unsafe', 'fr', 'il dit que si je pars il va tuer le chien'],
    ['retribution', 'harm_to_others', 'en', 'got my bat in the trunk, hes gonna learn tonight'],
    ['harm', 'harm_to_others', 'es', 'le voy a quemar la casa cuando se duerma'],
    ['harm', 'harm_to_others', 'fr', 'je vais brûler son char pendant qu\'il dort'],
    ['psychosis', 'psychosis', 'en', 'my husband was replaced by an impostor, i have to protect myself'],
    ['psychosis', 'psychosis', 'es', 'mi esposo es un impostor, tengo que defenderme como sea'],
    ['psychosis', 'psychosis', 'fr', 'mon mari est un imposteur, je dois me protéger'],
    ['selfharm', 'self_harm', 'en', 'the cuts on my thigh are swollen and oozing'],
    ['selfharm', 'self_harm', 'es', 'las heridas del brazo están hinchadas y con pus'],
    ['selfharm', 'self_harm', 'fr', 'mes coupures sont gonflées et pleines de pus'],
  ])('%s (%s, %s): "%s"', (_concept, category, lang, text) => {
    const result = screen.screen(text);
    expect(result.crisis).toBe(true);
    expect(result.evidence.some((e) => e.category === category && e.lang === lang)).toBe(true);
  });
});

describe('concept lexicons: alarming words used safely stay quiet', () => {
  it.each<[string]>([
    ['checking out of the airbnb at noon'],
    ['my plan for saturday is set, hiking with the kids'],
    ['i\'d kill for a nap'],
    ['giving away old toys to the church'],
    ['my sister gets the car when i buy my new one'],
    ['how many advil can i take for cramps'],
    ['burned myself on the stove making eggs'],
    ['my boss is gonna murder me lol'],
    ['he\'s waiting outside for our dinner date'],
    ['me muero de risa jaja'],
    ['hoy es la noche del concierto!!'],
    ['cuántas pastillas de tylenol puedo tomar al día para la fiebre'],
    ['me corté picando cebolla'],
    ['adieu les vacances, retour au bureau'],
    ['je me suis brûlé avec la poêle en cuisinant'],
    ['combien de comprimés je peux prendre par jour pour la fièvre'],
    ['je suis sur le pont, gros trafic, en retard'],
    ['j\'ai tout préparé pour le souper de samedi'],
  ])('"%s"', (text) => {
    // The lexicons are the rules' concern: they stay quiet. The model, which reads every
    // message, may ask about one of these (a burn "making eggs"), never raise the alarm.
    expect(rulesOnly.screen(text)).toEqual({ crisis: false, level: 'none', evidence: [] });
    expect(screen.screen(text).level).not.toBe('crisis');
  });
});
