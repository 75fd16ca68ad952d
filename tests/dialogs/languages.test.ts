import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/messages/index.js';
import { ChatDriver, startTestApp, type TestApp } from '../helpers/app.js';
import { databaseTargets } from '../helpers/databases.js';
import { warmLanguages } from '../helpers/warm-recognizers.js';

warmLanguages();

/** One person, speaking one language, through every conversation the bot has. */
interface Speaker {
  readonly lang: 'en' | 'es' | 'fr';
  /** What they reply to the first message to choose their language (English needs nothing). */
  readonly choose?: string;
  readonly yes: string;
  readonly yesNo: string;
  readonly consentQuestion: string;
  readonly name: readonly [said: string, stored: string];
  readonly place: readonly [said: string, confirmed: string];
  readonly enrolled: RegExp;
  readonly menu: string;
  readonly checkIn: { readonly start: string; readonly answers: readonly string[]; readonly stored: object; readonly thanks: string };
  readonly history: { readonly ask: string; readonly table: string };
  readonly goal: { readonly ask: string; readonly title: string; readonly when: string; readonly confirm: string; readonly saved: string };
  readonly settings: {
    readonly ask: string;
    readonly prompt: string;
    readonly saved: string;
    readonly timeAsk: string;
    readonly time: string;
    readonly timeConfirm: string;
    readonly timeSaved: string;
  };
  readonly help: { readonly ask: string; readonly line: string };
  readonly peer: { readonly ask: string; readonly answer: RegExp };
  readonly erase: { readonly ask: string; readonly confirm: RegExp; readonly done: RegExp };
}

