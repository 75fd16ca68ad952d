import type { CrisisLine, ProgramConfig } from '../config.js';
import type { Openness } from '../resources/opening-hours.js';
import type { Catalog, ResourceLine } from './catalog.js';
import { lineIn } from './crisis-lines.js';
import { eitherOf, numberText, plural, shortDate, spanishHour, weekdayName } from './format.js';
import { programText } from './program-text.js';

const at = (time: string) => `a ${spanishHour(time)}`;
const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
const dash = (value: number | null) => (value === null ? '-' : numberText(value, 'es'));
const line = (crisisLine: CrisisLine) => lineIn(crisisLine, 'es');
const contact = (program: ProgramConfig) => programText(program, 'es').helpContact;
const paused = (schedule: string | null, isPaused: boolean) => (schedule && isPaused ? ' (recordatorios en pausa)' : '');

const copingTools = {
  urgeSurfing: ['surfear el impulso', 'ansias', 'tengo ansias', 'antojo', 'tengo antojo', 'ganas de consumir', 'tengo ganas de consumir'],
  grounding: ['anclaje', 'cinco sentidos', '5 sentidos', 'conexión a tierra', 'ejercicio de anclaje'],
  breathing: ['respiración', 'respirar', 'ejercicio de respiración', 'respiración pausada'],
  halt: ['halt', 'hambre enojo soledad cansancio'],
  playTapeForward: ['adelantar la película', 'la película', 'película'],
};
function opennessText(state: Openness): string {
  switch (state.kind) {
    case 'open':
      return `Abierto hasta ${spanishHour(state.until)}`;
    case 'always':
      return 'Abierto las 24 horas';
    case 'opens':
      return state.day === 'today' ? `Cerrado, abre ${at(state.at)}` : `Cerrado, abre mañana ${at(state.at)}`;
    case 'opensOn':
      return `Cerrado, abre el ${weekdayName(state.weekday, 'es')} ${at(state.at)}`;
    case 'closed':
      return 'Cerrado';
    case 'unknown':
      return 'Llama para saber el horario';
  }
}
const distanceText = (resource: ResourceLine) => `${numberText(resource.distance, 'es')} ${resource.unit}`;

