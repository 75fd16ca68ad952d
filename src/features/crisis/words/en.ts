import type { CrisisWords } from './types.js';

// Safe-messaging wording: acknowledge, point to help now, offer a human, keep the door open.
// Never method, dose or lethality; never "goodbye".
export const en: CrisisWords = {
  script: {
    suicide: (l) => `I'm really glad you told me. You matter. Please ${l.crisisContact} now. If you're in immediate danger, call ${l.emergency}.`,
    self_harm: (l) => `Thank you for telling me. You deserve care, not more pain. Please ${l.crisisContact} now. If you're badly hurt, call ${l.emergency}.`,
    overdose_self: (l) =>
      `This is an emergency. Call ${l.emergency} now.${l.poison ? ` ${l.poison.name}: ${l.poison.number}.` : ''} Unlock your door and tell someone near you. Don't wait to see if it passes. ${l.crisis} is there to talk too.`,
    overdose_other: (l) =>
      `This is an emergency. Call ${l.emergency} now. If you have naloxone (Narcan), give it. Lay them on their side (recovery position) and stay with them. ${l.crisis} is there for you too.`,
    medical: (l) =>
      `This sounds like a medical emergency. Call ${l.emergency} now and say what is happening; they will guide you. Unlock the door. Don't wait to see if it passes. ${l.crisis} is there too.`,
    harm_to_others: (l) =>
      `Thank you for telling me. Let's get support now, before anyone gets hurt. If anyone is in immediate danger, call ${l.emergency}. You can ${l.crisisContact} to talk it through.`,
    abuse: (l) =>
      `I'm so sorry. You deserve to be safe. If you're in danger now, call ${l.emergency}.${l.dv ? ` ${l.dv.name}: ${l.dv.contact}.` : ''} ${l.crisis} is there too. Not safe to text? Reply STOP.`,
    psychosis: (l) =>
      `Thank you for telling me. That sounds really frightening, and you don't have to do what the voices say. Please ${l.crisisContact} now. In immediate danger, call ${l.emergency}.`,
  },
  peerAlerted: "I've alerted a peer from our team.",
  peerWithYou: 'The peer who is talking with you sees this message too.',
  noPeer: 'Please reach out to one of these lines now; a real person will answer.',
  stay: "I'm an automated assistant; keep texting me.",

  checkOpen: 'I want to check in, because what you wrote sounds like it could be serious.',
  checkQuestion: {
    suicide: 'Are you thinking about ending your life?',
    self_harm: 'Are you thinking about hurting yourself?',
    overdose_self: 'Have you taken something that could hurt you?',
    overdose_other: 'Is someone with you in danger right now?',
    medical: 'Is someone having a medical emergency right now?',
    harm_to_others: 'Are you thinking about hurting someone?',
    abuse: 'Is someone hurting you or making you unsafe right now?',
    psychosis: 'Are voices telling you to hurt yourself or someone else?',
  },
  checkLine: (l) => `If so, please ${l.crisisContact}; I'm here too.`,
  checkAgain: (question, l) => `I want to be sure I understood you. ${question} A yes or no is enough. You can ${l.crisisContact} any time.`,
  checkNo: (l) => `Thank you for telling me. If that changes, ${l.crisis} is there any time.`,

  acks: {
    method: ["I can't help with that. What you're feeling matters, and I want you to be safe.", "That's not something I can answer. I care about you staying safe."],
    all_clear: [],
    peer: [],
    finish: ["Your check-in can wait; it'll still be here. First I want to know you're okay.", "We can go back to it once I know you're okay."],
    confused: [
      'I read your message as a sign you might be in danger, so I sent the crisis lines and let our team know. If I got that wrong, tell me "I\'m safe".',
      'I may have misread you. If you\'re safe, just tell me "I\'m safe".',
    ],
    when: [],
    scared: ["It makes sense to feel scared. You're not alone right now: I'm here with you.", "I hear you. You don't have to go through this alone."],
    took: ['Thank you for telling me.'],
    crisis: ["I hear you, and I'm glad you're still talking to me.", "Thank you for telling me. I'm staying right here."],
    thanks: ["I'm still here with you.", "I'm right here.", "I'm here, and I'm not going anywhere."],
    other: ['Thank you for telling me.', 'I hear you.', "I'm listening.", "Thank you. I'm still here."],
  },
  questions: {
    safe_now: 'Are you safe right now?',
    taken_anything: 'Have you taken anything?',
    anyone_with_you: 'Is anyone with you?',
    called_emergency: 'Have you been able to call for help?',
  },
  answers: {
    safe_now: { yes: () => "I'm glad you're safe right now.", no: (l) => `Please call ${l.emergency} now if you're in danger.` },
    taken_anything: {
      yes: (l) => `Please call ${l.emergency} now${l.poison ? `, or ${l.poison.name} at ${l.poison.number}` : ''}, and unlock your door.`,
      no: () => "Thank you. I'm glad.",
    },
    anyone_with_you: { yes: () => "Good. It's okay to tell them what's going on.", no: () => "Then I'm here with you, and you can keep texting me." },
    called_emergency: { yes: () => "Good. Stay on the line with them and do what they say.", no: (l) => `Please call ${l.emergency} now, then text me back.` },
  },
  shortLines: (l, emergencyFirst) =>
    emergencyFirst
      ? [`If you haven't yet, call ${l.emergency} now.`, ...(l.poison ? [`${l.poison.name}: ${l.poison.number}.`] : []), `${l.crisis} is there too.`]
      : [`${l.crisis} is there any time: ${l.crisisContact}.`, `In danger now? Call ${l.emergency}.`, `You can ${l.crisisContact} at any hour.`],
  team: (facts, l) =>
    facts.alerted
      ? [
          `I've let the on-call peer know; if nobody picks it up within ${facts.escalationMinutes} minutes, a backup is alerted too.`,
          facts.escalated
            ? "A backup on our team has been alerted as well. Someone will text you here."
            : `It's been ${facts.waitedMinutes} min; the backup is alerted at ${facts.escalationMinutes}. Someone will text you here.`,
          'Our team has your message. When someone picks it up, I\'ll tell you here.',
        ]
      : [`Nobody on our team can be reached right now, so please ${l.crisisContact}: a real person will answer, any hour.`],
  peerBeingReached: (facts, l) =>
    facts.alerted
      ? `A peer is already being reached: they have your message and will text you here. If nobody picks it up within ${facts.escalationMinutes} minutes, a backup is alerted.`
      : `I couldn't reach anyone on our team right now. Please ${l.crisisContact}: a real person will answer.`,

  allClearAsk: ["Thank you for letting me know. I'm glad.", "Okay. Thank you for telling me, I'm glad to hear it."],
  allClearQuestion: {
    suicide: { text: 'One question, to be sure: are you having thoughts of ending your life right now?', reassuring: 'no' },
    self_harm: { text: 'One question, to be sure: are you thinking about hurting yourself right now?', reassuring: 'no' },
    overdose_self: { text: 'One question, to be sure: have you taken anything that could hurt you?', reassuring: 'no' },
    overdose_other: { text: 'One question, to be sure: is everyone there safe now?', reassuring: 'yes' },
    medical: { text: 'One question, to be sure: is everyone there safe now?', reassuring: 'yes' },
    harm_to_others: { text: 'One question, to be sure: are you thinking about hurting anyone right now?', reassuring: 'no' },
    abuse: { text: 'One question, to be sure: are you somewhere safe right now?', reassuring: 'yes' },
    psychosis: { text: 'One question, to be sure: are voices telling you to hurt anyone right now?', reassuring: 'no' },
  },
  allClearBack: (l) => `Thank you. I'm glad you're safe. Someone from our team may still check in, and ${l.crisis} is there any time.`,
  allClearNoDialog: 'Reply MENU to see what I can do.',
  allClearStay: "Thank you for being honest with me. I'm staying with you.",
  allClearAgain: 'Yes or no is fine.',
};
