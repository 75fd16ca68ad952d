import type { CrisisWords } from './types.js';

// "tú", as the rest of the Spanish catalogue. Nunca método, dosis ni letalidad.
export const es: CrisisWords = {
  script: {
    suicide: (l) => `Me alegra mucho que me lo hayas contado. Importas. Por favor, ${l.crisisContact} ahora. Si estás en peligro inmediato, llama al ${l.emergency}.`,
    self_harm: (l) => `Gracias por contármelo. Mereces cuidado, no más dolor. Por favor, ${l.crisisContact} ahora. Si estás herido, llama al ${l.emergency}.`,
    overdose_self: (l) =>
      `Es una emergencia. Llama al ${l.emergency} ahora.${l.poison ? ` ${l.poison.name}: ${l.poison.number}.` : ''} Abre la puerta y avisa a alguien cerca. No esperes a ver si se pasa. El ${l.crisis} también.`,
    overdose_other: (l) =>
      `Es una emergencia. Llama al ${l.emergency} ahora. Si tienes naloxona (Narcan), dásela. Ponle de lado (posición de recuperación) y quédate con la persona. El ${l.crisis} también está ahí.`,
    medical: (l) => `Parece una emergencia médica. Llama al ${l.emergency} ahora y di qué pasa; te guiarán. Abre la puerta. No esperes. El ${l.crisis} también está ahí.`,
    harm_to_others: (l) =>
      `Gracias por decírmelo. Busquemos apoyo ahora, antes de que alguien salga herido. Si alguien está en peligro, llama al ${l.emergency}. También puedes llamar al ${l.crisis}.`,
    abuse: (l) =>
      `Lo siento. Mereces estar a salvo. Si estás en peligro, llama al ${l.emergency}.${l.dv ? ` ${l.dv.name}: ${l.dv.contact}.` : ''} El ${l.crisis} también. Si mis textos son un riesgo, responde STOP.`,
    psychosis: (l) =>
      `Gracias por contármelo. No tienes que hacer lo que dicen las voces. Por favor, ${l.crisisContact} ahora. En peligro, llama al ${l.emergency}.`,
  },
  peerAlerted: 'Avisé a una persona de nuestro equipo.',
  peerWithYou: 'La persona que habla contigo también ve esto.',
  noPeer: 'En estas líneas te atiende una persona real.',
  stay: 'Soy un asistente automático y sigo aquí.',

  checkOpen: 'Quiero preguntarte algo, porque lo que escribiste podría ser serio.',
  checkQuestion: {
    suicide: '¿Estás pensando en quitarte la vida?',
    self_harm: '¿Estás pensando en hacerte daño?',
    overdose_self: '¿Tomaste algo que te pueda hacer daño?',
    overdose_other: '¿Alguien contigo está en peligro ahora?',
    medical: '¿Alguien tiene una emergencia médica ahora?',
    harm_to_others: '¿Estás pensando en hacerle daño a alguien?',
    abuse: '¿Alguien te está haciendo daño o te pone en peligro ahora?',
    psychosis: '¿Las voces te dicen que te hagas daño o que se lo hagas a alguien?',
  },
  checkLine: (l) => `Si es así, ${l.crisisContact}; yo también estoy aquí.`,
  checkAgain: (question, l) => `Quiero asegurarme de entenderte. ${question} Basta con un sí o un no. Si lo necesitas, ${l.crisisContact}.`,
  checkNo: (l) => `Gracias por decírmelo. Si eso cambia, el ${l.crisis} está ahí siempre.`,

  acks: {
    method: ['No puedo ayudarte con eso. Lo que sientes importa y quiero que estés a salvo.', 'Eso no te lo puedo responder. Me importa que estés a salvo.'],
    all_clear: [],
    peer: [],
    finish: ['Tu registro puede esperar; seguirá aquí. Primero quiero saber que estás bien.', 'Volvemos a eso cuando sepa que estás bien.'],
    confused: [
      'Entendí tu mensaje como una señal de peligro, así que te di las líneas de crisis y avisé al equipo. Si me equivoqué, dime "estoy a salvo".',
      'Quizás te entendí mal. Si estás a salvo, dime "estoy a salvo".',
    ],
    when: [],
    scared: ['Es normal tener miedo. No estás solo ahora: estoy aquí contigo.', 'Te escucho. No tienes que pasar por esto solo.'],
    took: ['Gracias por decírmelo.'],
    crisis: ['Te escucho, y me alegra que sigas hablando conmigo.', 'Gracias por decírmelo. Sigo aquí.'],
    thanks: ['Sigo aquí contigo.', 'Aquí estoy.', 'Estoy aquí y no me voy.'],
    other: ['Gracias por decírmelo.', 'Te escucho.', 'Te leo.', 'Gracias. Sigo aquí.'],
  },
  questions: {
    safe_now: '¿Estás a salvo ahora?',
    taken_anything: '¿Has tomado algo?',
    anyone_with_you: '¿Hay alguien contigo?',
    called_emergency: '¿Pudiste llamar para pedir ayuda?',
  },
  answers: {
    safe_now: { yes: () => 'Me alegra que estés a salvo ahora.', no: (l) => `Por favor, llama al ${l.emergency} ahora si estás en peligro.` },
    taken_anything: {
      yes: (l) => `Por favor, llama al ${l.emergency} ahora${l.poison ? ` o al ${l.poison.number}` : ''}, y abre la puerta.`,
      no: () => 'Gracias. Me alegra.',
    },
    anyone_with_you: { yes: () => 'Bien. Puedes contarle lo que pasa.', no: () => 'Entonces estoy aquí contigo; puedes seguir escribiéndome.' },
    called_emergency: { yes: () => 'Bien. Sigue en la línea y haz lo que te digan.', no: (l) => `Por favor, llama al ${l.emergency} ahora y luego escríbeme.` },
  },
  shortLines: (l, emergencyFirst) =>
    emergencyFirst
      ? [`Si aún no lo hiciste, llama al ${l.emergency} ahora.`, ...(l.poison ? [`${l.poison.name}: ${l.poison.number}.`] : []), `El ${l.crisis} también está ahí.`]
      : [`El ${l.crisis} está ahí siempre: ${l.crisisContact}.`, `¿En peligro ahora? Llama al ${l.emergency}.`, `Puedes llamar o escribir al ${l.crisis} a cualquier hora.`],
  team: (facts, l) =>
    facts.alerted
      ? [
          `Avisé a la persona de guardia; si nadie responde en ${facts.escalationMinutes} minutos, se avisa también a otra.`,
          facts.escalated
            ? 'Ya avisamos también a otra persona del equipo. Alguien te escribirá aquí.'
            : `Van ${facts.waitedMinutes} min; a los ${facts.escalationMinutes} se avisa a otra persona. Alguien te escribirá aquí.`,
          'El equipo tiene tu mensaje. Cuando alguien lo tome, te lo diré aquí.',
        ]
      : [`Nadie del equipo está disponible ahora, así que ${l.crisisContact}: te atiende una persona real, a cualquier hora.`],
  peerBeingReached: (facts, l) =>
    facts.alerted
      ? `Ya estamos avisando a una persona del equipo: tiene tu mensaje y te escribirá aquí. Si nadie responde en ${facts.escalationMinutes} minutos, se avisa a otra.`
      : `No pude contactar a nadie del equipo ahora. Por favor, ${l.crisisContact}: te atiende una persona real.`,

  allClearAsk: ['Gracias por decírmelo. Me alegra.', 'De acuerdo. Gracias por contármelo, me alegra.'],
  allClearQuestion: {
    suicide: { text: 'Una pregunta, para estar seguros: ¿piensas ahora en quitarte la vida?', reassuring: 'no' },
    self_harm: { text: 'Una pregunta, para estar seguros: ¿piensas ahora en hacerte daño?', reassuring: 'no' },
    overdose_self: { text: 'Una pregunta, para estar seguros: ¿tomaste algo que te pueda hacer daño?', reassuring: 'no' },
    overdose_other: { text: 'Una pregunta, para estar seguros: ¿están todos a salvo ahora?', reassuring: 'yes' },
    medical: { text: 'Una pregunta, para estar seguros: ¿están todos a salvo ahora?', reassuring: 'yes' },
    harm_to_others: { text: 'Una pregunta, para estar seguros: ¿piensas ahora en hacerle daño a alguien?', reassuring: 'no' },
    abuse: { text: 'Una pregunta, para estar seguros: ¿estás en un lugar seguro ahora?', reassuring: 'yes' },
    psychosis: { text: 'Una pregunta, para estar seguros: ¿las voces te dicen ahora que hagas daño?', reassuring: 'no' },
  },
  allClearBack: (l) => `Gracias. Me alegra que estés a salvo. Alguien del equipo quizás te escriba, y el ${l.crisis} está ahí siempre.`,
  allClearNoDialog: 'Responde MENÚ para ver lo que puedo hacer.',
  allClearStay: 'Gracias por ser sincero conmigo. Sigo aquí contigo.',
  allClearAgain: 'Basta con sí o no.',
};
