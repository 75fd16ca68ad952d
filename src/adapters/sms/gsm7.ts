/** GSM 03.38 default alphabet: which texts fit in 7-bit SMS and how many segments they take. */

// Basic table in code order (0x00–0x7F); 0x1B is the escape to the extension table, not a character.
const BASIC_TABLE =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION_TABLE = '\f^{}\\[~]|€';

const BASIC = new Set(Array.from(BASIC_TABLE).filter((c) => c !== '\u001b'));
const EXTENSION = new Set(Array.from(EXTENSION_TABLE));

const GSM7_SINGLE_SEGMENT = 160;
const GSM7_PER_SEGMENT = 153;
const UCS2_SINGLE_SEGMENT = 70;
const UCS2_PER_SEGMENT = 67;

/** The encoding a carrier will use for this text. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

// Typographic characters phones and word processors insert, with their GSM-7 look-alikes.
const REPLACEMENTS: readonly (readonly [RegExp, string])[] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A`\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u2022\u2023\u25E6\u2219\u25AA\u25CF]/g, '-'],
  [/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
  // Zero-width space and BOM are invisible and force UCS-2; ZWJ (U+200D) stays, emoji sequences need it.
  [/[\u200B\uFEFF]/g, ''],
];

/** Replaces curly quotes, dashes, ellipses, odd spaces and bullets with GSM-7 characters; leaves letters and emoji alone. */
export function toGsm7(text: string): string {
  return REPLACEMENTS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** How far {@link smartEncode} goes. */
export interface SmartEncodingOptions {
  /** Keep accented letters GSM-7 lacks (á, ê, ç…): the program prefers them to shorter texts. */
  readonly keepAccents?: boolean;
  /** Keep every emoji: the text relays a person's own message (a peer's words, a participant's words to staff). */
  readonly keepEmoji?: boolean;
}

// Letters GSM-7 lacks that are not a base letter plus accents.
const LIGATURES: ReadonlyMap<string, string> = new Map([
  ['œ', 'oe'],
  ['Œ', 'OE'],
]);

// Pictographs with what joins and modifies them (variation selectors, ZWJ, skin tones, keycaps, tags).
const EMOJI_SOURCE =
  '(?:\\p{Extended_Pictographic}|\\p{Regional_Indicator})(?:[\\uFE0E\\uFE0F\\u20E3]|\\p{Emoji_Modifier}|[\\u{E0020}-\\u{E007F}]|\\u200D(?:\\p{Extended_Pictographic}|\\p{Emoji_Modifier}))*';
const HAS_EMOJI = new RegExp(EMOJI_SOURCE, 'u');
const EMOJI = new RegExp(EMOJI_SOURCE, 'gu');
// A run of emoji that opens a piece takes the space after it; one inside a piece takes the space before it.
const LEADING_EMOJI = new RegExp(`^(\\s*)(?:${EMOJI_SOURCE})+ ?`, 'u');
const INNER_EMOJI = new RegExp(` ?(?:${EMOJI_SOURCE})+`, 'gu');
const WORD = /[\p{L}\p{N}]/u;

/**
 * Makes a text GSM-7 where that keeps its meaning, as Twilio's Smart Encoding does: {@link toGsm7}'s
 * punctuation; accented letters GSM-7 lacks lose the accent (á → a, ê → e, ç → c, œ → oe; é, è, à, ù, ñ, ü, Ç
 * and the other GSM-7 letters stay) unless `keepAccents`; emoji go wherever words carry the meaning, and stay
 * only in a piece of text that is nothing but emoji (a plan item written as "🐶"), where dropping them would
 * drop what the person said.
 */
export function smartEncode(text: string, options: SmartEncodingOptions = {}): string {
  // Composed first, so a letter typed as a base and a combining accent ("e" + U+0301) is read as one.
  const plain = toGsm7(text.normalize('NFC'));
  const letters = options.keepAccents ? plain : Array.from(plain, foldLetter).join('');
  return options.keepEmoji ? letters : dropEmojiBesideWords(letters);
}

function foldLetter(ch: string): string {
  if (BASIC.has(ch) || EXTENSION.has(ch) || !/\p{L}/u.test(ch)) return ch;
  const ligature = LIGATURES.get(ch);
  if (ligature !== undefined) return ligature;
  const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return bare !== '' && Array.from(bare).every((c) => BASIC.has(c)) ? bare : ch;
}

// Pieces are what lists and labels separate ("Reasons: 🐶, my kids" → "Reasons", " 🐶", " my kids").
function dropEmojiBesideWords(text: string): string {
  if (!HAS_EMOJI.test(text)) return text;
  return text
    .split(/([,;:\n])/)
    .map((piece) => (WORD.test(piece.replace(EMOJI, '')) ? piece.replace(LEADING_EMOJI, '$1').replace(INNER_EMOJI, '') : piece))
    .join('');
}

/** GSM-7 when every character is in the basic or extension table, otherwise UCS-2. */
export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) {
    if (!BASIC.has(ch) && !EXTENSION.has(ch)) return 'UCS-2';
  }
  return 'GSM-7';
}

/** Number of SMS segments the text is billed and sent as (0 for an empty text). */
export function segmentCount(text: string): number {
  if (text.length === 0) return 0;
  return smsEncoding(text) === 'GSM-7' ? gsm7Segments(text) : ucs2Segments(text);
}

function gsm7Segments(text: string): number {
  const widths = Array.from(text, (ch) => (EXTENSION.has(ch) ? 2 : 1));
  return packSegments(widths, GSM7_SINGLE_SEGMENT, GSM7_PER_SEGMENT);
}

function ucs2Segments(text: string): number {
  return packSegments(Array.from(text, (ch) => ch.length), UCS2_SINGLE_SEGMENT, UCS2_PER_SEGMENT);
}

// An escape pair or a surrogate pair is never split across two segments, so pack whole characters.
function packSegments(widths: readonly number[], single: number, perSegment: number): number {
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= single) return 1;
  let segments = 1;
  let used = 0;
  for (const width of widths) {
    if (used + width > perSegment) {
      segments += 1;
      used = 0;
    }
    used += width;
  }
  return segments;
}