const SPEAKERS: readonly Speaker[] = [
  {
    lang: 'en',
    yes: 'yes',
    yesNo: '\n1 Yes\n2 No',
    consentQuestion: 'Is it OK to text you?',
    name: ["I'm Sam", 'Sam'],
    place: ['Edmonton', 'Got it: Edmonton, AB.'],
    enrolled: /^You're all set, Sam\. I'll invite you to a quick check-in each day at 10:00 AM/,
    menu: 'What would you like to do?\n1 Check in\n2 My goals\n3 History\n4 Talk to a peer\n5 Find help\n6 Coping tools\n7 Safety plan\n8 My settings\n9 Help\n10 Delete my data',
    checkIn: { start: 'check in', answers: ['6', '2', '7', 'no'], stored: { mood: 6, craving: 2, sleepHours: 7, used: false }, thanks: 'Thanks for checking in, Sam.' },
    history: { ask: 'history', table: 'Your last check-in:\nNov 20: mood 6, craving 2, sleep 7h' },
    goal: {
      ask: 'new goal',
      title: 'Walk 20 minutes',
      when: 'every day at 8pm',
      confirm: 'Every day at 8:00 PM. OK?\n1 Yes\n2 No',
      saved: 'Saved "Walk 20 minutes". Reminders: Every day at 8:00 PM.',
    },
    settings: {
      ask: 'settings',
      prompt: 'What would you like to change?\n1 Name\n2 Location\n3 Check-in time\n4 Turn daily check-in off',
      saved: 'Saved.',
      timeAsk: 'Your daily check-in is at 10:00 AM. What time suits you? Like 9am or 7:30 pm (or SKIP).',
      time: '7:30 pm',
      timeConfirm: 'Daily check-in at 7:30 PM. OK?\n1 Yes\n2 No',
      timeSaved: "Saved. I'll invite you to check in every day at 7:30 PM.",
    },
    help: { ask: 'help', line: 'In a crisis, call or text 988 (9-8-8 Suicide Crisis Helpline).' },
    peer: { ask: 'talk to a peer', answer: /^I've (noted that you'd like a peer|asked a peer)/ },
    erase: { ask: 'delete my data', confirm: /^This erases everything I have about you.*Erase it all\?\n1 Yes\n2 No$/, done: /^Done\. Your data has been erased\./ },
  },
  {
    lang: 'es',
    choose: 'ESPAÑOL',
    yes: 'sí',
    yesNo: '\n1 Sí\n2 No',
    consentQuestion: '¿Puedo escribirte?',
    name: ['Me llamo Ana', 'Ana'],
    place: ['Houston', 'Entendido: Houston, TX.'],
    enrolled: /^¡Listo, Ana! Te invitaré a un chequeo rápido cada día a las 10:00/,
    menu: '¿Qué te gustaría hacer?\n1 Chequeo\n2 Mis metas\n3 Historial\n4 Hablar con alguien\n5 Buscar ayuda\n6 Ejercicios\n7 Mi plan\n8 Mis ajustes\n9 Ayuda\n10 Borrar mis datos',
    checkIn: {
      start: 'chequeo',
      answers: ['seis', 'dos', 'siete y media', 'no'],
      stored: { mood: 6, craving: 2, sleepHours: 7.5, used: false },
      thanks: 'Gracias por hacer tu chequeo, Ana.',
    },
    history: { ask: 'historial', table: 'Tu último chequeo:\n20 nov: ánimo 6, ansias 2, sueño 7.5 h' },
    goal: {
      ask: 'nueva meta',
      title: 'Caminar 20 minutos',
      when: 'todos los días a las 8 de la noche',
      confirm: 'Cada día a las 20:00. ¿Está bien?\n1 Sí\n2 No',
      saved: 'Guardé "Caminar 20 minutos". Recordatorios: Cada día a las 20:00.',
    },
    settings: {
      ask: 'ajustes',
      prompt: '¿Qué quieres cambiar?\n1 Nombre\n2 Ubicación\n3 Hora del chequeo\n4 Desactivar el chequeo diario',
      saved: 'Guardado.',
      timeAsk: 'Tu chequeo diario es a las 10:00. ¿Qué hora te queda mejor? Por ejemplo 9 de la mañana o 7:30 de la noche (o SALTAR).',
      time: '7:30 de la noche',
      timeConfirm: 'Chequeo diario a las 19:30. ¿Está bien?\n1 Sí\n2 No',
      timeSaved: 'Guardado. Te invitaré a tu chequeo todos los días a las 19:30.',
    },
    help: { ask: 'ayuda', line: 'En una crisis: Línea 988 de Prevención del Suicidio y Crisis, llama o envía un texto al 988 (marca 2 para español).' },
    peer: { ask: 'hablar con alguien', answer: /^(Anoté que quieres hablar con una persona de apoyo|Le pedí a una persona de apoyo)/ },
    erase: { ask: 'borrar mis datos', confirm: /^Esto borra todo lo que tengo sobre ti.*¿Lo borro todo\?\n1 Sí\n2 No$/, done: /^Listo\. Tus datos fueron borrados\./ },
  },
  {
    lang: 'fr',
    choose: 'FRANÇAIS',
    yes: 'oui',
    yesNo: '\n1 Oui\n2 Non',
    consentQuestion: 'Puis-je vous écrire?',
    name: ["Je m'appelle Luc", 'Luc'],
    place: ['Montréal', "C'est noté : Montréal, QC."],
    enrolled: /^Tout est prêt, Luc! Je vous inviterai à un court bilan chaque jour à 10 h/,
    menu: "Que voulez-vous faire?\n1 Bilan\n2 Objectifs\n3 Historique\n4 Pair aidant\n5 Trouver de l'aide\n6 Exercices\n7 Mon plan\n8 Paramètres\n9 Aide\n10 Effacer mes données",
    checkIn: {
      start: 'bilan',
      answers: ['sept', 'deux', 'huit', 'non'],
      stored: { mood: 7, craving: 2, sleepHours: 8, used: false },
      thanks: "Merci d'avoir fait votre bilan, Luc.",
    },
    history: { ask: 'historique', table: 'Votre dernier bilan :\n20 nov. : moral 7, envies 2, sommeil 8 h' },
    goal: {
      ask: 'nouvel objectif',
      title: 'Marcher 20 minutes',
      when: 'tous les jours à 20 h',
      confirm: "Tous les jours à 20 h. C'est bien ça?\n1 Oui\n2 Non",
      saved: '« Marcher 20 minutes » est enregistré. Rappels : Tous les jours à 20 h.',
    },
    settings: {
      ask: 'paramètres',
      prompt: 'Que voulez-vous changer?\n1 Nom\n2 Lieu\n3 Heure du bilan\n4 Désactiver le bilan quotidien',
      saved: "C'est enregistré.",
      timeAsk: 'Votre bilan quotidien est à 10 h. Quelle heure vous convient? Par exemple 9 h ou 19 h 30 (ou PASSER).',
      time: '19 h 30',
      timeConfirm: "Bilan quotidien à 19 h 30. C'est bien ça?\n1 Oui\n2 Non",
      timeSaved: "C'est enregistré. Je vous inviterai à faire votre bilan chaque jour à 19 h 30.",
    },
    help: { ask: 'aide', line: "En situation de crise : Ligne d'aide en cas de crise de suicide 9-8-8, appelez ou textez le 988." },
    peer: { ask: 'parler à un pair aidant', answer: /^J'ai (noté que vous voulez parler à un pair aidant|demandé à un pair aidant)/ },
    erase: { ask: 'effacer mes données', confirm: /^Cela efface tout ce que j'ai à votre sujet.*Voulez-vous tout effacer\?\n1 Oui\n2 Non$/, done: /^C'est fait\. Vos données ont été effacées\./ },
  },
];

