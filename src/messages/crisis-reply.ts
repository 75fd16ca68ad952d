import type { CrisisLine, ProgramConfig } from '../config.js';
import { crisisLinesFor, lineIn } from './crisis-lines.js';
import type { Lang } from './language.js';

/** The languages crisis replies are written in. */
export type CrisisReplyLang = Lang;

interface CrisisWords {
  open: Record<string, string>;
  /** When only the model (no rule) flagged the message: ask, gently, rather than assume. */
  check: string;
  medicalFirst: string;
  peerAlerted: string;
  /** A peer already holds the person's hand-off and is talking with them. */
  peerWithYou: string;
  noPeer: string;
  stay: string;
  followUp: string;
  /** The follow-up when no peer could be alerted: never promise one. */
  followUpNoPeer: string;
}

// Safe-messaging wording: acknowledge, point to help now, offer a human, keep the door open.
// Never method, dose or lethality; never "goodbye".
const WORDS: Record<CrisisReplyLang, CrisisWords> = {
  en: {
    open: {
      default: "I'm really glad you told me. You matter, and you deserve support right now.",
      overdose_medical: 'This sounds like an emergency.',
      abuse_unsafe: "I'm so sorry. You deserve to be safe.",
      harm_to_others: "Thank you for telling me. Let's get you support right now, before anyone gets hurt.",
    },
    check: "I want to check in, because what you wrote sounds like it could be serious. If you're not safe right now, please reach out:",
    medicalFirst: "Call 911 now. Stay with them, and if you have naloxone (Narcan), give it. ",
    peerAlerted: "I've alerted a peer from our team, who will reach out to you as soon as they can.",
    peerWithYou: 'The peer who is talking with you sees this message too.',
    noPeer: 'Please reach out to one of these lines now; a real person will answer.',
    stay: "I'm an automated assistant, and I'm still here: you can keep texting me.",
    followUp: "I'm still here with you, and a peer has been alerted. If you are in danger now, please use the lines below.",
    followUpNoPeer: "I'm still here with you. Please reach out to one of these lines now; a real person will answer.",
  },
  es: {
    open: {
      default: 'Me alegra mucho que me lo hayas contado. Importas, y mereces apoyo ahora mismo.',
      overdose_medical: 'Esto parece una emergencia.',
      abuse_unsafe: 'Lo siento mucho. Mereces estar a salvo.',
      harm_to_others: 'Gracias por decírmelo. Busquemos apoyo ahora mismo, antes de que alguien salga herido.',
    },
    check: 'Quiero preguntarte cómo estás, porque lo que escribiste podría ser serio. Si no estás a salvo ahora, comunícate:',
    medicalFirst: 'Llama al 911 ahora. Quédate con la persona y, si tienes naloxona (Narcan), dásela. ',
    peerAlerted: 'Avisé a una persona de nuestro equipo, que te contactará lo antes posible.',
    peerWithYou: 'La persona de apoyo que está hablando contigo también ve este mensaje.',
    noPeer: 'Comunícate ahora con una de estas líneas; te atenderá una persona real.',
    stay: 'Soy un asistente automático y sigo aquí: puedes seguir escribiéndome.',
    followUp: 'Sigo aquí contigo y ya avisé a una persona del equipo. Si estás en peligro ahora, usa estas líneas.',
    followUpNoPeer: 'Sigo aquí contigo. Comunícate ahora con una de estas líneas; te atenderá una persona real.',
  },
  fr: {
    // "vous", as everywhere else the bot writes French: the register does not change in a crisis.
    open: {
      default: "Merci de m'en parler. Vous comptez, et vous méritez du soutien maintenant.",
      overdose_medical: 'Ça ressemble à une urgence.',
      abuse_unsafe: 'Je suis désolé. Vous méritez d’être en sécurité.',
      harm_to_others: "Merci de me le dire. Trouvons de l'aide maintenant, avant que quelqu'un soit blessé.",
    },
    check: "Je veux prendre de vos nouvelles, parce que ce que vous avez écrit pourrait être sérieux. Si vous n'êtes pas en sécurité maintenant, contactez :",
    medicalFirst: 'Appelez le 911 maintenant. Restez avec la personne et, si vous avez de la naloxone (Narcan), donnez-la. ',
    peerAlerted: "J'ai alerté une personne de notre équipe, qui va vous contacter dès que possible.",
    peerWithYou: 'Le pair aidant qui vous parle voit aussi ce message.',
    noPeer: 'Contactez une de ces lignes maintenant; une vraie personne va répondre.',
    stay: 'Je suis un assistant automatisé et je suis toujours là : vous pouvez continuer à m’écrire.',
    followUp: "Je suis toujours là, et une personne de l'équipe a été alertée. Si vous êtes en danger maintenant, utilisez ces lignes.",
    followUpNoPeer: 'Je suis toujours là. Contactez une de ces lignes maintenant; une vraie personne va répondre.',
  },
};

