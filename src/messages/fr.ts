import type { CrisisLine, ProgramConfig } from '../config.js';
import type { Openness } from '../resources/opening-hours.js';
import type { Catalog, ResourceLine } from './catalog.js';
import { lineIn } from './crisis-lines.js';
import { clockText, eitherOf, numberText, plural, shortDate, weekdayName } from './format.js';
import { programText } from './program-text.js';

const at = (time: string) => `à ${clockText(time, 'fr')}`;
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const dash = (value: number | null) => (value === null ? '-' : numberText(value, 'fr'));
const line = (crisisLine: CrisisLine) => lineIn(crisisLine, 'fr');
const contact = (program: ProgramConfig) => programText(program, 'fr').helpContact;
const paused = (schedule: string | null, isPaused: boolean) => (schedule && isPaused ? ' (rappels en pause)' : '');

const copingTools = {
  urgeSurfing: ["surfer sur l'envie", 'envie', 'envies', "j'ai une envie", 'envie de consommer', "j'ai envie de consommer"],
  grounding: ['ancrage', 'cinq sens', '5 sens', "exercice d'ancrage"],
  breathing: ['respiration', 'respirer', 'exercice de respiration', 'respiration lente'],
  halt: ['halt', 'faim colère solitude fatigue'],
  playTapeForward: ['faire avancer le film', 'le film', 'film'],
};
function opennessText(state: Openness): string {
  switch (state.kind) {
    case 'open':
      return `Ouvert jusqu'${at(state.until)}`;
    case 'always':
      return 'Ouvert 24 h sur 24';
    case 'opens':
      return state.day === 'today' ? `Fermé, ouvre ${at(state.at)}` : `Fermé, ouvre demain ${at(state.at)}`;
    case 'opensOn':
      return `Fermé, ouvre ${weekdayName(state.weekday, 'fr')} ${at(state.at)}`;
    case 'closed':
      return 'Fermé';
    case 'unknown':
      return "Appelez pour connaître l'horaire";
  }
}
const distanceText = (resource: ResourceLine) => `${numberText(resource.distance, 'fr')} ${resource.unit}`;