const byLang = SPEAKERS.map((speaker) => [speaker.lang, speaker] as const);

describe.each(databaseTargets)('every conversation in English, Spanish and French on $name', (target) => {
  let harness: TestApp;
  const clock = new Date('2026-11-20T16:00:00Z'); // Friday morning all over North America
  beforeAll(async () => {
    harness = await startTestApp(target, {}, { now: () => clock });
  });
  afterAll(async () => harness?.close());

  let users = 0;
  const participant = (user: string) => harness.app.participants.findByAddress('console', user);

  /** A new person who chooses their language in reply to the first message and enrolls in it. */
  const enrolledIn = async (speaker: Speaker) => {
    const user = `${speaker.lang}-speaker-${(users += 1)}`;
    const chat = new ChatDriver(harness.app, user);
    await chat.say('hi');
    if (speaker.choose) await chat.say(speaker.choose);
    await chat.sayAll([speaker.yes, speaker.name[0], speaker.place[0]]);
    return { chat, user };
  };

  it.each(byLang)('enrollment in %s: the language chosen in reply to the first message, consent recorded as shown', async (lang, speaker) => {
    const chat = new ChatDriver(harness.app, `enrolling-${lang}`);
    const [first] = await chat.say('hi');
    expect(first).toContain('¿Español? Responde ESPAÑOL. En FRANÇAIS? Répondez FRANÇAIS.');
    const [consent] = speaker.choose ? await chat.say(speaker.choose) : [first];
    expect(consent).toBe(`${catalogFor(lang).consentAsk(harness.app.config.program)}${speaker.yesNo}`);
    expect(consent?.endsWith(`${speaker.consentQuestion}${speaker.yesNo}`)).toBe(true);

    const [nameQuestion] = await chat.say(speaker.yes);
    expect(nameQuestion).toBe(`${catalogFor(lang).consentThanks} ${catalogFor(lang).askName}`);
    expect(await chat.say(speaker.name[0])).toEqual([catalogFor(lang).askPlace]);
    const done = await chat.say(speaker.place[0]);
    expect(done[0]).toBe(speaker.place[1]);
    expect(done[1]).toMatch(speaker.enrolled);
    expect(done[2]).toBe(speaker.menu);
    expect(await participant(`enrolling-${lang}`)).toMatchObject({
      status: 'active',
      name: speaker.name[1],
      locale: speaker.choose ? lang : null,
      consentText: catalogFor(lang).consentAsk(harness.app.config.program),
    });
  });

  it.each(byLang)('the daily check-in and its history in %s', async (lang, speaker) => {
    const { chat, user } = await enrolledIn(speaker);
    const [mood] = await chat.say(speaker.checkIn.start);
    expect(mood).toBe(catalogFor(lang).checkInMood);
    const replies = await chat.sayAll(speaker.checkIn.answers);
    expect(replies).toEqual([speaker.checkIn.thanks]);
    const id = (await participant(user))!.id;
    const rows = await harness.database.db.query.checkIns.findMany({ where: (table, { eq }) => eq(table.participantId, id) });
    expect(rows).toEqual([expect.objectContaining({ ...speaker.checkIn.stored, localDate: '2026-11-20' })]);
    expect(await chat.say(speaker.history.ask)).toEqual([speaker.history.table]);
  });

  it.each(byLang)('a new goal with a reminder said in %s, confirmed by its number', async (_, speaker) => {
    const { chat } = await enrolledIn(speaker);
    await chat.say(speaker.goal.ask);
    await chat.say(speaker.goal.title);
    expect(await chat.say(speaker.goal.when)).toEqual([speaker.goal.confirm]);
    expect(await chat.say('1')).toEqual([speaker.goal.saved]);
  });

  it.each(byLang)('settings in %s: the name, the place and the check-in time', async (lang, speaker) => {
    const { chat, user } = await enrolledIn(speaker);
    const text = catalogFor(lang);
    expect(await chat.say(speaker.settings.ask)).toEqual([speaker.settings.prompt]);
    expect(await chat.say('1')).toEqual([text.askName]);
    expect(await chat.say('Alex')).toEqual([speaker.settings.saved]);

    await chat.sayAll([speaker.settings.ask, '2']);
    expect(await chat.say('Calgary')).toEqual([text.placeConfirmed('Calgary, AB'), speaker.settings.saved]);

    await chat.say(speaker.settings.ask);
    expect(await chat.say('3')).toEqual([speaker.settings.timeAsk]);
    expect(await chat.say(speaker.settings.time)).toEqual([speaker.settings.timeConfirm]);
    expect(await chat.say(speaker.yes)).toEqual([speaker.settings.timeSaved]);
    expect(await participant(user)).toMatchObject({ name: 'Alex', timeZone: 'America/Edmonton', checkInTime: '19:30' });
  });

  it.each(byLang)('help in %s gives the program contact and the crisis line in that language', async (_, speaker) => {
    const { chat } = await enrolledIn(speaker);
    const [help] = await chat.say(speaker.help.ask);
    expect(help).toContain('(555) 010-0199');
    expect(help).toContain(speaker.help.line);
  });

  it.each(byLang)('asking for a peer in %s', async (_, speaker) => {
    const { chat, user } = await enrolledIn(speaker);
    const [answer] = await chat.say(speaker.peer.ask);
    expect(answer).toMatch(speaker.peer.answer);
    expect(await harness.app.handoffs.activeFor((await participant(user))!.id)).toMatchObject({ reason: 'requested' });
  });

  it.each(byLang)('deleting my data in %s', async (_, speaker) => {
    const { chat, user } = await enrolledIn(speaker);
    expect(await chat.say(speaker.erase.ask)).toEqual([expect.stringMatching(speaker.erase.confirm)]);
    expect(await chat.say(speaker.yes)).toEqual([expect.stringMatching(speaker.erase.done)]);
    expect(await participant(user)).toBeUndefined();
  });

  describe('changing language', () => {
    const en = catalogFor('en');
    const es = catalogFor('es');
    const fr = catalogFor('fr');
    const LANGUAGES = '\n1 English\n2 Español\n3 Français';
    const RETRY = SPEAKERS[0]!.menu.replace(en.menuPrompt, en.menuRetry);

    it('LANGUAGE in the middle of a check-in offers the languages, and the check-in starts again in the one chosen', async () => {
      const { chat, user } = await enrolledIn(SPEAKERS[0]!);
      await chat.sayAll(['check in', '5']);
      expect(await chat.say('IDIOMA')).toEqual([`${en.languageAsk}${LANGUAGES}`]);
      expect(await chat.say('2')).toEqual([es.languageChanged, es.checkInMood]);
      expect(await chat.sayAll(['seis', 'dos', 'siete', 'no'])).toEqual(['Gracias por hacer tu chequeo, Sam.']);
      const stored = (await participant(user))!;
      expect(stored.locale).toBe('es');
      const rows = await harness.database.db.query.checkIns.findMany({ where: (table, { eq }) => eq(table.participantId, stored.id) });
      expect(rows).toEqual([expect.objectContaining({ mood: 6, craving: 2, sleepHours: 7 })]);
    });

    it.each([
      ['english', 'en'],
      ['FRANÇAIS', 'fr'],
      ['francais', 'fr'],
      ['Español', 'es'],
      ['espanol!', 'es'],
    ] as const)('"%s" as a whole message switches at once and shows the menu in it', async (said, lang) => {
      const { chat, user } = await enrolledIn(lang === 'es' ? SPEAKERS[2]! : SPEAKERS[1]!);
      const replies = await chat.say(said);
      expect(replies).toEqual([catalogFor(lang).languageChanged, SPEAKERS.find((speaker) => speaker.lang === lang)!.menu]);
      expect((await participant(user))?.locale).toBe(lang);
    });

    it('a language chosen while the name is asked asks the name again in it, not the consent', async () => {
      const chat = new ChatDriver(harness.app, 'switch-at-name');
      await chat.sayAll(['hi', 'yes']);
      expect(await chat.say('español')).toEqual([es.languageChanged, es.askName]);
      expect(await chat.say('Ana')).toEqual([es.askPlace]);
      expect(await participant('switch-at-name')).toMatchObject({ locale: 'es', consentText: en.consentAsk(harness.app.config.program) });
    });

    it('LANGUE before consent offers the languages, and consent is asked again, and recorded, in the one chosen', async () => {
      const chat = new ChatDriver(harness.app, 'switch-before-consent');
      await chat.say('hello');
      expect(await chat.say('LANGUE')).toEqual([`${en.languageAsk}${LANGUAGES}`]);
      expect(await chat.say('3')).toEqual([`${fr.consentAsk(harness.app.config.program)}\n1 Oui\n2 Non`]);
      expect(await chat.say('1')).toEqual([`${fr.consentThanks} ${fr.askName}`]);
      expect(await participant('switch-before-consent')).toMatchObject({ status: 'active', locale: 'fr', consentText: fr.consentAsk(harness.app.config.program) });
    });

    it('two messages clearly in Spanish earn one offer of Spanish, before the reply; ESPAÑOL takes it', async () => {
      const { chat, user } = await enrolledIn(SPEAKERS[0]!);
      expect(await chat.say('no entiendo lo que dices')).toEqual([RETRY]);
      expect(await chat.say('ok')).toEqual([RETRY]); // not evidence either way
      expect(await chat.say('hoy estoy bien, gracias por preguntar')).toEqual([es.languageOffer, SPEAKERS[0]!.menu]);
      expect(await chat.say('es que no sé qué hacer con esto')).toEqual([RETRY]); // offered once
      expect(await chat.say('ESPAÑOL')).toEqual([es.languageChanged, SPEAKERS[1]!.menu]);
      expect((await participant(user))?.locale).toBe('es');
    });

    it('English messages in between break the run: no offer', async () => {
      const { chat } = await enrolledIn(SPEAKERS[0]!);
      await chat.say('no entiendo lo que dices');
      await chat.say('I do not understand what you mean');
      expect(await chat.say('hoy estoy bien, gracias por preguntar')).toEqual([RETRY]);
    });
  });

  describe('keywords in the person’s language', () => {
    it('STOP and START are confirmed in Spanish, and nothing is said in between', async () => {
      const { chat } = await enrolledIn(SPEAKERS[1]!);
      const program = harness.app.config.program;
      expect(await chat.say('STOP')).toEqual([catalogFor('es').optOutConfirmed(program)]);
      expect(await chat.say('hola')).toEqual([]);
      expect(await chat.say('START')).toEqual([catalogFor('es').optInConfirmed(program)]);
    });

    it.each([
      ['AYUDA', 'es', 'ESPAÑOL'],
      ['aide', 'fr', 'FRANÇAIS'],
    ] as const)('%s answers like HELP, before consent too, in the language chosen', async (word, lang, choose) => {
      const chat = new ChatDriver(harness.app, `helpless-${lang}`);
      await chat.sayAll(['hi', choose]);
      const [help] = await chat.say(word);
      expect(help).toBe(catalogFor(lang).help(harness.app.config.program, harness.app.config.program.crisisLines.US![0]!));
    });
  });
});