/** Spanish as written in the United States, with "tú": warm and plain. */
export const es = {
  lang: 'es',
  languageName: 'Español',
  menu: {
    checkIn: 'Chequeo',
    goals: 'Mis metas',
    history: 'Historial',
    peer: 'Hablar con alguien',
    coping: 'Ejercicios',
    safetyPlan: 'Mi plan',
    resources: 'Buscar ayuda',
    help: 'Ayuda',
    settings: 'Mis ajustes',
    eraseData: 'Borrar mis datos',
  },
  synonyms: {
    menu: {
      checkIn: ['hacer mi chequeo', 'chequeo diario', 'mi chequeo', 'hacer chequeo', 'quiero hacer mi chequeo', 'registro', 'registro diario'],
      goals: ['metas', 'meta', 'mi meta', 'nueva meta', 'agregar meta', 'agregar una meta', 'objetivos', 'mis objetivos', 'nuevo objetivo'],
      history: ['mis chequeos', 'mi historial', 'mis registros'],
      peer: ['hablar con alguien', 'quiero hablar con alguien', 'hablar con una persona', 'una persona real', 'persona de apoyo', 'apoyo de pares'],
      resources: ['buscar ayuda cerca', 'recursos', 'servicios', 'servicios cerca', 'ayuda cerca'],
      help: ['ayuda', 'información', 'informacion'],
      settings: ['ajustes', 'configuración', 'configuracion', 'perfil', 'cambiar mi nombre', 'cambiar la hora'],
      coping: ['ejercicios para sobrellevar', 'herramientas', 'un ejercicio', 'afrontamiento', ...Object.values(copingTools).flat()],
      safetyPlan: ['mi plan de seguridad', 'plan', 'plan de seguridad', 'plan de crisis', 'mi plan de crisis', 'llenar mi plan', 'cambiar mi plan'],
      eraseData: ['borrar mis datos', 'eliminar mis datos'],
    },
    goalActions: {
      done: ['hecho', 'hecha', 'listo', 'lista', 'lo hice', 'la hice', 'terminé', 'cumplida', 'completada'],
      pause: ['pausar', 'pausa', 'pausarla'],
      resume: ['reanudar', 'reactivar', 'seguir'],
      time: ['hora', 'cambiar', 'cambiar hora', 'recordatorio', 'agregar recordatorio'],
      delete: ['eliminar', 'eliminarla', 'borrar', 'borrarla', 'quitar'],
    },
    settings: {
      name: ['nombre', 'mi nombre'],
      place: ['ciudad', 'lugar', 'ubicación', 'zona horaria', 'código postal'],
      checkInTime: ['hora', 'hora del chequeo'],
      checkInToggle: ['chequeo diario', 'activar', 'desactivar'],
    },
    newGoal: ['nueva', 'nueva meta', 'agregar', 'agregar meta', 'otra', 'otra meta'],
    copingTools,
    planClear: ['nada', 'ninguno', 'ninguna', 'nadie', 'borrar', 'vaciar'],
    planFillEmpty: ['llenar', 'completar', 'lo demás', 'completar lo demás'],
    resourceCategories: {
      food: ['comida', 'alimentos', 'hambre', 'despensa', 'banco de comida', 'banco de alimentos', 'comedor', 'comer', 'algo de comer'],
      shelter: ['albergue', 'refugio', 'cama', 'donde dormir', 'dónde dormir', 'lugar para dormir', 'alojamiento'],
      treatment: ['desintoxicación', 'desintoxicacion', 'detox', 'tratamiento', 'rehabilitación', 'rehabilitacion', 'rehab'],
      meetings: ['reunión', 'reunion', 'reuniones', 'grupo de apoyo', 'narcóticos anónimos', 'alcohólicos anónimos'],
      mentalHealth: ['salud mental', 'consejería', 'consejeria', 'terapia', 'psicólogo', 'psicologo'],
      crisis: ['línea de crisis', 'linea de crisis', 'ayuda en crisis', 'centro de crisis'],
      clothing: ['ropa', 'abrigo', 'zapatos', 'chaqueta'],
      documents: ['identificación', 'identificacion', 'documentos', 'acta de nacimiento', 'credencial'],
      education: ['clases', 'escuela', 'educación', 'educacion', 'clases de inglés'],
      jobs: ['trabajo', 'empleo', 'chamba'],
      legal: ['abogado', 'ayuda legal', 'asesoría legal', 'asesoria legal'],
      healthCare: ['médico', 'medico', 'clínica', 'clinica', 'dentista'],
      transport: ['transporte', 'autobús', 'autobus', 'camión', 'pasaje', 'aventón', 'aventon'],
    },
  },
  consentAsk: (program) =>
    `¡Hola! Soy el asistente automático de ${program.programName}, no una persona: ` +
    `chequeos y recordatorios, ${programText(program, 'es').messageFrequency}. ` +
    `Pueden aplicarse tarifas de mensajes y datos. AYUDA (HELP) para ayuda, STOP para darte de baja. ` +
    `For English, reply ENGLISH. ¿Puedo escribirte?`,
  consentRetry: 'Responde SÍ si puedo escribirte, o NO si prefieres que no.',
  consentDeclined: (program) =>
    `Está bien, no te escribiré. Si cambias de opinión, responde SÍ cuando quieras. Si necesitas ayuda ahora: ${contact(program)}.`,
  consentThanks: 'Gracias.',
  askName: '¿Cómo quieres que te llame? Un nombre o un apodo está bien (o responde SALTAR).',
  nameRetry: 'Envía un nombre corto, de hasta 40 letras, o responde SALTAR.',
  askPlace: '¿En qué ciudad o código postal (ZIP) estás? Lo uso para escribirte a horas razonables.',
  placeRetry:
    'No pude ubicar eso. Prueba con una ciudad (Houston), un código ZIP o postal, o una zona horaria (hora del este, del centro, de la montaña, del pacífico).',
  placeDefaulted: (label) => `Por ahora usaré ${label}. Puedes cambiarlo cuando quieras: MENÚ y luego Mis ajustes.`,
  placeConfirmed: (label) => `Entendido: ${label}.`,
  enrolled: (name, checkInTime) =>
    `¡Listo${name ? `, ${name}` : ''}! Te invitaré a un chequeo rápido cada día ${at(checkInTime)} (cámbialo en Mis ajustes). Responde MENÚ para ver lo que puedo hacer.`,
  menuPrompt: '¿Qué te gustaría hacer?',
  menuRetry: 'Responde con el número de una opción, o MENÚ para verlas otra vez.',
  menuIntro: 'Esto puedo hacer:',
  notUnderstood: 'No entendí. Elige una:',
  help: (program, crisisLine) =>
    `${program.programName}: ${contact(program)}. En una crisis: ${line(crisisLine).name}, ${line(crisisLine).contact}. ` +
    'Responde MENÚ para ver opciones, o STOP para darte de baja.',
  whoAmI: (program) =>
    `Soy el asistente automático de ${program.programName}: un programa de computadora, no una persona. Responde MENÚ para ver lo que puedo hacer.`,
  eraseConfirm: 'Esto borra todo lo que tengo sobre ti: tu perfil, tus respuestas y tus mensajes. No se puede deshacer. ¿Lo borro todo?',
  eraseDone: (crisisLine) =>
    `Listo. Tus datos fueron borrados. Si vuelves a escribir, empezamos de cero. Si alguna vez necesitas ayuda, ${line(crisisLine).contact}.`,
  eraseKept: 'Está bien, no se borró nada.',
  settingsPrompt: '¿Qué quieres cambiar?',
  settingsSaved: 'Guardado.',
  optOutConfirmed: (program) => `Te diste de baja de ${program.programName} y no recibirás más mensajes. Responde START para volver.`,
  optInConfirmed: (program) => `¡Qué bueno tenerte de vuelta en ${program.programName}! Responde MENÚ para ver lo que puedo hacer.`,
  optInNeedsConsent: '¡Qué bueno tenerte de vuelta!',
  stopQuestion: (program) =>
    `¿Quieres dejar de recibir todos los mensajes de ${program.programName}? Responde STOP para dejarlos, o MENÚ para seguir.`,
  turnFailed: (crisisLine) =>
    `Perdón, algo falló de mi lado. Inténtalo otra vez, o responde MENÚ. Si necesitas a alguien ahora, ${line(crisisLine).contact}.`,
  cannotReadMedia: 'Solo puedo leer texto, no fotos ni archivos. Si escribiste algo junto con eso, te respondo a eso.',
  flooding: (crisisLine) =>
    `Estás enviando muchos mensajes a la vez; leeré el siguiente cuando las cosas se calmen. Si necesitas a alguien ahora, ${line(crisisLine).contact}.`,
  checkInMood:
    'Chequeo rápido (SALTAR salta una pregunta). ¿Cómo está tu ánimo hoy, de 0 (muy bajo) a 10 (excelente)? Si quieres, agrega unas palabras sobre tu día.',
  checkInMoodRetry: 'Solo un número del 0 al 10, como 6 (o SALTAR).',
  checkInCraving: '¿Sientes ansias ahora mismo, de 0 (nada) a 10 (muy fuertes)?',
  checkInCravingRetry: 'Un número del 0 al 10, como 3 (o SALTAR).',
  checkInSleep: '¿Más o menos cuántas horas dormiste anoche?',
  checkInSleepRetry: `Un número de horas, como 7 o ${numberText(6.5, 'es')} (o SALTAR).`,
  checkInUsed: '¿Has consumido desde tu último chequeo? Basta con sí o no; aquí nadie te juzga.',
  checkInUsedRetry: 'Sí o no está bien (o SALTAR).',
  checkInNothing: 'Hoy no hubo respuestas, y está bien. Responde CHEQUEO cuando quieras.',
  reflection: (reflection, name) => {
    const parts = [`Gracias por hacer tu chequeo${name ? `, ${name}` : ''}.`];
    if (reflection.streak >= 2) parts.push(`Llevas ${reflection.streak} ${plural(reflection.streak, 'es', { one: 'día', other: 'días' })} seguidos.`);
    const mood = reflection.mood;
    const average = mood ? numberText(mood.weekAverage, 'es') : '';
    if (mood?.direction === 'higher') parts.push(`Tu ánimo está un poco más alto que tu promedio de la semana (${average}).`);
    if (mood?.direction === 'same') parts.push(`Tu ánimo está más o menos igual que tu promedio de la semana (${average}).`);
    if (mood?.direction === 'lower') parts.push(`Tu ánimo está un poco más bajo que tu promedio de la semana (${average}). Todos tenemos días difíciles.`);
    if (reflection.usedDisclosed) parts.push('Gracias por tu honestidad. Un tropiezo no borra tu progreso, y aquí sigues, dando lo mejor de ti.');
    return parts.join(' ');
  },
  peerOffer: '¿Quieres que una persona de apoyo se comunique contigo?',
  peerOfferDeclined: 'Está bien. Puedes pedir hablar con alguien cuando quieras: responde MENÚ.',
  peerRequested: (program, crisisLine) =>
    `Le pedí a una persona de apoyo del equipo de ${program.programName} que se comunique contigo; te escribirá en cuanto pueda. ` +
    `Si estás en peligro, ${line(crisisLine).contact}.`,
  peerAlreadyRequested: 'Una persona de apoyo ya sabe que lo pediste y se comunicará contigo en cuanto pueda.',
  peerUnreachable: (program, crisisLine) =>
    `Anoté que quieres hablar con una persona de apoyo, pero ahora mismo no pude contactar a nadie. ${contact(program)}. Si estás en peligro, ${line(crisisLine).contact}.`,
  peerRequestedAfterHours: (program, crisisLine, opening) =>
    `Ahora estamos fuera del horario de oficina, así que una persona de apoyo del equipo de ${program.programName} se comunicará contigo ${
      opening.relative === 'today' ? 'hoy' : opening.relative === 'tomorrow' ? 'mañana' : `el ${WEEKDAYS[opening.weekday - 1]}`
    } desde ${spanishHour(opening.time)}. Si estás en peligro, ${line(crisisLine).contact}.`,
  relayPeerJoined: (peer, role) => `${peer ?? (role === 'supervisor' ? 'Una persona supervisora' : 'Una persona de apoyo')} del equipo tiene tu mensaje y te escribirá por aquí.`,
  relayPeerSays: (peer, text) => `${peer} (apoyo entre pares): ${text}`,
  relayKept: (crisisLine) =>
    `Gracias. Lo guardé para la persona de apoyo que atienda tu pedido, así lo verá. Si estás en peligro, ${line(crisisLine).contact}.`,
  relayEnded: (peer) => `${peer} terminó la conversación. Aquí sigo yo: responde MENÚ para ver lo que puedo hacer, o pide hablar con alguien cuando quieras.`,
  historyEmpty: 'Todavía no tienes chequeos. Responde CHEQUEO para hacer el primero.',
  historyTitle: (count) => plural(count, 'es', { one: 'Tu último chequeo:', other: `Tus últimos ${count} chequeos:` }),
  historyRow: (row) =>
    `${shortDate(row.date, 'es')}: ánimo ${dash(row.mood)}, ansias ${dash(row.craving)}, sueño ${dash(row.sleepHours)} h` +
    (row.used === true ? ', consumió' : ''),
  yes: 'Sí',
  no: 'No',
  skip: 'SALTAR',
  goalReminder: (title, name) => `Hola${name ? `, ${name}` : ''}. Un recordatorio: ${title}. Responde LISTO o HOY NO.`,
  checkInPrompt: (name) =>
    `Hola${name ? `, ${name}` : ''}. Es hora de tu chequeo diario (toma menos de un minuto). Responde CHEQUEO para empezar, o MENÚ para ver otras opciones.`,
  goalOutcomeDone: (title) => `¡Bien hecho! Anoté que cumpliste con "${title}".`,
  goalOutcomeNotToday: (title) => `No pasa nada. Anoté "hoy no" para "${title}". Trátate con cariño.`,
  goalsIntro: 'Tus metas. Elige una para cambiarla, o agrega otra:',
  goalLine: (title, schedule, isPaused) => `${title}: ${schedule ?? 'sin recordatorio'}${paused(schedule, isPaused)}`,
  goalNew: 'Nueva meta',
  goalAskTitle: '¿Cuál es tu meta, en tus propias palabras?',
  goalTitleRetry: 'Solo unas palabras, hasta 120 caracteres. O MENÚ para salir.',
  goalNotAdded: 'Está bien, no agregué ninguna meta. Responde MENÚ para ver opciones.',
  goalSaved: (title, schedule) =>
    schedule ? `Guardé "${title}". Recordatorios: ${schedule}.` : `Guardé "${title}". Puedes agregarle un recordatorio más tarde en Mis metas.`,
  goalSavedUnread: (title) => `Guardé "${title}" sin recordatorio. Puedes agregarle uno más tarde en Mis metas.`,
  goalActions: (title, schedule, isPaused) => `"${title}": ${schedule ?? 'sin recordatorio'}${paused(schedule, isPaused)}. ¿Qué quieres hacer?`,
  goalMarkDone: 'Marcar como cumplida',
  goalPause: 'Pausar recordatorios',
  goalResume: 'Reanudar recordatorios',
  goalChangeTime: 'Cambiar la hora',
  goalAddReminder: 'Agregar recordatorio',
  goalDelete: 'Eliminar',
  goalDone: (title) => `¡Muy bien! La meta "${title}" quedó cumplida y sus recordatorios se detuvieron.`,
  goalPaused: (title) => `Los recordatorios de "${title}" están en pausa. Reanúdalos cuando quieras en Mis metas.`,
  goalResumed: (title, schedule) => `Los recordatorios de "${title}" están activos otra vez: ${schedule}.`,
  goalRescheduled: (title, schedule) => `Actualicé "${title}": ${schedule}.`,
  goalUnchanged: 'Está bien, no cambió nada.',
  goalDeleteConfirm: (title) => `¿Eliminar "${title}" y sus recordatorios? No se puede deshacer.`,
  goalDeleted: (title) => `Eliminé "${title}".`,
  goalKept: (title) => `Está bien, conservé "${title}".`,
  goalGone: 'Esa meta ya no está en tu lista. Responde MENÚ para ver opciones.',
  scheduleAsk: "¿Quieres un recordatorio? Dime cuándo, como 'todos los días a las 8 pm' o 'entre semana a las 7:30', o SALTAR.",
  scheduleAskChange: "¿Cuándo te lo recuerdo? Por ejemplo 'todos los días a las 8 pm' o 'mañana a las 9' (o SALTAR para dejarlo como está).",
  scheduleAskAgain: "Está bien, ¿cuándo entonces? Por ejemplo 'los lunes y jueves a mediodía' o 'en 2 horas' (o SALTAR).",
  scheduleNoTime: '¿A qué hora? Por ejemplo a las 8 de la noche o a las 7:30 de la mañana.',
  scheduleNoDays: '¿Qué días? Por ejemplo todos los días, entre semana, o los lunes y jueves.',
  scheduleInPast: 'Esa hora ya pasó. ¿Cuándo te lo recuerdo?',
  scheduleNotUnderstood: "Perdón, no pude entender eso. Prueba 'todos los días a las 8 pm', 'entre semana a las 7:30' o 'mañana a las 9'.",
  scheduleUnread: 'Perdón, todavía no pude leer una hora en eso.',
  scheduleConfirm: (schedule) => `${schedule}. ¿Está bien?`,
  settingName: 'Nombre',
  settingPlace: 'Ubicación',
  settingCheckInTime: 'Hora del chequeo',
  settingCheckInToggle: (on) => (on ? 'Desactivar el chequeo diario' : 'Activar el chequeo diario'),
  checkInTimeAsk: (time, on) =>
    `Tu chequeo diario ${on ? 'es' : 'sería'} ${at(time)}. ¿Qué hora te queda mejor? Por ejemplo 9 de la mañana o 7:30 de la noche (o SALTAR).`,
  checkInTimeRetry: 'Una hora como 9 de la mañana o 7:30 de la noche, por favor (o SALTAR).',
  checkInTimeConfirm: (time) => `Chequeo diario ${at(time)}. ¿Está bien?`,
  checkInTimeSaved: (time) => `Guardado. Te invitaré a tu chequeo todos los días ${at(time)}.`,
  checkInTimeKept: (time) => `Está bien, tu chequeo sigue ${at(time)}.`,
  checkInTimeOutsideWindow: (time, window) =>
    `Solo envío mensajes entre ${spanishHour(window.start)} y ${spanishHour(window.end)}, así que no ${at(time)}. ¿Qué hora dentro de ese horario te queda mejor?`,
  checkInPromptsOn: (time) => `El chequeo diario está activado: te invitaré todos los días ${at(time)}.`,
  checkInPromptsOff: 'El chequeo diario está desactivado. No te invitaré; responde CHEQUEO cuando quieras, o vuelve a activarlo en Mis ajustes.',
  languageAsk: '¿En qué idioma quieres que te escriba?',
  languageChanged: 'Listo, desde ahora te escribo en español.',
  languageOffer: '¿Prefieres español? Responde ESPAÑOL.',
  planSections: {
    warningSigns: {
      label: 'Señales de alerta',
      ask: "¿Qué te avisa que viene un momento difícil? Como 'no duermo, me aíslo' (separa con comas), o SALTAR.",
    },
    coping: {
      label: 'Por mi cuenta',
      ask: "¿Qué puedes hacer por tu cuenta para salir adelante? Como 'pasear al perro, música, una ducha caliente'. O SALTAR.",
    },
    distractions: {
      label: 'Personas y lugares',
      ask: "¿Qué personas o lugares te ayudan a distraerte? Como 'la casa de mi hermana, la biblioteca, una reunión'. O SALTAR.",
    },
    helpers: {
      label: 'A quién pedir ayuda',
      ask: "¿A quién podrías pedirle ayuda? Nombres, y un número si quieres: 'Ana 555-0142, Sam'. O SALTAR.",
    },
    services: {
      label: 'Profesionales y servicios',
      ask: '¿Algún consejero, médico o clínica, con su número? O SALTAR.',
    },
    surroundings: {
      label: 'Un entorno más seguro',
      ask: '¿Qué haría tu entorno más seguro en momentos difíciles? Como que alguien de confianza te guarde ciertas cosas, o estar con gente. O SALTAR.',
    },
    reasons: {
      label: 'Razones para vivir',
      ask: '¿Cuáles son tus razones para vivir, lo que más te importa? Personas, mascotas, planes, lo que sea. O SALTAR.',
    },
  },
  planIntro:
    'Tu plan de seguridad, paso a paso. SALTAR salta una; MENÚ para y lo guarda.',
  planCrisisLineAlways: (crisisLine) => `Tu plan ya incluye la línea de crisis (${crisisLine.number ?? line(crisisLine).contact}).`,
  planEditAsk: (label, now) => `${label} ahora: ${now}. Envía la nueva versión (reemplaza esta), SALTAR para dejarla igual, o NADA para vaciarla.`,
  planShareAsk: 'Si algún día necesitas apoyo de nuestro equipo, ¿puedo mostrarle estos nombres y números para que te ayude a contactar a tu gente?',
  planShared: 'Bien, el equipo los verá solo si lo necesitas.',
  planNotShared: 'Está bien, se quedan solo en tu plan.',
  planReasonsNone: (crisisLine) =>
    `Está bien. Cuando las cosas están difíciles, cuesta ver las razones. Puedes agregarlas cuando quieras. Si quieres hablar, responde MENÚ para hablar con alguien, o ${line(crisisLine).contact}.`,
  planTitle: 'Tu plan. Responde un número para cambiar una parte, o MENÚ.',
  planLine: (label, items) => `${label}: ${items.length > 0 ? items.join(', ') : 'todavía no'}`,
  planCrisisLineItem: (crisisLine) => `${crisisLine.number ?? line(crisisLine).contact} (siempre)`,
  planSharedNote: '(el equipo puede verlos)',
  planSummaryTitle: 'Tu plan de seguridad:',
  planFillEmpty: 'Completar las partes vacías',
  planSaved: (saved) => `Guardado. ${saved}`,
  planUnchanged: 'Está bien, no cambió nada.',
  planDone: (crisisLine) =>
    `Tu plan está listo (MI PLAN para verlo). No reemplaza a una persona: el equipo está a un MENÚ; en crisis, ${line(crisisLine).contact}.`,
  planDoneEmpty: 'No hay problema. Tu plan está aquí cuando lo quieras: responde MI PLAN.',
  crisisPlanReminder: (call, coping) => {
    const options = [...(call.length > 0 ? [`llamar a ${eitherOf(call, 'es')}`] : []), ...(coping.length > 0 ? [eitherOf(coping, 'es')] : [])];
    return `Tu plan dice que puedes ${options.join(', o ')}.`;
  },
  copingTools: {
    urgeSurfing: {
      name: 'Surfear el impulso (ansias)',
      steps: [
        'Surfear el impulso. Las ansias son como una ola: suben, llegan a lo más alto y pasan, muchas veces en 20 a 30 minutos. No tienes que pelear con ellas ni hacerles caso. ¿Empezamos?',
        '¿Dónde las sientes en el cuerpo? ¿Boca, pecho, estómago, manos? Solo nótalo, sin juzgarte. Responde cuando lo encuentres.',
        'Respira despacio. Imagina las ansias como una ola, y a ti surfeándola, sin pelear con ella. Mírala subir.',
        'Nota cómo cambia: más fuerte, más débil, se mueve. Sigue respirando. Toda ola sube y luego baja.',
        'Llegaste hasta aquí sobre la ola. Cada ola que surfeas hace más fácil la siguiente.',
      ],
    },
    grounding: {
      name: 'Anclaje (5 sentidos)',
      steps: [
        'El anclaje te trae de vuelta al presente. Mira a tu alrededor y nombra 5 cosas que puedes ver. Escríbelas, o solo dilas para ti.',
        'Ahora 4 cosas que puedes tocar o sentir: tus pies en el piso, tu ropa, la silla debajo de ti.',
        '3 cosas que puedes oír, cerca o lejos.',
        '2 cosas que puedes oler, o 2 olores que te gustan.',
        '1 cosa que puedes saborear, o algo amable que puedas decirte. Luego respira hondo y despacio.',
      ],
    },
    breathing: {
      name: 'Respiración pausada',
      steps: [
        'Respiración pausada: exhalar despacio le dice a tu cuerpo que está a salvo. Busca una posición cómoda y deja caer los hombros. ¿Empezamos?',
        'Inhala por la nariz contando 4, luego exhala despacio por la boca contando 6. Responde cuando hayas hecho una.',
        'Sigue con 5 respiraciones más a tu ritmo: inhala en 4, exhala en 6. Que la exhalación sea larga.',
        'Nota cómo se siente tu cuerpo ahora, aunque sea un cambio pequeño.',
      ],
    },
    halt: {
      name: 'Revisión HALT',
      steps: [
        'HALT (en inglés): los momentos difíciles suelen llegar con hambre, enojo, soledad o cansancio. Revisemos cada uno. ¿Hambre? ¿Cuándo comiste por última vez?',
        '¿Enojo? ¿Hay algo que te molesta y que no has dicho en voz alta?',
        '¿Soledad? ¿A quién podrías escribirle, o con quién podrías estar, aunque sea unos minutos?',
        '¿Cansancio? ¿Podrías descansar, aunque sea 15 minutos?',
        'Sea lo que sea, hacer una cosa pequeña ahora puede ayudar: algo de comer, un mensaje a alguien, un descanso.',
      ],
    },
    playTapeForward: {
      name: 'Adelantar la película',
      steps: [
        'Adelanta la película: imagina que cedes a las ansias, y deja que la película siga más allá del primer momento. ¿Empezamos?',
        '¿Qué pasa en la hora siguiente? ¿Cómo te sientes?',
        '¿Y mañana en la mañana? ¿Qué te costaría: personas, planes, cómo te ves a ti?',
        'Ahora mira la otra película: dejas pasar la ola. ¿Cómo te sientes mañana en la mañana?',
        'Esa segunda película la puedes elegir tú, ahora mismo.',
      ],
    },
  },
  copingIntro: (crisisLine) =>
    `Ejercicios cortos por mensaje. No reemplazan a una persona: hablar con alguien está a un MENÚ de distancia, y en una crisis, ${line(crisisLine).contact}. ¿Cuál quieres?`,
  copingHowTo: '(Responde para seguir. SALTAR salta un paso, MENÚ para parar.)',
  copingRateAsk: '¿Te ayudó? Responde de 1 (no mucho) a 5 (mucho), o SALTAR.',
  copingRateRetry: 'Solo un número del 1 al 5 está bien (o SALTAR).',
  copingHelped:
    'Qué bueno que te ayudó. La próxima vez te lo ofrezco primero. Estas herramientas no reemplazan a una persona: responde MENÚ cuando quieras para hablar con alguien.',
  copingNotHelped: (crisisLine) =>
    `Gracias por decírmelo. La próxima vez te ofrezco otras primero. No reemplazan a una persona: responde MENÚ para hablar con alguien, o ${line(crisisLine).contact}.`,
  copingUnrated: 'Está bien. Estas herramientas no reemplazan a una persona: responde MENÚ cuando quieras para hablar con alguien.',
  urgeSurfingOffer: 'Las ansias suben y bajan como las olas. ¿Quieres probar a surfear el impulso, un ejercicio corto para pasar esta ola?',
  urgeSurfingDeclined: 'Está bien. Responde ANSIAS cuando quieras para probarlo.',
  resourceCategory: {
    food: 'Comida',
    shelter: 'Albergue',
    treatment: 'Desintoxicación y tratamiento',
    meetings: 'Reuniones',
    mentalHealth: 'Salud mental',
    crisis: 'Ayuda en crisis',
    clothing: 'Ropa',
    documents: 'Identificación y documentos',
    education: 'GED y clases',
    jobs: 'Trabajo',
    legal: 'Ayuda legal',
    healthCare: 'Atención médica',
    transport: 'Transporte',
  },
  resourceAskWhat:
    '¿Qué necesitas? Por ejemplo comida, albergue, desintoxicación, reuniones, salud mental, ropa, identificación, GED, trabajo, ayuda legal, atención médica o transporte.',
  resourceWhatRetry: 'Dímelo en una o dos palabras, como comida, albergue o reunión de NA (o MENÚ).',
  resourceAskWhere: '¿Cerca de dónde? Un código postal (ZIP) o una ciudad.',
  resourceWhereRetry: 'No encontré ese lugar. Prueba con un código postal (10001, T1A) o una ciudad (Medicine Hat).',
  resourceHeader: (what, place) => `${what} cerca de ${place}:`,
  resourceLine: (index, resource) =>
    `${index}. ${resource.name} - ${distanceText(resource)}\n${opennessText(resource.openness)}.${resource.phone ? ` ${resource.phone}.` : ''}${resource.note ? ` ${resource.note}` : ''}`,
  resourceFooter: (more) =>
    more ? 'LLAMAR y un número para detalles, MÁS, o MENÚ.' : 'LLAMAR y un número para detalles, o MENÚ.',
  resourceNoMore: 'Es todo lo que encontré cerca. Responde LLAMAR y un número para ver detalles, o MENÚ.',
  resourcePickRetry: (count) => `Responde LLAMAR y un número del 1 al ${count}, MÁS, o MENÚ.`,
  resourceNothing: (what, place, radius) => `No encontré nada de ${what.toLowerCase()} a menos de ${radius} de ${place}.`,
  resourceNational: (resource) => `${resource.name}: ${resource.phone}${resource.note ? ` (${resource.note})` : ''}`,
  resourceAlwaysOpen: (crisisLine) => `Abierto ahora, de día y de noche: ${line(crisisLine).name}, ${line(crisisLine).contact}.`,
  resourcePeer: 'Responde HABLAR CON ALGUIEN para hablar con una persona del equipo.',
  resourceCard: (card) =>
    [
      `${card.name} (${distanceText(card)})`,
      card.address,
      `${opennessText(card.openness)}.`,
      card.phone ? `Llama al ${card.phone}` : undefined,
      card.note,
      card.description,
      card.url,
    ]
      .filter(Boolean)
      .join('\n'),
  resourceSampleNote: '(Lugares inventados.)',
} satisfies Catalog;
