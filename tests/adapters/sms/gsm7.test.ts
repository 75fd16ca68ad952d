import { describe, expect, it } from 'vitest';
import { segmentCount, smartEncode, smsEncoding, toGsm7 } from '../../../src/adapters/sms/gsm7.js';

describe('toGsm7', () => {
  it.each([
    ['curly single quotes', 'It\u2019s \u2018fine\u2019', "It's 'fine'"],
    ['curly double quotes', '\u201CHi\u201D', '"Hi"'],
    ['French guillemets', '\u00ABBonjour\u00BB', '"Bonjour"'],
    ['en dash', '9\u20135', '9-5'],
    ['em dash', 'wait\u2014now', 'wait-now'],
    ['ellipsis', 'well\u2026', 'well...'],
    ['no-break space', 'a\u00A0b', 'a b'],
    ['narrow no-break space', '10\u202F000', '10 000'],
    ['tab', 'a\tb', 'a b'],
    ['zero-width space', 'a\u200Bb', 'ab'],
    ['bullet', '\u2022 one', '- one'],
  ])('replaces %s', (_name, input, expected) => {
    expect(toGsm7(input)).toBe(expected);
    expect(smsEncoding(toGsm7(input))).toBe('GSM-7');
  });

  it.each([
    ['accented letters', 'Café, niño, São, ça'],
    ['emoji', 'Well done 🎉'],
    ['a family emoji joined by ZWJ', '👨\u200D👩\u200D👧'],
    ['newlines', 'one\ntwo'],
  ])('leaves %s alone', (_name, input) => {
    expect(toGsm7(input)).toBe(input);
  });

  it('turns a typical word-processor reply into one GSM-7 segment', () => {
    const text = toGsm7('You\u2019re doing great \u2014 see you tomorrow\u2026');
    expect(text).toBe("You're doing great - see you tomorrow...");
    expect(smsEncoding(text)).toBe('GSM-7');
    expect(segmentCount(text)).toBe(1);
  });
});

describe('smsEncoding', () => {
  it.each([
    ['plain ASCII', 'Hello, how are you?', 'GSM-7'],
    ['GSM basic accents', 'é è ù ì ò à Ä Ö Ñ Ü ä ö ñ ü É Ç ß', 'GSM-7'],
    ['GSM Greek capitals', 'ΔΦΓΛΩΠΨΣΘΞ', 'GSM-7'],
    ['extension table', '{}[]~\\|^€', 'GSM-7'],
    ['form feed (extension)', 'a\fb', 'GSM-7'],
    ['acute a, outside GSM-7', 'está', 'UCS-2'],
    ['lower-case c cedilla, outside GSM-7', 'ça', 'UCS-2'],
    ['emoji', 'ok 👍', 'UCS-2'],
    ['curly apostrophe', 'it\u2019s', 'UCS-2'],
    ['backtick', 'a`b', 'UCS-2'],
    ['the escape character itself', 'a\u001bb', 'UCS-2'],
  ])('%s is %s', (_name, text, expected) => {
    expect(smsEncoding(text)).toBe(expected);
  });
});

