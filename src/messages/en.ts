import type { Openness } from '../resources/opening-hours.js';
import type { Catalog, ResourceLine } from './catalog.js';
import { clockText, numberText, plural, shortDate, weekdayName } from './format.js';

const dash = (value: number | null) => (value === null ? '-' : numberText(value, 'en'));
const at = (time: string) => clockText(time, 'en');

function opennessText(state: Openness): string {
  switch (state.kind) {
    case 'open':
      return `Open till ${at(state.until)}`;
    case 'always':
      return 'Open 24 hours';
    case 'opens':
      return state.day === 'today' ? `Closed, opens ${at(state.at)}` : `Closed, opens tomorrow ${at(state.at)}`;
    case 'opensOn':
      return `Closed, opens ${weekdayName(state.weekday, 'en')} ${at(state.at)}`;
    case 'closed':
      return 'Closed';
    case 'unknown':
      return 'Call for hours';
  }
}
const distanceText = (line: ResourceLine) => `${numberText(line.distance, 'en')} ${line.unit}`;

/** English, the default catalogue. */
export const en = {
  lang: 'en',
  languageName: 'English',
  menu: {
    checkIn: 'Check in',
    goals: 'My goals',
    history: 'My check-ins',
    peer: 'Talk to a peer',
    resources: 'Find help nearby',
    help: 'Help',
    settings: 'My settings',
    eraseData: 'Delete my data',
  },
  synonyms: {
    menu: {
      checkIn: ['check in', 'checkin', 'check-in', 'daily check in', 'daily check-in', 'i want to check in', 'lets check in', "let's check in", 'check in please'],
      goals: ['goals', 'goal', 'my goals', 'my goal', 'new goal', 'add a goal', 'add goal', 'set a goal', 'set goal'],
      history: ['history', 'my history', 'my check ins', 'check-in history', 'check in history'],
      peer: ['talk to a peer', 'talk to someone', 'can i talk to someone', 'i want to talk to someone', 'talk to a person', 'talk to a human', 'a real person', 'peer'],
      resources: ['find help', 'resources', 'find resources', 'local resources', 'help nearby', 'services near me', 'find a resource'],
      help: ['info'],
      settings: ['settings', 'profile', 'change my name', 'change my time zone', 'check-in time', 'change my check-in time'],
      eraseData: ['delete my data', 'erase my data'],
    },
    goalActions: {
      done: ['done', 'did it', 'finished', 'complete', 'completed'],
      pause: ['pause', 'pause it', 'hold'],
      resume: ['resume', 'unpause', 'turn on'],
      time: ['time', 'change', 'change time', 'reschedule', 'reminder', 'add reminder'],
      delete: ['delete', 'delete it', 'remove', 'remove it'],
    },
    settings: {
      name: ['my name'],
      place: ['time zone', 'city', 'zip', 'place'],
      checkInTime: ['check in time', 'checkin time', 'check-in hour'],
      checkInToggle: ['daily check-in', 'daily check in', 'turn off', 'turn on', 'check-in off', 'check-in on'],
    },
    newGoal: ['new', 'add', 'add a goal', 'add one', 'new one', 'another'],
    resourceCategories: {
      food: ['food', 'hungry', 'food bank', 'food pantry', 'pantry', 'meal', 'meals', 'groceries', 'something to eat', 'eat', 'soup kitchen', 'lunch', 'dinner', 'breakfast'],
      shelter: ['shelter', 'shelters', 'a bed', 'bed for the night', 'place to sleep', 'somewhere to sleep', 'place to stay', 'homeless', 'warming center'],
      treatment: ['detox', 'treatment', 'rehab', 'withdrawal', 'methadone', 'suboxone', 'addiction treatment', 'drug treatment'],
      meetings: ['meeting', 'meetings', 'na meeting', 'aa meeting', 'na', 'aa', 'narcotics anonymous', 'alcoholics anonymous', 'support group', 'smart recovery', '12 step'],
      mentalHealth: ['mental health', 'counseling', 'counselling', 'counselor', 'therapist', 'therapy', 'psychiatrist'],
      crisis: ['crisis line', 'crisis help', 'crisis center', 'crisis centre', 'crisis team', 'mobile crisis', 'hotline'],
      clothing: ['clothing', 'clothes', 'coat', 'coats', 'shoes', 'jacket'],
      documents: ['id', 'ids', 'identification', 'birth certificate', 'documents', 'state id', 'id card'],
      education: ['ged', 'hiset', 'classes', 'class', 'school', 'adult education', 'literacy', 'esl'],
      jobs: ['job', 'jobs', 'employment', 'job training', 'resume'],
      legal: ['legal', 'legal aid', 'legal help', 'lawyer', 'attorney', 'court'],
      healthCare: ['doctor', 'clinic', 'health care', 'healthcare', 'medical', 'dentist', 'nurse'],
      transport: ['transport', 'transportation', 'ride', 'a ride', 'bus', 'bus pass', 'bus ticket'],
    },
  },
  // The offer of Spanish and French is written in those languages, in letters GSM-7 has (Ñ, Ç, é), so the text stays 7-bit.
  consentAsk: (program) =>
    `Hi! I'm the ${program.programName} automated peer-support assistant, not a person. ` +
    `${program.programName} sends check-ins and reminders, ${program.messageFrequency}. ` +
    `Msg & data rates may apply. Reply HELP for help, STOP to opt out. ` +
    `¿Español? Responde ESPAÑOL. En FRANÇAIS? Répondez FRANÇAIS. Is it OK to text you?`,
  consentRetry: 'Please reply YES if I may text you, or NO if not.',
  consentDeclined: (program) =>
    `No problem, I won't text you. If you change your mind, reply YES any time. ` +
    `If you need help now, ${program.helpContact}.`,
  consentThanks: 'Thank you.',
  askName: 'What should I call you? A first name or nickname is fine (or reply SKIP).',
  nameRetry: 'Please send a short name, up to 40 letters, or reply SKIP.',
  askPlace: 'What city or ZIP/postal code are you in? I use it to text you at sensible hours.',
  placeRetry: 'I could not place that. Try a city (Edmonton), a ZIP or postal code, or a time zone (Eastern, Central, Mountain, Pacific).',
  placeDefaulted: (label) => `I'll use ${label} for now. You can change it any time under MENU, then My settings.`,
  placeConfirmed: (label) => `Got it: ${label}.`,
  enrolled: (name, checkInTime) =>
    `You're all set${name ? `, ${name}` : ''}. I'll invite you to a quick check-in each day at ${at(checkInTime)} (change it in My settings). Reply MENU any time to see what I can do.`,
  menuPrompt: 'What would you like to do?',
  menuRetry: 'Reply with the number of an option, or MENU to see them again.',
  menuIntro: "Here's what I can do.",
  notUnderstood: "Sorry, I didn't catch that.",
  help: (program, line) =>
    `${program.programName}: ${program.helpContact}. In a crisis, ${line.contact} (${line.name}). ` +
    `Reply MENU for options, STOP to opt out.`,
  whoAmI: (program) =>
    `I'm the ${program.programName} automated assistant, a computer program, not a person. ` +
    'Reply MENU to see what I can do.',
  eraseConfirm: 'This erases everything I have about you: your profile, answers and messages. It cannot be undone. Erase it all?',
  eraseDone: (line) =>
    `Done. Your data has been erased. If you text again, we start fresh. If you ever need help, ${line.contact}.`,
  eraseKept: 'OK, nothing was erased.',
  settingsPrompt: 'What would you like to change?',
  settingsSaved: 'Saved.',
  optOutConfirmed: (program) =>
    `You're unsubscribed from ${program.programName} and will get no more messages. Reply START to come back.`,
  optInConfirmed: (program) => `Welcome back to ${program.programName}. Reply MENU to see what I can do.`,
  optInNeedsConsent: 'Welcome back.',
  stopQuestion: (program) =>
    `Do you want to stop all messages from ${program.programName}? Reply STOP to stop them, or MENU to keep going.`,
  turnFailed: (line) =>
    `Sorry, something went wrong on my side. Please try again, or reply MENU. If you need someone now, ${line.contact}.`,
  cannotReadMedia: "I can only read text, not pictures or files. If you sent words with it, I'll answer those.",
  checkInMood:
    "Quick check-in (SKIP skips any question). How's your mood today, from 0 (very low) to 10 (great)? Add a few words about your day if you like.",
  checkInMoodRetry: 'Just a number from 0 to 10 is fine, like 6 (or SKIP).',
  checkInCraving: 'Any cravings right now, from 0 (none) to 10 (very strong)?',
  checkInCravingRetry: 'A number from 0 to 10, like 3 (or SKIP).',
  checkInSleep: 'About how many hours did you sleep last night?',
  checkInSleepRetry: 'A number of hours, like 7 or 6.5 (or SKIP).',
  checkInUsed: "Have you used since your last check-in? Yes or no is fine, there's no judgement here.",
  checkInUsedRetry: 'Yes or no is fine (or SKIP).',
  checkInNothing: "No answers today, and that's OK. Reply CHECK IN any time.",
  reflection: (reflection, name) => {
    const parts = [`Thanks for checking in${name ? `, ${name}` : ''}.`];
    if (reflection.streak >= 2) parts.push(`That's ${reflection.streak} ${plural(reflection.streak, 'en', { one: 'day', other: 'days' })} in a row.`);
    const mood = reflection.mood;
    if (mood?.direction === 'higher') parts.push(`Your mood is a bit higher than your week's average of ${numberText(mood.weekAverage, 'en')}.`);
    if (mood?.direction === 'same') parts.push(`Your mood is about the same as your week's average of ${numberText(mood.weekAverage, 'en')}.`);
    if (mood?.direction === 'lower') parts.push(`Your mood is a bit lower than your week's average of ${numberText(mood.weekAverage, 'en')}. Hard days happen.`);
    if (reflection.usedDisclosed) parts.push("Thank you for being honest. A slip doesn't erase your progress, and you're still here doing the work.");
    return parts.join(' ');
  },
  peerOffer: 'Would you like a peer to reach out?',
  peerOfferDeclined: 'OK. You can ask for a peer any time: reply MENU.',
  peerRequested: (program, line) =>
    `I've asked a peer from the ${program.programName} team to reach out to you; they will text you as soon as they can. ` +
    `If you're in danger, ${line.contact}.`,
  peerAlreadyRequested: 'A peer already knows you asked and will reach out as soon as they can.',
  peerUnreachable: (program, line) =>
    `I've noted that you'd like a peer, but I couldn't reach one right now. ${program.helpContact}. If you're in danger, ${line.contact}.`,
  historyEmpty: 'No check-ins yet. Reply CHECK IN to do your first.',
  historyTitle: (count) => plural(count, 'en', { one: 'Your last check-in:', other: `Your last ${count} check-ins:` }),
  historyRow: (row) =>
    `${shortDate(row.date, 'en')}: mood ${dash(row.mood)}, craving ${dash(row.craving)}, sleep ${dash(row.sleepHours)}h` +
    (row.used === true ? ', used' : ''),
  yes: 'Yes',
  no: 'No',
  skip: 'SKIP',
  goalReminder: (title, name) => `${name ? `Hi ${name}, a` : 'A'} reminder: ${title}. Reply DONE or NOT TODAY.`,
  checkInPrompt: (name) => `${name ? `Hi ${name}, it's` : "It's"} time for your daily check-in (under a minute). Reply CHECK IN to start, or MENU for other options.`,
  goalOutcomeDone: (title) => `Nice work! Marked "${title}" done.`,
  goalOutcomeNotToday: (title) => `That's OK. Noted "not today" for "${title}". Be kind to yourself.`,
  goalsIntro: 'Your goals. Pick one to change it, or add one:',
  goalLine: (title, schedule, paused) => `${title}: ${schedule ?? 'no reminder'}${schedule && paused ? ' (reminders paused)' : ''}`,
  goalNew: 'New goal',
  goalAskTitle: "What's your goal, in your own words?",
  goalTitleRetry: 'Just a few words, up to 120 characters. Or MENU to leave.',
  goalNotAdded: 'OK, no goal added. Reply MENU for options.',
  goalSaved: (title, schedule) => (schedule ? `Saved "${title}". Reminders: ${schedule}.` : `Saved "${title}". You can add a reminder later under My goals.`),
  goalSavedUnread: (title) => `Saved "${title}" without a reminder. You can add one later under My goals.`,
  goalActions: (title, schedule, paused) =>
    `"${title}": ${schedule ?? 'no reminder'}${schedule && paused ? ' (reminders paused)' : ''}. What would you like to do?`,
  goalMarkDone: 'Mark done',
  goalPause: 'Pause reminders',
  goalResume: 'Resume reminders',
  goalChangeTime: 'Change time',
  goalAddReminder: 'Add a reminder',
  goalDelete: 'Delete',
  goalDone: (title) => `Well done! "${title}" is marked done, and its reminders have stopped.`,
  goalPaused: (title) => `Reminders for "${title}" are paused. Resume them any time under My goals.`,
  goalResumed: (title, schedule) => `Reminders for "${title}" are back on: ${schedule}.`,
  goalRescheduled: (title, schedule) => `Updated "${title}": ${schedule}.`,
  goalUnchanged: 'OK, nothing changed.',
  goalDeleteConfirm: (title) => `Delete "${title}" and its reminders? This cannot be undone.`,
  goalDeleted: (title) => `Deleted "${title}".`,
  goalKept: (title) => `OK, I kept "${title}".`,
  goalGone: 'That goal is no longer on your list. Reply MENU for options.',
  scheduleAsk: "Want a reminder? Tell me when, like 'every day at 8pm' or 'weekdays at 7:30 am', or SKIP.",
  scheduleAskChange: "When should I remind you? Like 'every day at 8pm' or 'tomorrow at 9' (or SKIP to keep it as it is).",
  scheduleAskAgain: "OK, when then? Like 'mondays and thursdays at noon' or 'in 2 hours' (or SKIP).",
  scheduleNoTime: 'What time? Like 8pm or 7:30 am.',
  scheduleNoDays: 'Which days? Like every day, weekdays, or Mondays and Thursdays.',
  scheduleInPast: 'That time has already passed. When should I remind you?',
  scheduleNotUnderstood: "Sorry, I couldn't read that. Try 'every day at 8pm', 'weekdays at 7:30 am' or 'tomorrow at 9'.",
  scheduleUnread: "Sorry, I still couldn't read a time from that.",
  scheduleConfirm: (schedule) => `${schedule}. OK?`,
  settingName: 'Name',
  settingPlace: 'Location',
  settingCheckInTime: 'Check-in time',
  settingCheckInToggle: (on) => (on ? 'Turn daily check-in off' : 'Turn daily check-in on'),
  checkInTimeAsk: (time, on) =>
    `Your daily check-in ${on ? 'is' : 'would be'} at ${at(time)}. What time suits you? Like 9am or 7:30 pm (or SKIP).`,
  checkInTimeRetry: 'A time like 9am or 7:30 pm, please (or SKIP).',
  checkInTimeConfirm: (time) => `Daily check-in at ${at(time)}. OK?`,
  checkInTimeSaved: (time) => `Saved. I'll invite you to check in every day at ${at(time)}.`,
  checkInTimeKept: (time) => `OK, your check-in time stays ${at(time)}.`,
  checkInTimeOutsideWindow: (time, window) =>
    `I only send messages between ${at(window.start)} and ${at(window.end)}, so not at ${at(time)}. What time in those hours suits you?`,
  checkInPromptsOn: (time) => `Daily check-in is on: I'll invite you every day at ${at(time)}.`,
  checkInPromptsOff: "Daily check-in is off. I won't invite you; reply CHECK IN any time, or turn it back on under My settings.",
  languageAsk: 'Which language should I write to you in?',
  languageChanged: "OK, I'll write to you in English.",
  languageOffer: 'Prefer English? Reply ENGLISH.',
  resourceCategory: {
    food: 'Food',
    shelter: 'Shelter',
    treatment: 'Detox and treatment',
    meetings: 'Meetings',
    mentalHealth: 'Mental health',
    crisis: 'Crisis help',
    clothing: 'Clothing',
    documents: 'ID and documents',
    education: 'GED and classes',
    jobs: 'Jobs',
    legal: 'Legal help',
    healthCare: 'Health care',
    transport: 'Rides and transport',
  },
  resourceAskWhat: 'What do you need? For example food, shelter, detox, meetings, mental health, clothing, ID, GED, jobs, legal help, health care or a ride.',
  resourceWhatRetry: 'Tell me in a word or two, like food, shelter or NA meeting (or MENU).',
  resourceAskWhere: 'Near where? A ZIP or postal code, or a town.',
  resourceWhereRetry: "I couldn't place that. Try a ZIP or postal code (10001, T1A) or a town (Medicine Hat).",
  resourceHeader: (what, place) => `${what} near ${place}:`,
  resourceLine: (index, line) =>
    `${index}. ${line.name} - ${distanceText(line)}\n${opennessText(line.openness)}.${line.phone ? ` ${line.phone}.` : ''}${line.note ? ` ${line.note}` : ''}`,
  resourceFooter: (more) => (more ? 'Reply CALL and a number for details, MORE for more, or MENU.' : 'Reply CALL and a number for details, or MENU.'),
  resourceNoMore: "That's all I found nearby. Reply CALL and a number for details, or MENU.",
  resourcePickRetry: (count) => `Reply CALL and a number from 1 to ${count}, MORE, or MENU.`,
  resourceNothing: (what, place, radius) => `I found nothing for ${what} within ${radius} of ${place}.`,
  resourceNational: (line) => `${line.name}: ${line.phone}${line.note ? ` (${line.note})` : ''}`,
  resourceAlwaysOpen: (line) => `Open now, day and night: ${line.name}, ${line.contact}.`,
  resourcePeer: 'Reply PEER to talk with a peer.',
  resourceCard: (card) =>
    [
      `${card.name} (${distanceText(card)})`,
      card.address,
      `${opennessText(card.openness)}.`,
      card.phone ? `Call ${card.phone}` : undefined,
      card.note,
      card.description,
      card.url,
    ]
      .filter(Boolean)
      .join('\n'),
  resourceSampleNote: '(Sample listings, made up for trying peerline.)',
} satisfies Catalog;
