import type { TurnContext } from 'botbuilder';
import type { Lang } from '../../messages/language.js';
import { fold } from '../crisis/intents.js';

/**
 * Phrases that tell of a return to use, over folded text (lower case, no accents). A
 * disclosure, not a plan or a fear: "i used last night", "recaí", "j'ai rechuté", never
 * "i used to drink", "i'm scared i'll relapse" or "no he consumido".
 */
const DISCLOSED: Record<Lang, RegExp> = {
  en: /\b(i|i've|ive|just|finally) relapsed\b|^relapsed\b|\bhad a (relapse|slip)\b|\bi (just )?used\b(?! to\b| (my|the|a|an|it|this|that|your|some of)\b)|\b(used|using|drank|drinking|drunk|smoked|picked up|got high|got drunk|shot up|drugged) again\b|\bgot (high|drunk|wasted|loaded|blasted)\b|\bi slipped( up)?\b(?! on\b)|\bbroke my (sobriety|streak|clean time)\b|\blost my (clean|sober) (time|date|days|streak)\b/,
  es: /\breca(i|iste|yo)\b|\b(tuve|he tenido) una recaida\b|\bvolvi a (consumir|beber|tomar|usar|drogarme|fumar|caer)\b|\bconsumi\b|\bme drogue\b|\bme emborrache\b|\bbebi (otra vez|de nuevo|anoche|ayer)\b/,
  fr: /\bj'?ai (re)?chute\b|\bje suis retombee?\b|\b(fait|eu) une rechute\b|\bj'?ai (re)?consomme\b|\bj'?ai rebu\b|\bj'?ai bu (hier|encore|de nouveau|ce soir|cette nuit)\b|\bj'?ai replonge\b|\bje me suis (defonce|saoule|soule|drogue)e?\b/,
};

// What turns a phrase above into something else: it did not happen, or it is feared, or long ago.
const NOT_DISCLOSED: Record<Lang, RegExp> = {
  en: /\b(didn'?t|did not|almost|nearly|never|haven'?t|have not|don'?t want to|won'?t|not going to|afraid|scared|worried|trying not to)\b[^.!?]{0,20}\b(use|used|relapse|relapsed|drink|drank|slip|slipped|pick up|picked up|get high|got high)\b/,
  es: /\bno (he |)(consumido|recaido|bebido)\b|\bcasi (recai|consumi|bebo|bebi)\b|\b(no quiero|miedo de|miedo a) (recaer|consumir|beber)\b|\bnunca (recai|consumi)\b/,
  fr: /\b(pas|jamais|presque|failli)\b[^.!?]{0,15}\b(rechute|consomme|bu|replonge)\b|\b(peur de|veux pas) (rechuter|consommer|boire)\b/,
};

/** Whether the message tells of a relapse (in English, Spanish or French). Crisis screening runs before this and is not replaced by it. */
export function disclosesRelapse(text: string): boolean {
  const folded = fold(text);
  const langs = Object.keys(DISCLOSED) as Lang[];
  return langs.some((lang) => DISCLOSED[lang].test(folded)) && !langs.some((lang) => NOT_DISCLOSED[lang].test(folded));
}

const TOLD = Symbol('peerline.relapseTold');

/** The person's earlier message told of a relapse, and this one answered the crisis check it raised with a no. */
export function markRelapseTold(context: TurnContext): void {
  context.turnState.set(TOLD, true);
}

/** Whether this turn tells of a relapse: in its own words, or in the message whose crisis check it just answered. */
export function relapseTold(context: TurnContext, text: string): boolean {
  return context.turnState.get(TOLD) === true || disclosesRelapse(text);
}