describe('segmentCount', () => {
  it.each([
    ['empty', '', 0],
    ['160 GSM-7 characters', 'a'.repeat(160), 1],
    ['161 GSM-7 characters', 'a'.repeat(161), 2],
    ['306 GSM-7 characters', 'a'.repeat(306), 2],
    ['307 GSM-7 characters', 'a'.repeat(307), 3],
    ['80 euro signs (2 septets each)', '€'.repeat(80), 1],
    ['81 euro signs', '€'.repeat(81), 2],
    ['70 UCS-2 characters', 'á'.repeat(70), 1],
    ['71 UCS-2 characters', 'á'.repeat(71), 2],
    ['134 UCS-2 characters', 'á'.repeat(134), 2],
    ['135 UCS-2 characters', 'á'.repeat(135), 3],
    ['35 emoji (two UTF-16 units each)', '😀'.repeat(35), 1],
    ['36 emoji', '😀'.repeat(36), 2],
  ])('%s: %i segment(s)', (_name, text, expected) => {
    expect(segmentCount(text)).toBe(expected);
  });

  it('never splits an escape pair across segments', () => {
    // 152 septets then a 2-septet euro sign: the euro moves to segment 2 whole, and 152 + 153 fill exactly two.
    expect(segmentCount('a'.repeat(152) + '€' + 'a'.repeat(151))).toBe(2);
    expect(segmentCount('a'.repeat(152) + '€' + 'a'.repeat(152))).toBe(3);
  });

  it('never splits a surrogate pair across segments', () => {
    // 66 units then an emoji: it cannot fit the 67-unit segment, so it starts the second one.
    expect(segmentCount('á'.repeat(66) + '😀' + 'á'.repeat(65))).toBe(2);
    expect(segmentCount('á'.repeat(66) + '😀' + 'á'.repeat(66))).toBe(3);
  });
});

describe('smartEncode', () => {
  it.each([
    ['Spanish acute accents', '¿Cómo está tu ánimo? Sí, aquí, útil', '¿Como esta tu animo? Si, aqui, util'],
    ['capital acute accents', 'ÁREA ÍNDICE ÓRDEN ÚNICO', 'AREA INDICE ORDEN UNICO'],
    ['French circumflex, cedilla and diaeresis', 'être, île, côté, sûr, ça, Noël, naïf', 'etre, ile, coté, sur, ca, Noel, naif'],
    ['French ligature', 'cœur, Œuvre', 'coeur, OEuvre'],
    ['punctuation as toGsm7 does it', 'C\u2019est \u00ABbien\u00BB\u2026', 'C\'est "bien"...'],
    ['an emoji the bot adds after words', 'Well done 🎉', 'Well done'],
    ['an emoji before words', '🎉 Well done!', 'Well done!'],
    ['an emoji between words', 'walk 🐕 the dog.', 'walk the dog.'],
    ['a flag and a skin tone', 'Bravo 🇫🇷 👍🏽!', 'Bravo!'],
    ['accents typed as combining marks', 'e\u0301te\u0301, i\u0301', 'été, i'],
  ])('%s', (_name, input, expected) => {
    expect(smartEncode(input)).toBe(expected);
    expect(smsEncoding(smartEncode(input))).toBe('GSM-7');
  });

  it.each([
    ['GSM-7 accented letters', 'é è à ù ì ò ñ Ñ ü Ü Ä Ö ä ö å Å É Ç Ø ø æ Æ ß'],
    ['Spanish marks that GSM-7 has', '¿Qué? ¡Sí!'.replace('é', 'e').replace('í', 'i')],
    ['plain text', 'Reply MENU for options.'],
  ])('leaves %s as they are', (_name, input) => {
    expect(smartEncode(input)).toBe(input);
  });

  it('keeps a piece of a list that is nothing but emoji: it is what the person wrote', () => {
    expect(smartEncode('Reasons for living: 🐶, my kids 💛')).toBe('Reasons for living: 🐶, my kids');
    expect(smartEncode('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧');
  });

  it('keeps accents when the program asks for them, and still makes punctuation plain', () => {
    expect(smartEncode('¿Cómo está? C\u2019est ça\u2026 🎉', { keepAccents: true })).toBe("¿Cómo está? C'est ça...");
  });

  it('turns the Spanish menu question from UCS-2 into one GSM-7 segment', () => {
    const menu = '¿Qué te gustaría hacer?\n1 Hacer mi chequeo\n2 Mis metas\n3 Mis chequeos\n4 Hablar con alguien\n5 Buscar ayuda cerca';
    expect(smsEncoding(menu)).toBe('UCS-2');
    expect(segmentCount(menu)).toBe(2);
    expect(smsEncoding(smartEncode(menu))).toBe('GSM-7');
    expect(segmentCount(smartEncode(menu))).toBe(1);
  });
});
