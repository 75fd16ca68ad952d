/** What the participant hears about the relay, in their language. */
export interface RelayWords {
  peerJoined(peer: string): string;
  peerSays(peer: string, text: string): string;
  ended(peer: string): string;
}

const WORDS: Record<'en' | 'es' | 'fr', RelayWords> = {
  en: {
    peerJoined: (peer) => `${peer} from the peer team is here with you now. What you write goes to ${peer}.`,
    peerSays: (peer, text) => `${peer} (peer): ${text}`,
    ended: (peer) => `${peer} has ended your conversation. I'm here again: reply MENU to see what I can do, or ask for a peer any time.`,
  },
  es: {
    peerJoined: (peer) => `${peer}, del equipo de apoyo entre pares, está contigo ahora. Lo que escribas le llega a ${peer}.`,
    peerSays: (peer, text) => `${peer} (apoyo entre pares): ${text}`,
    ended: (peer) => `${peer} terminó la conversación. Aquí sigo yo: responde MENU para ver lo que puedo hacer, o pide hablar con alguien cuando quieras.`,
  },
  fr: {
    peerJoined: (peer) => `${peer}, de l'équipe de pairs aidants, est avec vous maintenant. Ce que vous écrivez va à ${peer}.`,
    peerSays: (peer, text) => `${peer} (pair aidant) : ${text}`,
    ended: (peer) => `${peer} a terminé la conversation. Je suis de retour : répondez MENU pour voir ce que je peux faire, ou demandez un pair quand vous voulez.`,
  },
};

/** The relay's words for a participant's locale ('es-US' → Spanish, 'fr-CA' → French, else English). */
export function relayWordsFor(locale: string | null | undefined): RelayWords {
  const language = (locale ?? '').slice(0, 2).toLowerCase();
  return language === 'es' || language === 'fr' ? WORDS[language] : WORDS.en;
}