/** French as written in Canada, with "vous": warm and plain. */
export const fr = {
  lang: 'fr',
  languageName: 'Français',
  menu: {
    checkIn: 'Bilan',
    goals: 'Objectifs',
    history: 'Historique',
    peer: 'Pair aidant',
    coping: 'Exercices',
    safetyPlan: 'Mon plan',
    resources: "Trouver de l'aide",
    help: 'Aide',
    settings: 'Paramètres',
    eraseData: 'Effacer mes données',
  },
  synonyms: {
    menu: {
      checkIn: ['faire mon bilan', 'mon bilan', 'bilan du jour', 'bilan quotidien', 'faire le bilan', 'suivi'],
      goals: ['mes objectifs', 'objectif', 'mon objectif', 'nouvel objectif', 'ajouter un objectif', 'mes buts'],
      history: ['mes bilans', 'mon historique'],
      peer: ['parler à un pair aidant', "parler à quelqu'un", 'parler à une personne', 'une vraie personne', 'intervenant'],
      resources: ["trouver de l'aide près de moi", 'ressources', 'services', 'aide près de moi', 'services à proximité'],
      help: ['aide', 'info'],
      settings: ['mes paramètres', 'réglages', 'profil', 'préférences', 'changer mon nom', "changer l'heure"],
      coping: ['exercices pour tenir le coup', 'outils', 'un exercice', "stratégies d'adaptation", ...Object.values(copingTools).flat()],
      safetyPlan: ['mon plan de sécurité', 'plan', 'plan de sécurité', 'plan de crise', 'mon plan de crise', 'remplir mon plan', 'changer mon plan'],
      eraseData: ['effacer mes données', 'supprimer mes données'],
    },
    goalActions: {
      done: ['fait', 'fini', 'atteint', 'terminé', 'réussi', "c'est fait"],
      pause: ['pause', 'mettre en pause', 'suspendre'],
      resume: ['reprendre', 'réactiver'],
      time: ['heure', 'changer', "changer l'heure", 'rappel', 'ajouter un rappel'],
      delete: ['supprimer', 'effacer', 'enlever'],
    },
    settings: {
      name: ['nom', 'mon nom', 'prénom'],
      place: ['ville', 'lieu', 'fuseau horaire', 'code postal'],
      checkInTime: ['heure', 'heure du bilan'],
      checkInToggle: ['bilan quotidien', 'activer', 'désactiver'],
    },
    newGoal: ['nouveau', 'nouvel objectif', 'ajouter', 'un autre', 'autre'],
    copingTools,
    planClear: ['rien', 'personne', 'aucun', 'aucune', 'vider', 'effacer'],
    planFillEmpty: ['remplir', 'compléter', 'le reste', 'compléter le reste'],
    resourceCategories: {
      food: ['nourriture', 'manger', 'banque alimentaire', 'repas', 'épicerie', 'faim', 'dépannage alimentaire'],
      shelter: ['refuge', 'hébergement', 'hebergement', 'abri', 'un lit', 'où dormir', 'ou dormir', 'dormir'],
      treatment: ['désintox', 'désintoxication', 'desintox', 'desintoxication', 'traitement', 'cure'],
      meetings: ['réunion', 'reunion', 'réunions', "groupe d'entraide", 'groupe de soutien', 'narcotiques anonymes', 'alcooliques anonymes'],
      mentalHealth: ['santé mentale', 'sante mentale', 'psychologue', 'thérapie', 'therapie'],
      crisis: ['ligne de crise', 'centre de crise', 'équipe de crise'],
      clothing: ['vêtements', 'vetements', 'habits', 'manteau', 'chaussures'],
      documents: ["pièce d'identité", "piece d'identite", 'papiers', "carte d'identité", 'acte de naissance'],
      education: ['cours', 'école', 'ecole', 'formation', 'alphabétisation'],
      jobs: ['emploi', 'travail', 'boulot'],
      legal: ['avocat', 'aide juridique', 'juridique'],
      healthCare: ['médecin', 'medecin', 'clinique', 'soins', 'dentiste', 'infirmière'],
      transport: ['transport', 'autobus', 'trajet', 'billet de bus'],
    },
  },
  consentAsk: (program) =>
    `Bonjour! Je suis l'assistant automatisé de ${program.programName}, pas une personne : ` +
    `bilans et rappels, ${programText(program, 'fr').messageFrequency}. ` +
    `Des frais de messagerie et de données peuvent s'appliquer. AIDE (HELP) pour de l'aide, STOP pour vous désabonner. ` +
    `For English, reply ENGLISH. Puis-je vous écrire?`,
  consentRetry: 'Répondez OUI si je peux vous écrire, ou NON sinon.',
  consentDeclined: (program) =>
    `Aucun problème, je ne vous écrirai pas. Si vous changez d'idée, répondez OUI en tout temps. Si vous avez besoin d'aide maintenant : ${contact(program)}.`,
  consentThanks: 'Merci.',
  askName: 'Comment voulez-vous que je vous appelle? Un prénom ou un surnom suffit (ou répondez PASSER).',
  nameRetry: "Envoyez un nom court, jusqu'à 40 lettres, ou répondez PASSER.",
  askPlace: "Dans quelle ville êtes-vous, ou quel est votre code postal? Je m'en sers pour vous écrire à des heures raisonnables.",
  placeRetry:
    "Je n'ai pas trouvé cet endroit. Essayez une ville (Montréal), un code postal, ou un fuseau horaire (heure de l'Est, du Centre, des Rocheuses, du Pacifique).",
  placeDefaulted: (label) => `J'utiliserai ${label} pour l'instant. Vous pouvez le changer en tout temps : MENU, puis Mes paramètres.`,
  placeConfirmed: (label) => `C'est noté : ${label}.`,
  enrolled: (name, checkInTime) =>
    `Tout est prêt${name ? `, ${name}` : ''}! Je vous inviterai à un court bilan chaque jour ${at(checkInTime)} (l'heure se change dans Paramètres). Répondez MENU pour voir ce que je fais.`,
  menuPrompt: 'Que voulez-vous faire?',
  menuRetry: "Répondez avec le numéro d'une option, ou MENU pour les revoir.",
  menuIntro: 'Voici ce que je fais :',
  notUnderstood: 'Pas compris. Choisissez :',
  help: (program, crisisLine) =>
    `${program.programName} : ${contact(program)}. En situation de crise : ${line(crisisLine).name}, ${line(crisisLine).contact}. ` +
    'Répondez MENU pour les options, ou STOP pour vous désabonner.',
  whoAmI: (program) =>
    `Je suis l'assistant automatisé de ${program.programName} : un programme informatique, pas une personne. Répondez MENU pour voir ce que je peux faire.`,
  eraseConfirm: "Cela efface tout ce que j'ai à votre sujet : votre profil, vos réponses et vos messages. C'est irréversible. Voulez-vous tout effacer?",
  eraseDone: (crisisLine) =>
    `C'est fait. Vos données ont été effacées. Si vous nous écrivez de nouveau, on repartira de zéro. Si vous avez besoin d'aide, ${line(crisisLine).contact}.`,
  eraseKept: "D'accord, rien n'a été effacé.",
  settingsPrompt: 'Que voulez-vous changer?',
  settingsSaved: "C'est enregistré.",
  optOutConfirmed: (program) => `Vous ne recevrez plus de messages de ${program.programName}. Répondez START pour revenir.`,
  optInConfirmed: (program) => `Bon retour à ${program.programName}! Répondez MENU pour voir ce que je peux faire.`,
  optInNeedsConsent: 'Bon retour!',
  stopQuestion: (program) =>
    `Voulez-vous arrêter tous les messages de ${program.programName}? Répondez STOP pour les arrêter, ou MENU pour continuer.`,
  turnFailed: (crisisLine) =>
    `Désolé, quelque chose n'a pas fonctionné de mon côté. Réessayez, ou répondez MENU. Si vous avez besoin de quelqu'un maintenant, ${line(crisisLine).contact}.`,
  cannotReadMedia: 'Je peux seulement lire du texte, pas les photos ni les fichiers. Si vous avez écrit quelque chose avec, je vais y répondre.',
  flooding: (crisisLine) =>
    `Vous envoyez beaucoup de messages à la fois; je lirai le prochain quand ça se calmera. Si vous avez besoin de quelqu'un maintenant, ${line(crisisLine).contact}.`,
  checkInMood:
    "Petit bilan (PASSER saute une question). Comment va votre moral aujourd'hui, de 0 (très bas) à 10 (excellent)? Quelques mots sur votre journée si vous voulez.",
  checkInMoodRetry: 'Un chiffre de 0 à 10 suffit, comme 6 (ou PASSER).',
  checkInCraving: 'Avez-vous des envies de consommer en ce moment, de 0 (aucune) à 10 (très fortes)?',
  checkInCravingRetry: 'Un chiffre de 0 à 10, comme 3 (ou PASSER).',
  checkInSleep: "Environ combien d'heures avez-vous dormi la nuit dernière?",
  checkInSleepRetry: `Un nombre d'heures, comme 7 ou ${numberText(6.5, 'fr')} (ou PASSER).`,
  checkInUsed: "Avez-vous consommé depuis votre dernier bilan? Oui ou non suffit, il n'y a aucun jugement ici.",
  checkInUsedRetry: 'Oui ou non suffit (ou PASSER).',
  checkInNothing: "Aucune réponse aujourd'hui, et c'est correct. Répondez BILAN quand vous voulez.",
  reflection: (reflection, name) => {
    const parts = [`Merci d'avoir fait votre bilan${name ? `, ${name}` : ''}.`];
    if (reflection.streak >= 2) parts.push(`Ça fait ${reflection.streak} ${plural(reflection.streak, 'fr', { one: 'jour', other: 'jours' })} de suite.`);
    const mood = reflection.mood;
    const average = mood ? numberText(mood.weekAverage, 'fr') : '';
    if (mood?.direction === 'higher') parts.push(`Votre moral est un peu plus haut que votre moyenne de la semaine (${average}).`);
    if (mood?.direction === 'same') parts.push(`Votre moral est à peu près comme votre moyenne de la semaine (${average}).`);
    if (mood?.direction === 'lower') parts.push(`Votre moral est un peu plus bas que votre moyenne de la semaine (${average}). Les journées difficiles, ça arrive.`);
    if (reflection.usedDisclosed) parts.push("Merci de votre honnêteté. Un faux pas n'efface pas vos progrès, et vous continuez d'avancer.");
    return parts.join(' ');
  },
  peerOffer: "Voulez-vous qu'un pair aidant communique avec vous?",
  peerOfferDeclined: "D'accord. Vous pouvez demander un pair aidant en tout temps : répondez MENU.",
  peerRequested: (program, crisisLine) =>
    `J'ai demandé à un pair aidant de l'équipe de ${program.programName} de communiquer avec vous; cette personne vous écrira dès que possible. ` +
    `Si vous êtes en danger, ${line(crisisLine).contact}.`,
  peerAlreadyRequested: "Un pair aidant sait déjà que vous l'avez demandé et communiquera avec vous dès que possible.",
  peerUnreachable: (program, crisisLine) =>
    `J'ai noté que vous voulez parler à un pair aidant, mais je n'ai pu joindre personne pour l'instant. ${contact(program)}. Si vous êtes en danger, ${line(crisisLine).contact}.`,
  peerRequestedAfterHours: (program, crisisLine, opening) =>
    `Nous sommes en dehors des heures de bureau : un pair aidant de l'équipe ${program.programName} vous contactera ${
      opening.relative === 'today' ? "aujourd'hui" : opening.relative === 'tomorrow' ? 'demain' : WEEKDAYS[opening.weekday - 1]
    } dès ${clockText(opening.time, 'fr')}. Si vous êtes en danger, ${line(crisisLine).contact}.`,
  relayPeerJoined: (peer, role) => `${peer ?? (role === 'supervisor' ? 'Une personne superviseure' : 'Un pair aidant')} de l'équipe a votre message et vous écrira ici.`,
  relayPeerSays: (peer, text) => `${peer} (pair aidant) : ${text}`,
  relayKept: (crisisLine) =>
    `Merci. Je l'ai gardé pour le pair aidant qui prendra votre demande : il le verra. Si vous êtes en danger, ${line(crisisLine).contact}.`,
  relayEnded: (peer) => `${peer} a terminé la conversation. Je suis de retour : répondez MENU pour voir ce que je peux faire, ou demandez un pair quand vous voulez.`,
  historyEmpty: "Aucun bilan pour l'instant. Répondez BILAN pour faire le premier.",
  historyTitle: (count) => plural(count, 'fr', { one: 'Votre dernier bilan :', other: `Vos ${count} derniers bilans :` }),
  historyRow: (row) =>
    `${shortDate(row.date, 'fr')} : moral ${dash(row.mood)}, envies ${dash(row.craving)}, sommeil ${dash(row.sleepHours)} h` +
    (row.used === true ? ', a consommé' : ''),
  yes: 'Oui',
  no: 'Non',
  skip: 'PASSER',
  goalReminder: (title, name) => `Bonjour${name ? ` ${name}` : ''}, un rappel : ${title}. Répondez FAIT ou PAS AUJOURD'HUI.`,
  checkInPrompt: (name) =>
    `Bonjour${name ? ` ${name}` : ''}, c'est l'heure de votre bilan quotidien (moins d'une minute). Répondez BILAN pour commencer, ou MENU pour d'autres options.`,
  goalOutcomeDone: (title) => `Bravo! « ${title} » est marqué comme fait.`,
  goalOutcomeNotToday: (title) => `C'est correct. J'ai noté « pas aujourd'hui » pour « ${title} ». Prenez soin de vous.`,
  goalsIntro: 'Vos objectifs. Choisissez-en un pour le modifier, ou ajoutez-en un :',
  goalLine: (title, schedule, isPaused) => `${title} : ${schedule ?? 'aucun rappel'}${paused(schedule, isPaused)}`,
  goalNew: 'Nouvel objectif',
  goalAskTitle: 'Quel est votre objectif, dans vos propres mots?',
  goalTitleRetry: "Quelques mots seulement, jusqu'à 120 caractères. Ou MENU pour quitter.",
  goalNotAdded: "D'accord, aucun objectif ajouté. Répondez MENU pour les options.",
  goalSaved: (title, schedule) =>
    schedule
      ? `« ${title} » est enregistré. Rappels : ${schedule}.`
      : `« ${title} » est enregistré. Vous pourrez y ajouter un rappel plus tard dans Mes objectifs.`,
  goalSavedUnread: (title) => `« ${title} » est enregistré sans rappel. Vous pourrez en ajouter un plus tard dans Mes objectifs.`,
  goalActions: (title, schedule, isPaused) => `« ${title} » : ${schedule ?? 'aucun rappel'}${paused(schedule, isPaused)}. Que voulez-vous faire?`,
  goalMarkDone: 'Marquer comme atteint',
  goalPause: 'Mettre les rappels en pause',
  goalResume: 'Reprendre les rappels',
  goalChangeTime: "Changer l'heure",
  goalAddReminder: 'Ajouter un rappel',
  goalDelete: 'Supprimer',
  goalDone: (title) => `Bravo! L'objectif « ${title} » est atteint, et ses rappels sont arrêtés.`,
  goalPaused: (title) => `Les rappels pour « ${title} » sont en pause. Reprenez-les en tout temps dans Mes objectifs.`,
  goalResumed: (title, schedule) => `Les rappels pour « ${title} » sont réactivés : ${schedule}.`,
  goalRescheduled: (title, schedule) => `« ${title} » est mis à jour : ${schedule}.`,
  goalUnchanged: "D'accord, rien n'a changé.",
  goalDeleteConfirm: (title) => `Supprimer « ${title} » et ses rappels? C'est irréversible.`,
  goalDeleted: (title) => `« ${title} » est supprimé.`,
  goalKept: (title) => `D'accord, je garde « ${title} ».`,
  goalGone: "Cet objectif n'est plus dans votre liste. Répondez MENU pour les options.",
  scheduleAsk: 'Voulez-vous un rappel? Dites-moi quand, comme « tous les jours à 20 h » ou « en semaine à 7 h 30 », ou PASSER.',
  scheduleAskChange: 'Quand voulez-vous un rappel? Par exemple « tous les jours à 20 h » ou « demain à 9 h » (ou PASSER pour ne rien changer).',
  scheduleAskAgain: "D'accord, quand alors? Par exemple « les lundis et jeudis à midi » ou « dans 2 heures » (ou PASSER).",
  scheduleNoTime: 'À quelle heure? Par exemple 20 h ou 7 h 30.',
  scheduleNoDays: 'Quels jours? Par exemple tous les jours, en semaine, ou les lundis et jeudis.',
  scheduleInPast: 'Ce moment est déjà passé. Quand voulez-vous un rappel?',
  scheduleNotUnderstood: "Désolé, je n'ai pas compris. Essayez « tous les jours à 20 h », « en semaine à 7 h 30 » ou « demain à 9 h ».",
  scheduleUnread: "Désolé, je n'arrive toujours pas à y lire une heure.",
  scheduleConfirm: (schedule) => `${schedule}. C'est bien ça?`,
  settingName: 'Nom',
  settingPlace: 'Lieu',
  settingCheckInTime: 'Heure du bilan',
  settingCheckInToggle: (on) => (on ? 'Désactiver le bilan quotidien' : 'Activer le bilan quotidien'),
  checkInTimeAsk: (time, on) =>
    `Votre bilan quotidien ${on ? 'est' : 'serait'} ${at(time)}. Quelle heure vous convient? Par exemple 9 h ou 19 h 30 (ou PASSER).`,
  checkInTimeRetry: "Une heure comme 9 h ou 19 h 30, s'il vous plaît (ou PASSER).",
  checkInTimeConfirm: (time) => `Bilan quotidien ${at(time)}. C'est bien ça?`,
  checkInTimeSaved: (time) => `C'est enregistré. Je vous inviterai à faire votre bilan chaque jour ${at(time)}.`,
  checkInTimeKept: (time) => `D'accord, votre bilan reste ${at(time)}.`,
  checkInTimeOutsideWindow: (time, window) =>
    `J'envoie des messages seulement entre ${clockText(window.start, 'fr')} et ${clockText(window.end, 'fr')}, donc pas ${at(time)}. Quelle heure dans cette plage vous convient?`,
  checkInPromptsOn: (time) => `Le bilan quotidien est activé : je vous inviterai chaque jour ${at(time)}.`,
  checkInPromptsOff: 'Le bilan quotidien est désactivé. Je ne vous inviterai plus; répondez BILAN quand vous voulez, ou réactivez-le dans Mes paramètres.',
  languageAsk: 'Dans quelle langue voulez-vous que je vous écrive?',
  languageChanged: 'Parfait, je vous écris maintenant en français.',
  languageOffer: 'Vous préférez le français? Répondez FRANÇAIS.',
  planSections: {
    warningSigns: {
      label: 'Signes avant-coureurs',
      ask: "Qu'est-ce qui annonce un moment difficile? Comme « je dors mal, je m'isole » (séparés par des virgules), ou PASSER.",
    },
    coping: {
      label: 'Par moi-même',
      ask: 'Que pouvez-vous faire par vous-même pour traverser ce moment? Comme « promener le chien, de la musique, une douche chaude ». Ou PASSER.',
    },
    distractions: {
      label: 'Personnes et lieux',
      ask: 'Quelles personnes ou quels lieux vous changent les idées? Comme « chez ma sœur, la bibliothèque, une réunion ». Ou PASSER.',
    },
    helpers: {
      label: "À qui demander de l'aide",
      ask: "À qui pourriez-vous demander de l'aide? Des prénoms, et un numéro si vous voulez : « Ana 555-0142, Sam ». Ou PASSER.",
    },
    services: {
      label: 'Professionnels et services',
      ask: 'Un intervenant, médecin ou clinique, avec un numéro? Ou PASSER.',
    },
    surroundings: {
      label: 'Un milieu sécuritaire',
      ask: "Qu'est-ce qui rendrait votre milieu plus sécuritaire quand ça va mal? Comme confier certaines choses à quelqu'un, ou être entouré. Ou PASSER.",
    },
    reasons: {
      label: 'Raisons de vivre',
      ask: "Quelles sont vos raisons de vivre, ce qui compte le plus pour vous? Des personnes, des animaux, des projets, n'importe quoi. Ou PASSER.",
    },
  },
  planIntro:
    'Votre plan de sécurité, étape par étape. PASSER en saute une; MENU arrête et le garde.',
  planCrisisLineAlways: (crisisLine) => `La ligne de crise (${crisisLine.number ?? line(crisisLine).contact}) y est déjà.`,
  planEditAsk: (label, now) =>
    `${label} maintenant : ${now}. Envoyez la nouvelle version (elle remplace celle-ci), PASSER pour la garder, ou RIEN pour la vider.`,
  planShareAsk:
    "Si vous avez un jour besoin d'un pair aidant de notre équipe, puis-je lui montrer ces noms et numéros, pour qu'il vous aide à joindre vos proches?",
  planShared: "D'accord, un pair aidant les verra au besoin.",
  planNotShared: "D'accord, ils restent seulement dans votre plan.",
  planReasonsNone: (crisisLine) =>
    `C'est correct. Quand ça va mal, les raisons peuvent être difficiles à voir. Vous pourrez les ajouter en tout temps. Si vous voulez parler, répondez MENU pour un pair aidant, ou ${line(crisisLine).contact}.`,
  planTitle: 'Votre plan. Répondez un numéro pour changer une partie, ou MENU.',
  planLine: (label, items) => `${label} : ${items.length > 0 ? items.join(', ') : 'pas encore'}`,
  planCrisisLineItem: (crisisLine) => `${crisisLine.number ?? line(crisisLine).contact} (toujours)`,
  planSharedNote: '(visibles au pair aidant)',
  planSummaryTitle: 'Votre plan de sécurité :',
  planFillEmpty: 'Remplir les parties vides',
  planSaved: (saved) => `C'est enregistré. ${saved}`,
  planUnchanged: "D'accord, rien n'a changé.",
  planDone: (crisisLine) =>
    `Voilà votre plan (MON PLAN pour le voir ou le changer). Il ne remplace pas une personne : un pair aidant est à un MENU; en crise, ${line(crisisLine).contact}.`,
  planDoneEmpty: 'Pas de problème. Votre plan est là quand vous voulez : répondez MON PLAN.',
  crisisPlanReminder: (call, coping) => {
    const options = [...(call.length > 0 ? [`appeler ${eitherOf(call, 'fr')}`] : []), ...(coping.length > 0 ? [eitherOf(coping, 'fr')] : [])];
    return `Votre plan dit que vous pouvez ${options.join(', ou ')}.`;
  },
  copingTools: {
    urgeSurfing: {
      name: "Surfer sur l'envie",
      steps: [
        "Surfer sur l'envie. Une envie, c'est comme une vague : elle monte, atteint un sommet et redescend, souvent en 20 à 30 minutes. Pas besoin de la combattre ni d'y céder. On commence?",
        "Où la sentez-vous dans votre corps? Bouche, poitrine, ventre, mains? Remarquez-la, sans vous juger. Répondez quand vous l'avez trouvée.",
        "Respirez lentement. Imaginez l'envie comme une vague, et vous qui surfez dessus, sans la combattre. Regardez-la monter.",
        'Remarquez comment elle change : plus forte, plus faible, elle bouge. Continuez de respirer. Chaque vague monte puis retombe.',
        "Vous avez surfé jusqu'ici. Chaque vague surfée rend la suivante plus facile.",
      ],
    },
    grounding: {
      name: 'Ancrage (5 sens)',
      steps: [
        "L'ancrage vous ramène au moment présent. Regardez autour de vous et nommez 5 choses que vous voyez. Écrivez-les, ou dites-les-vous simplement.",
        'Maintenant 4 choses que vous pouvez toucher ou sentir : vos pieds au sol, vos vêtements, la chaise sous vous.',
        '3 choses que vous entendez, proches ou lointaines.',
        '2 choses que vous pouvez sentir, ou 2 odeurs que vous aimez.',
        '1 chose que vous pouvez goûter, ou une parole douce à vous dire. Puis prenez une lente respiration.',
      ],
    },
    breathing: {
      name: 'Respiration lente',
      steps: [
        "Respiration lente : une expiration lente dit à votre corps qu'il est en sécurité. Installez-vous confortablement et relâchez les épaules. On commence?",
        'Inspirez par le nez en comptant 4, puis expirez lentement par la bouche en comptant 6. Répondez quand vous en avez fait une.',
        "Continuez 5 respirations à votre rythme : inspirez sur 4, expirez sur 6. Laissez l'expiration être longue.",
        'Remarquez comment votre corps se sent maintenant, même un petit changement.',
      ],
    },
    halt: {
      name: 'Vérification HALT',
      steps: [
        "HALT (en anglais) : les moments difficiles arrivent souvent avec la faim, la colère, la solitude ou la fatigue. Vérifions chacun. Faim? Quand avez-vous mangé la dernière fois?",
        "Colère? Y a-t-il quelque chose qui vous dérange et que vous n'avez pas dit à voix haute?",
        'Solitude? À qui pourriez-vous écrire, ou avec qui pourriez-vous être, même quelques minutes?',
        'Fatigue? Pourriez-vous vous reposer, même 15 minutes?',
        "Peu importe ce qui est ressorti, une petite chose maintenant peut aider : une collation, un message à quelqu'un, un peu de repos.",
      ],
    },
    playTapeForward: {
      name: 'Faire avancer le film',
      steps: [
        "Faites avancer le film : imaginez que vous cédez à l'envie, puis laissez le film continuer après le premier moment. On commence?",
        "Que se passe-t-il dans l'heure qui suit? Comment vous sentez-vous?",
        "Et demain matin? Qu'est-ce que ça vous coûterait : des gens, des projets, l'image que vous avez de vous?",
        "Maintenant, regardez l'autre film : vous laissez passer la vague. Comment vous sentez-vous demain matin?",
        "Ce deuxième film, c'est vous qui pouvez le choisir, maintenant.",
      ],
    },
  },
  copingIntro: (crisisLine) =>
    `De courts exercices par texto. Ils ne remplacent pas une personne : un pair aidant est à un MENU de distance, et en situation de crise, ${line(crisisLine).contact}. Lequel voulez-vous?`,
  copingHowTo: '(Répondez pour continuer. PASSER saute une étape, MENU arrête.)',
  copingRateAsk: 'Est-ce que ça vous a aidé? Répondez de 1 (pas vraiment) à 5 (beaucoup), ou PASSER.',
  copingRateRetry: 'Un chiffre de 1 à 5 suffit (ou PASSER).',
  copingHelped:
    "Tant mieux si ça vous a aidé. Je vous l'offrirai en premier la prochaine fois. Ces outils ne remplacent pas une personne : répondez MENU en tout temps pour parler à un pair aidant.",
  copingNotHelped: (crisisLine) =>
    `Merci de me le dire. La prochaine fois, je vous offrirai d'autres outils en premier. Ils ne remplacent pas une personne : répondez MENU pour parler à un pair aidant, ou ${line(crisisLine).contact}.`,
  copingUnrated: "D'accord. Ces outils ne remplacent pas une personne : répondez MENU en tout temps pour parler à un pair aidant.",
  urgeSurfingOffer:
    "Les envies montent et redescendent comme des vagues. Voulez-vous essayer de surfer sur l'envie, un court exercice pour laisser passer celle-ci?",
  urgeSurfingDeclined: "D'accord. Répondez ENVIE en tout temps pour l'essayer.",
  resourceCategory: {
    food: 'Nourriture',
    shelter: 'Hébergement',
    treatment: 'Désintox et traitement',
    meetings: 'Réunions',
    mentalHealth: 'Santé mentale',
    crisis: 'Aide en situation de crise',
    clothing: 'Vêtements',
    documents: "Pièces d'identité",
    education: 'GED et cours',
    jobs: 'Emploi',
    legal: 'Aide juridique',
    healthCare: 'Soins de santé',
    transport: 'Transport',
  },
  resourceAskWhat:
    "De quoi avez-vous besoin? Par exemple nourriture, hébergement, désintox, réunions, santé mentale, vêtements, pièces d'identité, cours, emploi, aide juridique, soins ou transport.",
  resourceWhatRetry: 'Dites-le en un ou deux mots, comme nourriture, hébergement ou réunion NA (ou MENU).',
  resourceAskWhere: 'Près de quel endroit? Un code postal ou une ville.',
  resourceWhereRetry: "Je n'ai pas trouvé cet endroit. Essayez un code postal (T1A, 10001) ou une ville (Medicine Hat).",
  resourceHeader: (what, place) => `${what} près de ${place} :`,
  resourceLine: (index, resource) =>
    `${index}. ${resource.name} - ${distanceText(resource)}\n${opennessText(resource.openness)}.${resource.phone ? ` ${resource.phone}.` : ''}${resource.note ? ` ${resource.note}` : ''}`,
  resourceFooter: (more) =>
    more ? 'APPELER et un numéro pour les détails, PLUS, ou MENU.' : 'APPELER et un numéro pour les détails, ou MENU.',
  resourceNoMore: "C'est tout ce que j'ai trouvé à proximité. Répondez APPELER et un numéro pour les détails, ou MENU.",
  resourcePickRetry: (count) => `Répondez APPELER et un numéro de 1 à ${count}, PLUS, ou MENU.`,
  resourceNothing: (what, place, radius) => `Je n'ai rien trouvé (${what.toLowerCase()}) à moins de ${radius} de ${place}.`,
  resourceNational: (resource) => `${resource.name} : ${resource.phone}${resource.note ? ` (${resource.note})` : ''}`,
  resourceAlwaysOpen: (crisisLine) => `Ouvert maintenant, jour et nuit : ${line(crisisLine).name}, ${line(crisisLine).contact}.`,
  resourcePeer: 'Répondez PAIR AIDANT pour parler à un pair aidant.',
  resourceCard: (card) =>
    [
      `${card.name} (${distanceText(card)})`,
      card.address,
      `${opennessText(card.openness)}.`,
      card.phone ? `Appelez le ${card.phone}` : undefined,
      card.note,
      card.description,
      card.url,
    ]
      .filter(Boolean)
      .join('\n'),
  resourceSampleNote: '(Lieux fictifs.)',
} satisfies Catalog;
