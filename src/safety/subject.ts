import type { CrisisSubject } from './types.js';

// Words that put someone other than the writer at the centre of an emergency: "my friend
// isn't waking up", "mi hijo se tomó", "il respire plus". The writer's own words ("I took",
// "me tomé", "j'ai pris") win when both appear, unless the other person is the one who took
// or is not breathing: the sentence with the symptom decides.
const OTHER = /\b(he|she|they|him|her|his|hers|them|friend|buddy|bro|roommate|partner|boyfriend|girlfriend|husband|wife|son|daughter|kid|child|baby|mom|mum|dad|brother|sister|cousin|someone|somebody|guy|girl|man|woman|el|ella|ellos|ellas|amig[oa]s?|novi[oa]|espos[oa]|marido|mujer|hij[oa]s?|bebe|nene|nena|mama|papa|herman[oa]|prim[oa]|alguien|compa|il|elle|ils|elles|lui|ami|amie|copain|copine|chum|blonde|mari|femme|fils|fille|enfant|bebe|mere|pere|frere|soeur|cousin|cousine|quelqu'un|quelqu un|coloc)\b/g;
const SELF = /\b(i|i'm|im|i've|ive|me|my|myself|yo|me|mi|estoy|tome|tomo|je|j|moi|mon|ma|mes|chu|suis)\b/g;

/** Whether an overdose or medical emergency is the writer's own or someone else's with them. */
export function emergencySubject(text: string): CrisisSubject {
  const folded = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’`]/g, "'");
  const others = folded.match(OTHER)?.length ?? 0;
  if (others === 0) return 'self';
  const selves = folded.match(SELF)?.length ?? 0;
  // "my friend took too much, he's not breathing": the writer is there, the other is in danger.
  return others >= selves || /\b(not|isn't|isnt|won't|wont|no|pas|plus)\b.{0,20}\b(breath|breathing|waking|wake|respira|despierta|respire|reveille)/.test(folded) ? 'other' : 'self';
}