const lineText = (line: CrisisLine, lang: CrisisReplyLang): string => {
  const text = lineIn(line, lang);
  return `${text.name}: ${text.contact}.`;
};

/** The lines to give, most urgent first for the kind of crisis. */
function orderedLines(program: ProgramConfig, region: string | null | undefined, category: string | undefined): CrisisLine[] {
  const lines = crisisLinesFor(program, region);
  const byKind = (kind: CrisisLine['kind']) => lines.filter((line) => line.kind === kind);
  const order: CrisisLine['kind'][] =
    category === 'overdose_medical'
      ? ['emergency', 'crisis']
      : category === 'abuse_unsafe'
        ? ['emergency', 'domestic_violence', 'crisis']
        : ['crisis', 'emergency'];
  return order.flatMap(byKind);
}

/** The first reply to a crisis message: acknowledge, the lines for their region, a human, the door open. */
export function crisisReply(options: {
  program: ProgramConfig;
  region: string | null | undefined;
  category: string | undefined;
  lang: CrisisReplyLang;
  peerAlerted: boolean;
  /** A peer holds the hand-off and is talking with the person now. */
  peerWithYou?: boolean;
  /** Only the model flagged it: a gentle check rather than an assumption. */
  uncertain?: boolean;
}): string {
  const words = WORDS[options.lang];
  const open = options.uncertain ? words.check : (words.open[options.category ?? ''] ?? words.open.default);
  const first = options.category === 'overdose_medical' ? words.medicalFirst : '';
  const lines = orderedLines(options.program, options.region, options.category)
    .map((line) => lineText(line, options.lang))
    .join(' ');
  const human = options.peerWithYou ? words.peerWithYou : options.peerAlerted ? words.peerAlerted : words.noPeer;
  return `${open} ${first}${lines} ${human} ${words.stay}`;
}

/** What a follow-up message hears while the crisis is still open: still here, help now. */
export function crisisFollowUp(options: {
  program: ProgramConfig;
  region: string | null | undefined;
  lang: CrisisReplyLang;
  /** Whether a peer could be alerted; without one, the follow-up does not promise one. */
  peerAlerted?: boolean;
}): string {
  const lines = orderedLines(options.program, options.region, undefined)
    .map((line) => lineText(line, options.lang))
    .join(' ');
  const words = WORDS[options.lang];
  return `${options.peerAlerted === false ? words.followUpNoPeer : words.followUp} ${lines}`;
}

/** The reply language: the participant's own if set, else the language the message was written in. */
export function crisisReplyLang(locale: string | null | undefined, screenLang: string | undefined): CrisisReplyLang {
  const chosen = (locale ?? '').slice(0, 2).toLowerCase();
  if (chosen === 'es' || chosen === 'fr' || chosen === 'en') return chosen;
  return screenLang === 'es' || screenLang === 'fr' ? screenLang : 'en';
}
