/** SMS compliance keywords (STOP, START, HELP) and plain-language requests to stop messages. */

/** Whole-message words Twilio and the carriers treat as an opt-out; no dialog may use them as commands. */
export const OPT_OUT_WORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'] as const;

/** Whole-message words that opt a person back in. Twilio also counts YES; we do not (see classifyKeyword). */
export const OPT_IN_WORDS = ['START', 'UNSTOP'] as const;

/** Whole-message words that ask for program contact and the crisis line. */
export const HELP_WORDS = ['HELP', 'INFO'] as const;

/** What a compliance keyword asks for. */
export type SmsKeyword = 'stop' | 'start' | 'help';

const KEYWORDS: ReadonlyMap<string, SmsKeyword> = new Map<string, SmsKeyword>([
  ...OPT_OUT_WORDS.map((w) => [w, 'stop'] as const),
  ...OPT_IN_WORDS.map((w) => [w, 'start'] as const),
  ...HELP_WORDS.map((w) => [w, 'help'] as const),
]);

const TWILIO_OPT_OUT_TYPES: ReadonlyMap<string, SmsKeyword> = new Map<string, SmsKeyword>([
  ['STOP', 'stop'],
  ['START', 'start'],
  ['HELP', 'help'],
]);

const SURROUNDING_NON_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The compliance keyword a message is, if any. Twilio's `OptOutType` wins because Twilio has already acted on it
 * (it is how Twilio reports YES as an opt-in). A plain YES is our consent answer, not a keyword.
 */
export function classifyKeyword(body: string, optOutType?: string): SmsKeyword | undefined {
  const fromTwilio = optOutType === undefined ? undefined : TWILIO_OPT_OUT_TYPES.get(optOutType.trim().toUpperCase());
  if (fromTwilio !== undefined) return fromTwilio;
  return KEYWORDS.get(body.replace(SURROUNDING_NON_WORD, '').toUpperCase());
}

// Matched against lower-case text without accents, with curly apostrophes made straight. Each pattern needs an
// object ("me", "these texts") so that "I need to stop texting my ex" or "stop drinking" never match.
const NOT_BEFORE = String.raw`(?<!\b(?:don'?t|do not|never|not|won'?t)\s+(?:[\w']+\s+){0,3})`;
const EN_VERB = String.raw`(?:text(?:ing)?|txt(?:ing)?|messag(?:e|ing)|msg(?:ing)?|contact(?:ing)?|writ(?:e|ing)(?:\s+to)?|send(?:ing)?|bother(?:ing)?|spam(?:ming)?)`;
const EN_MESSAGES = String.raw`(?:texts?|txts?|messages?|msgs?|sms|reminders?|check-?ins?)`;
const EN_WHICH = String.raw`(?:(?:me|all|the|these|those|your|this|all the|all these|all your)\s+)`;

const STOP_REQUESTS: readonly RegExp[] = [
  // en: "stop texting me", "please stop messaging me"
  new RegExp(String.raw`${NOT_BEFORE}\bstop\s+${EN_VERB}\s+me\b`),
  // en: "stop sending me messages", "stop these texts", "stop all messages"
  new RegExp(String.raw`${NOT_BEFORE}\bstop\s+(?:sending\s+|texting\s+)?${EN_WHICH}+${EN_MESSAGES}\b`),
  new RegExp(String.raw`^(?:please\s+)?stop\s+(?:sending\s+)?${EN_MESSAGES}(?:\s+please)?$`),
  new RegExp(String.raw`\b(?:stop|quit)\s+(?:getting|receiving)\s+${EN_WHICH}*${EN_MESSAGES}\b`),
  /^(?:please\s+)?stop\s+(?:all|now|please)(?:\s+please)?$/,
  /^please\s+stop$/,
  // en: "don't text me anymore", "do not message me", "never contact me again"
  new RegExp(String.raw`\b(?:don'?t|do not|never|no longer)\s+(?:ever\s+)?${EN_VERB}\s+me\b`),
  /\bno more\s+(?:texts|txts|messages|msgs|sms|reminders)\b/,
  /\bunsubscribe\s+me\b/,
  /\bopt\s+me\s+out\b/,
  /\b(?:(?:want|like|need|wish)\s+to|how\s+(?:do|can)\s+i|let\s+me)\s+(?:unsubscribe|opt[- ]?out)\b/,
  /\b(?:take|remove)\s+me\s+(?:off|from)\s+(?:this|the|your)\s+(?:list|texts|messages|program)\b/,
  /^(?:please\s+)?remove\s+me(?:\s+please)?$/,
  // es: "deja de mandarme mensajes", "para de escribirme"
  /\b(?:deja|dejen|deje|para|paren|pare)\s+de\s+(?:escribir|mandar|enviar|textear|contactar|molestar|mensajear)me\b/,
  /\b(?:deja|dejen|deje|para|paren|pare)\s+de\s+(?:mandar|enviar)(?:me)?\s+(?:(?:los|tus|sus|estos|esos)\s+)?(?:mensajes|textos|sms)\b/,
  // es: "ya no me escribas", "no me manden mas" (subjunctive only: "ya no me escribe" describes someone else)
  /\bno\s+me\s+(?:escrib(?:as|an|a)|mand(?:es|en|e)|envi(?:es|en|e)|contact(?:es|en|e)|molest(?:es|en|e)|texte(?:s|n))\b/,
  /\bno\s+quiero\s+(?:recibir\s+)?(?:mas\s+)?(?:mensajes|textos|sms)\b/,
  /^no\s+mas\s+(?:mensajes|textos|sms)\b/,
  /\b(?:darme|dame|denme|deme)\s+de\s+baja\b/,
  // fr: "arrêtez de m'écrire", "arrête de m'envoyer des messages"
  /\barret(?:e|ez)\s+de\s+m(?:'|e\s+|\s)(?:ecrire|envoyer|texter|contacter|deranger)\b/,
  // fr: "ne m'écrivez plus" (imperative only: "il ne m'écrit plus" describes someone else)
  /\bne\s+m(?:'|e\s+|\s)(?:ecrivez|ecris|envoyez|textez|contactez|derangez)\s+plus\b/,
  /\bje\s+ne\s+veux\s+plus\s+(?:recevoir\s+)?(?:de\s+|vos\s+|ces\s+)?(?:messages|textos|sms)\b/,
  /^plus\s+de\s+(?:messages|textos|sms)\b/,
  /\b(?:desabonnez|desabonne|desinscrivez|desinscris)[- ]moi\b/,
  /\bme\s+(?:desabonner|desinscrire)\b/,
];

/**
 * True for a sentence asking us to stop messaging (en, es, fr) that is not itself a keyword; the caller asks once
 * whether to stop everything. "I can't stop crying" or "stop drinking" are about the person's life, not our texts.
 */
export function isPlainLanguageStopRequest(text: string): boolean {
  if (classifyKeyword(text) !== undefined) return false;
  const normalized = normalizeForMatching(text);
  return STOP_REQUESTS.some((pattern) => pattern.test(normalized));
}

function normalizeForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
