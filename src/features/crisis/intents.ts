import type { Lang } from '../../messages/language.js';
import type { HoldingIntent } from './words/index.js';

/** Lower case, no accents, straight apostrophes: the form the tables below are written for. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
}

type Table = readonly (readonly [HoldingIntent, RegExp])[];

// The crisis reply was a mistake: the person meant nothing of the kind, wrote in the wrong chat, or was joking
// (never "not joking": that says the opposite).
const FALSE_ALARM: Record<Lang, RegExp> = {
  en: /\bnot (in (a )?crisis|suicidal)\b|\bfalse alarm\b|\b(misunderstood|misread|wrong idea|didn'?t mean)\b|\bmy bad\b|\bwrong (chat|number|person|convo|conversation|thread)\b|\b(was|just) (a )?joke\b|(?<!\bnot |n'?t |\bno )\b(joking|kidding)\b/,
  es: /\bno (estoy|es) (en )?(una )?crisis\b|\bfalsa alarma\b|\bme (malinterpret|entendiste mal)|\bno (quise decir|lo dije en serio)\b|\bfue (un error|sin querer)\b|(?<!\bno )\b(fue|era|es) (una )?broma\b|(?<!\bno )\bestaba bromeando\b|\b(chat|numero) equivocado\b|\bme equivoque de (chat|numero|persona)\b/,
  fr: /\bpas en crise\b|\bfausse alerte\b|\bmal compris\b|\bpas (suicidaire|en danger)\b|\bc'?etait (une erreur|une blague|pour rire)\b|\bje (rigolais|plaisantais|blaguais)\b(?! pas)|\bmauvais (chat|numero|destinataire|fil)\b|\bje me suis trompee? de (chat|numero|personne|conversation)\b/,
};

// First match wins: asking for a method is never read as anything else; "what?? im not in crisis" is an all-clear, not confusion.
const INTENTS: Record<Lang, Table> = {
  en: [
    ['method', /\bhow (many|much)\b|\b(dose|dosage|lethal|fatal|would it take|enough to die)\b/],
    ['all_clear', /\b(i'?m|i am|im) (safe|ok(ay)?|fine|alright|good)\b|\bnot (in danger|going to (do|hurt))\b/],
    ['peer', /\b(talk|speak|chat|text) (to|with) (a |an |some )?(peer|someone|somebody|person|human|real person)\b|\breal person\b|\bcan (someone|somebody) (talk|call|text)\b|^peer$/],
    ['finish', /\b(finish|continue|back to|do|go on with) (the |my )?check ?-?in\b|^menu$/],
    ['confused', /^(what|huh|why|wtf|wdym)\b|\bwhat do you mean\b|^\?+$/],
    ['scared', /\b(scared|afraid|terrified|alone|lonely|nobody|no one|panic(king)?)\b/],
    ['when', /\b(who|when|how long|anyone coming|is someone coming|where are they)\b/],
    ['took', /\b(i took|i'?ve taken|i swallowed|i drank)\b/],
    ['thanks', /^(ok(ay)?|k|thanks|thank you|ty|alright|sure)\b/],
  ],
  es: [
    ['method', /\bcuant[oa]s\b|\bcuanto\b|\b(dosis|letal|mortal)\b/],
    ['all_clear', /\bestoy (a salvo|bien|segur[oa]|tranquil[oa])\b/],
    ['peer', /\bhablar con (alguien|una persona|un par|un companero)\b|\bpersona real\b|^par$/],
    ['finish', /\b(terminar|seguir con|volver a) (el |mi )?(check|registro|chequeo)|^menu$/],
    ['confused', /^(que|como|por que)\b|\bque quieres decir\b|^\?+$/],
    ['scared', /\b(miedo|sol[oa]|nadie|asustad[oa]|panico)\b/],
    ['when', /\b(quien|cuando|cuanto tiempo|alguien viene)\b/],
    ['took', /\b(me tome|tome|he tomado|me trague)\b/],
    ['thanks', /^(ok|vale|gracias|bueno|esta bien)\b/],
  ],
  fr: [
    ['method', /\bcombien\b|\b(dose|letale?|mortelle?)\b/],
    ['all_clear', /\bje (suis|me sens) (en securite|bien)\b|\bje vais bien\b/],
    ['peer', /\bparler (a|avec) (quelqu'?un|une personne|un pair)\b|\bvraie personne\b|^pair$/],
    ['finish', /\b(finir|continuer|reprendre) (le |mon )?(suivi|bilan|check)|^menu$/],
    ['confused', /^(quoi|hein|pourquoi|comment)\b|\bqu'?est-ce que (vous voulez dire|ca veut dire)\b|^\?+$/],
    ['scared', /\b(peur|seule?|panique|effraye)\b|\bpersonne ne\b/],
    ['when', /^qui\b|\bquand\b|\bcombien de temps\b|\bquelqu'?un (vient|arrive)\b/],
    ['took', /\bj'?ai (pris|avale)\b/],
    ['thanks', /^(ok|merci|d'accord|dac|correct)\b/],
  ],
};

/** What the person's message does in the holding conversation. */
export function holdingIntent(text: string, lang: Lang): HoldingIntent {
  const folded = fold(text);
  const intent = INTENTS[lang].find(([, pattern]) => pattern.test(folded))?.[0];
  // A false alarm is an all-clear, unless it asks for a method first.
  return intent === 'method' ? intent : saysFalseAlarm(text) ? 'all_clear' : (intent ?? 'other');
}

