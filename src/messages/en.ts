import type { Openness } from '../resources/opening-hours.js';
import type { Catalog, ResourceLine } from './catalog.js';
import { clockText, eitherOf, numberText, plural, shortDate, weekdayName } from './format.js';

const dash = (value: number | null) => (value === null ? '-' : numberText(value, 'en'));
const at = (time: string) => clockText(time, 'en');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const copingTools = {
  urgeSurfing: ['urge surfing', 'urge', 'urges', 'craving', 'cravings', 'i have a craving', 'having a craving', "i'm craving", 'im craving', 'surf the urge'],
  grounding: ['grounding', 'ground me', 'grounding exercise', 'five senses', '5 senses'],
  breathing: ['breathing', 'breathe', 'breathing exercise', 'paced breathing'],
  halt: ['halt', 'hungry angry lonely tired'],
  playTapeForward: ['play the tape forward', 'play the tape', 'the tape', 'tape'],
};

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
    history: 'History',
    peer: 'Talk to a peer',
    coping: 'Coping tools',
    safetyPlan: 'Safety plan',
    resources: 'Find help',
    help: 'Help',
    settings: 'My settings',
    eraseData: 'Delete my data',
  },
  synonyms: {
    menu: {
      checkIn: ['check in', 'checkin', 'check-in', 'daily check in', 'daily check-in', 'i want to check in', 'lets check in', "let's check in", 'check in please'],
      goals: ['goals', 'goal', 'my goals', 'my goal', 'new goal', 'add a goal', 'add goal', 'set a goal', 'set goal'],
      history: ['history', 'my history', 'my check-ins', 'my check ins', 'check-in history', 'check in history'],
      peer: ['talk to a peer', 'talk to someone', 'can i talk to someone', 'i want to talk to someone', 'talk to a person', 'talk to a human', 'a real person', 'peer'],
      resources: ['find help', 'find help nearby', 'resources', 'find resources', 'local resources', 'help nearby', 'services near me', 'find a resource'],
      help: ['info'],
      settings: ['settings', 'profile', 'change my name', 'change my time zone', 'check-in time', 'change my check-in time'],
      coping: ['coping', 'coping tool', 'coping skills', 'tools', 'exercises', 'an exercise', ...Object.values(copingTools).flat()],
      safetyPlan: ['my plan', 'plan', 'safety plan', 'my safety plan', 'crisis plan', 'my crisis plan', 'fill in my plan', 'change my plan'],
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
    copingTools,
    planClear: ['none', 'nothing', 'no one', 'nobody', 'clear', 'clear it', 'empty', 'empty it'],
    planFillEmpty: ['fill', 'fill in', 'fill it in', 'fill the rest', 'the rest'],
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
  menuIntro: "Here's what I can do:",
  notUnderstood: "I didn't get that. Pick one:",
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
  flooding: (line) =>
    `You're sending a lot of messages at once; I'll read the next one when things slow down. If you need someone now, ${line.contact}.`,
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
  peerRequestedAfterHours: (program, line, opening) =>
    `It's outside our office hours, so a peer from the ${program.programName} team will reach out ${
      opening.relative === 'later' ? `on ${WEEKDAYS[opening.weekday - 1]}` : opening.relative
    } from ${at(opening.time)}. If you're in danger, ${line.contact}.`,
  relayPeerJoined: (peer, role) => `${peer ?? (role === 'supervisor' ? 'A supervisor' : 'A peer')} from the team has your message and will text you here.`,
  relayPeerSays: (peer, text) => `${peer} (peer): ${text}`,
  relayKept: (line) => `Thanks. I've kept that for the peer who picks up your request, so they will see it. If you're in danger, ${line.contact}.`,
  relayEnded: (peer) => `${peer} has ended your conversation. I'm here again: reply MENU to see what I can do, or ask for a peer any time.`,
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
  planSections: {
    warningSigns: {
      label: 'Warning signs',
      ask: "What warns you a hard moment is coming? Like 'can't sleep, pulling away' (use commas), or SKIP.",
    },
    coping: {
      label: 'On my own',
      ask: "What can you do on your own to get through it? Like 'take the dog for a walk, music, a hot shower'. Or SKIP.",
    },
    distractions: {
      label: 'People and places',
      ask: "Which people or places take your mind off things? Like 'my sister's, the library, a meeting'. Or SKIP.",
    },
    helpers: {
      label: 'People to ask for help',
      ask: "Who could you ask for help? Names, and a number if you like: 'Ana 555-0142, Sam'. Or SKIP.",
    },
    services: {
      label: 'Professionals and services',
      ask: 'Any counselor, doctor or clinic to add, with a number? Or SKIP.',
    },
    surroundings: {
      label: 'Safer surroundings',
      ask: 'What could make your surroundings safer in hard times? Like someone you trust keeping certain things for a while, or being around people. Or SKIP.',
    },
    reasons: {
      label: 'Reasons for living',
      ask: 'What are your reasons for living, the things that matter most to you? People, pets, plans, anything. Or SKIP.',
    },
  },
  planIntro:
    'Your plan, step by step. SKIP any; MENU saves & stops.',
  planCrisisLineAlways: (line) => `Your plan already has the crisis line (${line.number ?? line.contact}).`,
  planEditAsk: (label, now) => `${label} now: ${now}. Send the new version (it replaces this), SKIP to keep it, or NONE to empty it.`,
  planShareAsk: 'If you ever need a peer from our team, may I show them these names and numbers, so they can help you reach your people?',
  planShared: 'OK, a peer sees them only if you need one.',
  planNotShared: 'OK, they stay just in your plan.',
  planReasonsNone: (line) =>
    `That's OK. When things are hard, reasons can be hard to see. You can add them any time. If you'd like to talk, reply MENU for a peer, or ${line.contact}.`,
  planTitle: 'Your safety plan. Reply a number to change a part, or MENU.',
  planLine: (label, items) => `${label}: ${items.length > 0 ? items.join(', ') : 'not yet'}`,
  planCrisisLineItem: (line) => `${line.number ?? line.contact} (always)`,
  planSharedNote: '(a peer may see these)',
  planSummaryTitle: 'Your safety plan:',
  planFillEmpty: 'Fill in the empty parts',
  planSaved: (line) => `Saved. ${line}`,
  planUnchanged: 'OK, nothing changed.',
  planDone: (line) =>
    `That's your plan (MY PLAN to see or change it). It doesn't replace a person: a peer is a MENU away; in a crisis, ${line.contact}.`,
  planDoneEmpty: 'No problem. Your plan is here whenever you want it: reply MY PLAN.',
  crisisPlanReminder: (call, coping) => {
    const options = [...(call.length > 0 ? [`call ${eitherOf(call, 'en')}`] : []), ...(coping.length > 0 ? [eitherOf(coping, 'en')] : [])];
    return `Your plan says you can ${options.join(', or ')}.`;
  },
  copingTools: {
    urgeSurfing: {
      name: 'Urge surfing (cravings)',
      steps: [
        "Urge surfing. A craving is like a wave: it rises, peaks and passes, often within 20 to 30 minutes. You don't have to fight it or act on it. Ready?",
        "Where do you feel it in your body? Mouth, chest, stomach, hands? Just notice it, without judging. Reply when you've found it.",
        'Breathe slowly. Picture the craving as a wave, and yourself riding it, not fighting it. Watch it rise.',
        'Notice how it changes: stronger, weaker, moving around. Keep breathing. Every wave crests and falls.',
        'You rode it this far. Each wave you ride makes the next one easier.',
      ],
    },
    grounding: {
      name: 'Grounding (5 senses)',
      steps: [
        'Grounding brings you back to right now. Look around and name 5 things you can see. Type them, or just say them to yourself.',
        'Now 4 things you can touch or feel: your feet on the floor, your clothes, the chair under you.',
        '3 things you can hear, near or far.',
        '2 things you can smell, or 2 smells you like.',
        '1 thing you can taste, or one kind thing to tell yourself. Then take a slow breath.',
      ],
    },
    breathing: {
      name: 'Paced breathing',
      steps: [
        "Paced breathing: a slow out-breath tells your body it's safe. Sit comfortably and let your shoulders drop. Ready?",
        "Breathe in through your nose for 4, then out slowly through your mouth for 6. Reply when you've done one.",
        'Keep going for 5 more breaths at your own pace: in for 4, out for 6. Let the out-breath be long.',
        'Notice how your body feels now, even a small change.',
      ],
    },
    halt: {
      name: 'HALT check',
      steps: [
        "HALT: hard moments often come when we're Hungry, Angry, Lonely or Tired. Let's check each. Hungry? When did you last eat?",
        "Angry? Is something bothering you that you haven't said out loud?",
        'Lonely? Who could you text or sit with, even for a few minutes?',
        'Tired? Could you rest, even for 15 minutes?',
        'Whatever came up, one small thing for it now can help: a snack, a message to someone, some rest.',
      ],
    },
    playTapeForward: {
      name: 'Play the tape forward',
      steps: [
        'Play the tape forward: picture giving in to the craving, then keep the film rolling past the first moment. Ready?',
        'What happens in the hour after? How do you feel?',
        'And tomorrow morning? What would it cost you: people, plans, how you see yourself?',
        'Now play the other tape: you ride this out. How do you feel tomorrow morning?',
        'That second tape is yours to choose, right now.',
      ],
    },
  },
  copingIntro: (line) =>
    `Short exercises by text. They don't replace a person: a peer is a MENU away, and in a crisis, ${line.contact}. Which one?`,
  copingHowTo: '(Reply to go on. SKIP skips a step, MENU stops.)',
  copingRateAsk: 'Did that help? Reply 1 (not really) to 5 (a lot), or SKIP.',
  copingRateRetry: 'Just a number from 1 to 5 is fine (or SKIP).',
  copingHelped: "Glad it helped. I'll offer it first next time. These tools don't replace a person: reply MENU any time to talk to a peer.",
  copingNotHelped: (line) =>
    `Thanks for telling me. Next time I'll offer other tools first. They don't replace a person: reply MENU to talk to a peer, or ${line.contact}.`,
  copingUnrated: "OK. These tools don't replace a person: reply MENU any time to talk to a peer.",
  urgeSurfingOffer: 'Cravings rise and fall like waves. Want to try urge surfing, a short exercise to ride this one out?',
  urgeSurfingDeclined: 'OK. Reply CRAVING any time to try it.',
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
  resourceFooter: (more) => (more ? 'CALL and a number for details, MORE, or MENU.' : 'CALL and a number for details, or MENU.'),
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
  resourceSampleNote: '(Made-up listings.)',
} satisfies Catalog;
