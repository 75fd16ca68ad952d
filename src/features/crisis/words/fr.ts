import type { CrisisWords } from './types.js';

// "vous", as everywhere else the bot writes French: the register does not change in a crisis.
export const fr: CrisisWords = {
  script: {
    suicide: (l) => `Merci de m'en parler. Vous comptez. ${cap(l.crisisContact)} maintenant. En cas de danger immédiat, appelez le ${l.emergency}.`,
    self_harm: (l) => `Merci de me le dire. Vous méritez du soin, pas plus de douleur. ${cap(l.crisisContact)} maintenant. En cas de blessure grave, appelez le ${l.emergency}.`,
    overdose_self: (l) =>
      `C'est une urgence. Appelez le ${l.emergency} maintenant.${l.poison ? ` ${l.poison.name} : ${l.poison.number}.` : ''} Déverrouillez la porte, prévenez quelqu'un près de vous. N'attendez pas que les effets passent. Le ${l.crisis} aussi.`,
    overdose_other: (l) =>
      `C'est une urgence. Appelez le ${l.emergency} maintenant. Si vous avez de la naloxone (Narcan), donnez-la. Mettez la personne sur le flanc (position latérale de sécurité) et restez avec elle. Le ${l.crisis} est là aussi.`,
    medical: (l) => `Ça ressemble à une urgence médicale. Appelez le ${l.emergency} maintenant et dites ce qui se passe; on vous guidera. Déverrouillez la porte. N'attendez pas. Le ${l.crisis} est là aussi.`,
    harm_to_others: (l) =>
      `Merci de me le dire. Trouvons de l'aide maintenant, avant que quelqu'un soit blessé. Si quelqu'un est en danger, appelez le ${l.emergency}. Le ${l.crisis} peut aussi vous écouter.`,
    abuse: (l) =>
      `Vous avez droit à la sécurité. En danger : le ${l.emergency}.${l.dv ? ` ${l.dv.name} : ${l.dv.contact}.` : ''} Le ${l.crisis} aussi. Si mes textos sont risqués, répondez STOP.`,
    psychosis: (l) =>
      `Merci de me le dire. Ça semble effrayant, et vous n'avez pas à obéir aux voix. ${cap(l.crisisContact)} maintenant. En danger, appelez le ${l.emergency}.`,
  },
  peerAlerted: "J'ai alerté une personne de notre équipe.",
  peerWithYou: 'Le pair aidant qui vous parle voit aussi ce message.',
  noPeer: 'Une vraie personne répond à ces lignes.',
  stay: 'Je suis un assistant automatisé, et je suis toujours là.',

  checkOpen: 'Je veux vous poser une question, car votre message me semble sérieux.',
  checkQuestion: {
    suicide: 'Pensez-vous à mettre fin à vos jours?',
    self_harm: 'Pensez-vous à vous faire du mal?',
    overdose_self: 'Avez-vous pris quelque chose qui pourrait vous faire du mal?',
    overdose_other: "Quelqu'un avec vous est-il en danger maintenant?",
    medical: "Quelqu'un a-t-il une urgence médicale maintenant?",
    harm_to_others: "Pensez-vous à faire du mal à quelqu'un?",
    abuse: "Quelqu'un vous fait-il du mal ou vous met-il en danger maintenant?",
    psychosis: "Des voix vous disent-elles de vous faire du mal ou d'en faire à quelqu'un?",
  },
  checkLine: (l) => `Si oui, ${l.crisisContact}; je suis là aussi.`,
  checkAgain: (question, l) => `Je veux être sûr de bien vous comprendre. ${question} Un oui ou un non suffit. Au besoin, ${l.crisisContact}.`,
  checkNo: (l) => `Merci de me le dire. Si ça change, le ${l.crisis} est là en tout temps.`,

  acks: {
    method: ["Je ne peux pas vous aider avec ça. Ce que vous ressentez compte, et je veux que vous soyez en sécurité.", 'Je ne peux pas répondre à ça. Votre sécurité compte pour moi.'],
    all_clear: [],
    peer: [],
    finish: ['Votre suivi peut attendre; il sera encore là. Je veux d’abord savoir que vous allez bien.', 'On y revient dès que je sais que vous allez bien.'],
    confused: [
      "J'ai lu votre message comme un signe de danger, alors je vous ai donné les lignes de crise et j'ai prévenu l'équipe. Si je me suis trompé, dites-moi « je suis en sécurité ».",
      'Je vous ai peut-être mal compris. Si vous êtes en sécurité, dites-moi « je suis en sécurité ».',
    ],
    when: [],
    scared: ["C'est normal d'avoir peur. Vous n'êtes pas seul en ce moment : je suis là avec vous.", "Je vous entends. Vous n'avez pas à vivre ça seul."],
    took: ['Merci de me le dire.'],
    crisis: ['Je vous entends, et je suis content que vous continuiez à me parler.', 'Merci de me le dire. Je reste ici.'],
    thanks: ['Je suis toujours là avec vous.', 'Je suis là.', 'Je suis là, je ne pars pas.'],
    other: ['Merci de me le dire.', 'Je vous entends.', 'Je vous lis.', 'Merci. Je suis toujours là.'],
  },
  questions: {
    safe_now: 'Vous sentez-vous en sécurité maintenant?',
    taken_anything: 'Avez-vous pris quelque chose?',
    anyone_with_you: "Y a-t-il quelqu'un avec vous?",
    called_emergency: "Avez-vous pu appeler de l'aide?",
  },
  answers: {
    safe_now: { yes: () => 'Je suis content que vous soyez en sécurité maintenant.', no: (l) => `Appelez le ${l.emergency} maintenant si vous êtes en danger.` },
    taken_anything: {
      yes: (l) => `Appelez le ${l.emergency} maintenant${l.poison ? ` ou le ${l.poison.number}` : ''}, et déverrouillez la porte.`,
      no: () => 'Merci. Je suis content.',
    },
    anyone_with_you: { yes: () => 'Bien. Vous pouvez lui dire ce qui se passe.', no: () => 'Alors je suis là avec vous; vous pouvez continuer à m’écrire.' },
    called_emergency: { yes: () => 'Bien. Restez en ligne et suivez leurs consignes.', no: (l) => `Appelez le ${l.emergency} maintenant, puis écrivez-moi.` },
  },
  shortLines: (l, emergencyFirst) =>
    emergencyFirst
      ? [`Si ce n'est pas fait, appelez le ${l.emergency} maintenant.`, ...(l.poison ? [`${l.poison.name} : ${l.poison.number}.`] : []), `Le ${l.crisis} est là aussi.`]
      : [`Le ${l.crisis} est là en tout temps : ${l.crisisContact}.`, `En danger maintenant? Appelez le ${l.emergency}.`, `Vous pouvez appeler ou texter le ${l.crisis} à toute heure.`],
  team: (facts, l) =>
    facts.alerted
      ? [
          `J'ai prévenu le pair de garde; si personne ne répond en ${facts.escalationMinutes} minutes, une autre personne est alertée.`,
          facts.escalated
            ? "Une autre personne de l'équipe a aussi été alertée. Quelqu'un vous écrira ici."
            : `Ça fait ${facts.waitedMinutes} min; à ${facts.escalationMinutes}, une autre personne est alertée. Quelqu'un vous écrira ici.`,
          "L'équipe a votre message. Quand quelqu'un le prend, je vous le dis ici.",
        ]
      : [`Personne de l'équipe n'est joignable maintenant, alors ${l.crisisContact} : une vraie personne répond, à toute heure.`],
  peerBeingReached: (facts, l) =>
    facts.alerted
      ? `Un pair est déjà prévenu : il a votre message et vous écrira ici. Si personne ne répond en ${facts.escalationMinutes} minutes, une autre personne est alertée.`
      : `Je n'ai pu joindre personne de l'équipe. ${cap(l.crisisContact)} : une vraie personne répond.`,

  allClearAsk: ['Merci de me le dire. Je suis content.', "D'accord. Merci de me le dire, ça me rassure."],
  allClearQuestion: {
    suicide: { text: 'Une question, pour être sûr : pensez-vous à mettre fin à vos jours en ce moment?', reassuring: 'no' },
    self_harm: { text: 'Une question, pour être sûr : pensez-vous à vous faire du mal en ce moment?', reassuring: 'no' },
    overdose_self: { text: 'Une question, pour être sûr : avez-vous pris quelque chose qui pourrait vous faire du mal?', reassuring: 'no' },
    overdose_other: { text: 'Une question, pour être sûr : tout le monde est-il en sécurité maintenant?', reassuring: 'yes' },
    medical: { text: 'Une question, pour être sûr : tout le monde est-il en sécurité maintenant?', reassuring: 'yes' },
    harm_to_others: { text: "Une question, pour être sûr : pensez-vous à faire du mal à quelqu'un en ce moment?", reassuring: 'no' },
    abuse: { text: 'Une question, pour être sûr : êtes-vous dans un endroit sûr maintenant?', reassuring: 'yes' },
    psychosis: { text: 'Une question, pour être sûr : des voix vous disent-elles de faire du mal en ce moment?', reassuring: 'no' },
  },
  allClearBack: (l) => `Merci. Je suis content que vous soyez en sécurité. Quelqu'un de l'équipe pourrait prendre de vos nouvelles, et le ${l.crisis} est là en tout temps.`,
  allClearNoDialog: 'Répondez MENU pour voir ce que je peux faire.',
  allClearStay: 'Merci de votre franchise. Je reste avec vous.',
  allClearAgain: 'Un oui ou un non suffit.',
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