const YES: Record<Lang, RegExp> = {
  en: /^(yes|yeah|yep|yup|ya|yea|y|sure|i am|i have|i did|i do|kind of|kinda|sort of|a little)\b/,
  es: /^(si|sip|claro|creo que si|un poco|a veces)\b/,
  fr: /^(oui|ouais|ouin|un peu|parfois)\b/,
};
// Neither: read before the no ("i don't know", "no sé" start like one).
const UNSURE: Record<Lang, RegExp> = {
  en: /^(idk|i ?d ?k|i don'?t know|i dont know|dunno|not sure|unsure|i'?m not sure|im not sure|no idea|maybe|perhaps|possibly|i guess|hm+|um+)\b/,
  es: /^(no se|nose|ni idea|tal vez|talvez|quiza|quizas|a lo mejor|puede ser|no estoy segur[oa])\b/,
  fr: /^(je (ne )?sais pas|j'?sais pas|chais pas|sais pas|aucune idee|peut-etre|peut etre|pas sur|je (ne )?suis pas sur)\b/,
};
const NO: Record<Lang, RegExp> = {
  en: /^(no|nope|nah|n|not really|not at all|i'?m not|im not|i haven'?t|i didn'?t|i don'?t|never|of course not)\b/,
  es: /^(no|nop|nada|para nada|nunca|claro que no)\b/,
  fr: /^(non|nan|pas du tout|jamais|pas vraiment|bien sur que non)\b/,
};

/** A yes or a no at the start of the answer; undefined when it is neither or unsure ("idk", "maybe", "no sé"), read in any of the three languages as a fallback. */
export function yesOrNo(text: string, lang: Lang): 'yes' | 'no' | undefined {
  const folded = fold(text);
  const order: Lang[] = [lang, ...(['en', 'es', 'fr'] as const).filter((other) => other !== lang)];
  if (order.some((candidate) => UNSURE[candidate].test(folded))) return undefined;
  for (const candidate of order) {
    if (NO[candidate].test(folded)) return 'no';
    if (YES[candidate].test(folded)) return 'yes';
  }
  return undefined;
}

/** Whether an all-clear says the crisis reply was a mistake (a false alarm), not only that the person is safe now. */
export function saysFalseAlarm(text: string): boolean {
  const folded = fold(text);
  return Object.values(FALSE_ALARM).some((pattern) => pattern.test(folded));
}
