import { describe, expect, it } from 'vitest';
import {
  classifyKeyword,
  isPlainLanguageStopRequest,
  OPT_OUT_WORDS,
} from '../../../src/adapters/sms/keywords.js';

describe('classifyKeyword', () => {
  it.each(OPT_OUT_WORDS.flatMap((word) => [[word], [word.toLowerCase()], [` ${word[0]}${word.slice(1).toLowerCase()} `]]))(
    '%j opts out',
    (body) => {
      expect(classifyKeyword(body)).toBe('stop');
    },
  );

  it.each([['STOP.'], ['Stop!'], ['stop!!'], ['"stop"'], ['  STOP  \n'], ['Stop 🛑'], ['¡stop!']])(
    'ignores punctuation and spaces around the word: %j',
    (body) => {
      expect(classifyKeyword(body)).toBe('stop');
    },
  );

  it.each([
    ['START', 'start'],
    ['start', 'start'],
    ['Unstop.', 'start'],
    ['HELP', 'help'],
    ['help?', 'help'],
    ['Info', 'help'],
  ] as const)('%j is %s', (body, expected) => {
    expect(classifyKeyword(body)).toBe(expected);
  });

  it.each([
    ['stop texting me please'],
    ['please stop'],
    ['stop all'],
    ['STOP ALL'],
    ['I want to stop drinking'],
    ['cancel my appointment'],
    ['the end'],
    ['YES'],
    ['yes'],
    ['helpful'],
    ['stopp'],
    ['S T O P'],
    [''],
  ])('%j is not a keyword', (body) => {
    expect(classifyKeyword(body)).toBeUndefined();
  });

  it.each([
    ['STOP', 'anything at all', 'stop'],
    ['START', 'YES', 'start'],
    ['start', 'yes', 'start'],
    ['HELP', 'aide', 'help'],
    ['STOP', 'START', 'stop'],
  ] as const)("Twilio's OptOutType %s wins over the body %j", (optOutType, body, expected) => {
    expect(classifyKeyword(body, optOutType)).toBe(expected);
  });

  it('falls back to the body when OptOutType is empty or unknown', () => {
    expect(classifyKeyword('STOP', '')).toBe('stop');
    expect(classifyKeyword('hello', 'SOMETHINGNEW')).toBeUndefined();
  });
});

describe('isPlainLanguageStopRequest', () => {
  it.each([
    // en
    ['please stop texting me'],
    ['stop texting me please'],
    ['Stop sending me messages'],
    ['stop messaging me'],
    ['can you stop texting me?'],
    ["don't text me anymore"],
    ['Don’t text me anymore'],
    ['do not message me again'],
    ['never contact me again'],
    ['unsubscribe me'],
    ['Please unsubscribe me from this'],
    ['opt me out'],
    ['I want to unsubscribe'],
    ['how do I opt out'],
    ['stop these texts'],
    ['stop all messages'],
    ['STOP ALL'],
    ['stop please'],
    ['please stop'],
    ['no more texts'],
    ['take me off this list'],
    ['remove me'],
    ['I want to stop getting these messages'],
    // es
    ['deja de mandarme mensajes'],
    ['Deja de escribirme'],
    ['ya no me escribas'],
    ['ya no me manden nada'],
    ['no me envíes más mensajes'],
    ['no quiero recibir más mensajes'],
    ['quiero darme de baja'],
    ['paren de enviarme mensajes'],
    // fr
    ["arrêtez de m'écrire"],
    ['arrête de m’envoyer des messages'],
    ['Arretez de me texter'],
    ['désabonnez-moi'],
    ['je veux me désabonner'],
    ["ne m'écrivez plus"],
    ['je ne veux plus recevoir de messages'],
  ])('%j asks us to stop', (text) => {
    expect(isPlainLanguageStopRequest(text)).toBe(true);
  });

  it.each([
    // life, not our texts
    ['stop drinking'],
    ['I want to stop using'],
    ["I can't stop crying"],
    ['I need to stop texting my ex'],
    ['I should stop sending money to my brother'],
    ['I want to stop writing in my journal every night'],
    ['the voices won’t stop'],
    ['make it stop'],
    ['I want to end it'],
    // the opposite
    ["please don't stop texting me"],
    ["I don't want you to stop texting me"],
    ['opt me in'],
    // someone else, not us
    ['mi hermana ya no me escribe'],
    ["il ne m'écrit plus"],
    ['deja de beber'],
    ['arrête de boire'],
    ["je veux plus de messages comme ça, c'est super"],
    // keywords are classifyKeyword's, not ours
    ['STOP'],
    ['unsubscribe'],
    // ordinary
    ['yes'],
    ['I feel better today'],
    ['where is the nearest meeting'],
  ])('%j is not a request to stop messages', (text) => {
    expect(isPlainLanguageStopRequest(text)).toBe(false);
  });
});
