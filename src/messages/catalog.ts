import type { Reflection } from '../check-in/reflection.js';
import type { CrisisLine, ProgramConfig } from '../config.js';

/** One line of the check-in history table; missing answers are null. */
export interface HistoryRow {
  readonly date: Date;
  readonly mood: number | null;
  readonly craving: number | null;
  readonly sleepHours: number | null;
  readonly used: boolean | null;
}

const dash = (value: number | null) => (value === null ? '-' : String(value));

/** 'HH:mm' as people read a clock in English: "7:30 PM". Plain spaces only, so a text stays GSM-7. */
const clock = (time: string): string => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return `${((hours + 11) % 12) + 1}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
};

/** What the bot says. Every participant-facing string lives in a catalogue, never in a dialog. */
export interface Catalog {
  consentAsk(program: ProgramConfig): string;
  consentRetry: string;
  consentDeclined(program: ProgramConfig): string;
  consentThanks: string;
  askName: string;
  nameRetry: string;
  askPlace: string;
  placeRetry: string;
  placeDefaulted(label: string): string;
  placeConfirmed(label: string): string;
  /** The end of enrollment; `checkInTime` is when the daily invitation will come ('HH:mm'). */
  enrolled(name: string | null, checkInTime: string): string;
  menuPrompt: string;
  menuRetry: string;
  menuIntro: string;
  notUnderstood: string;
  help(program: ProgramConfig, crisisLine: CrisisLine): string;
  whoAmI(program: ProgramConfig): string;
  eraseConfirm: string;
  eraseDone(crisisLine: CrisisLine): string;
  eraseKept: string;
  settingsPrompt: string;
  settingsSaved: string;
  optOutConfirmed(program: ProgramConfig): string;
  optInConfirmed(program: ProgramConfig): string;
  optInNeedsConsent: string;
  stopQuestion(program: ProgramConfig): string;
  turnFailed(crisisLine: CrisisLine): string;
  cannotReadMedia: string;
  checkInMood: string;
  checkInMoodRetry: string;
  checkInCraving: string;
  checkInCravingRetry: string;
  checkInSleep: string;
  checkInSleepRetry: string;
  checkInUsed: string;
  checkInUsedRetry: string;
  checkInNothing: string;
  reflection(reflection: Reflection, name: string | null): string;
  peerOffer: string;
  peerOfferDeclined: string;
  peerRequested(program: ProgramConfig, crisisLine: CrisisLine): string;
  peerAlreadyRequested: string;
  peerUnreachable(program: ProgramConfig, crisisLine: CrisisLine): string;
  historyEmpty: string;
  historyTitle(count: number): string;
  historyRow(row: HistoryRow): string;
  yes: string;
  no: string;
  skip: string;
  /** Proactive: a goal's reminder. The title is the person's own words. */
  goalReminder(title: string, name: string | null): string;
  /** Proactive: the daily invitation to check in. */
  checkInPrompt(name: string | null): string;
  goalOutcomeDone(title: string): string;
  goalOutcomeNotToday(title: string): string;
  /** The goals list's lead; the goals follow as numbered options. */
  goalsIntro: string;
  /** One goal as a list option: its title and its reminder in words (null: none). */
  goalLine(title: string, schedule: string | null, paused: boolean): string;
  goalNew: string;
  goalAskTitle: string;
  goalTitleRetry: string;
  goalNotAdded: string;
  goalSaved(title: string, schedule: string | null): string;
  goalSavedUnread(title: string): string;
  goalActions(title: string, schedule: string | null, paused: boolean): string;
  goalMarkDone: string;
  goalPause: string;
  goalResume: string;
  goalChangeTime: string;
  goalAddReminder: string;
  goalDelete: string;
  goalDone(title: string): string;
  goalPaused(title: string): string;
  goalResumed(title: string, schedule: string): string;
  goalRescheduled(title: string, schedule: string): string;
  goalUnchanged: string;
  goalDeleteConfirm(title: string): string;
  goalDeleted(title: string): string;
  goalKept(title: string): string;
  goalGone: string;
  scheduleAsk: string;
  scheduleAskChange: string;
  scheduleAskAgain: string;
  scheduleNoTime: string;
  scheduleNoDays: string;
  scheduleInPast: string;
  scheduleNotUnderstood: string;
  scheduleUnread: string;
  /** What was understood, in words, for a yes or no before it is saved. */
  scheduleConfirm(schedule: string): string;
  settingName: string;
  settingPlace: string;
  settingCheckInTime: string;
  /** The on/off option, named for what choosing it does. */
  settingCheckInToggle(on: boolean): string;
  /** `time` is 'HH:mm' here and below. */
  checkInTimeAsk(time: string, on: boolean): string;
  checkInTimeRetry: string;
  checkInTimeConfirm(time: string): string;
  checkInTimeSaved(time: string): string;
  checkInTimeKept(time: string): string;
  /** A chosen check-in time outside the hours proactive messages may come. */
  checkInTimeOutsideWindow(time: string, window: { start: string; end: string }): string;
  checkInPromptsOn(time: string): string;
  checkInPromptsOff: string;
}

export type MenuLabel = 'checkIn' | 'goals' | 'history' | 'peer' | 'help' | 'settings' | 'eraseData';

export const MENU_LABELS: Record<MenuLabel, string> = {
  checkIn: 'Check in',
  goals: 'My goals',
  history: 'My check-ins',
  peer: 'Talk to a peer',
  help: 'Help',
  settings: 'My settings',
  eraseData: 'Delete my data',
};

/** English, the default catalogue. */
export const en: Catalog = {
  consentAsk: (program) =>
    `Hi! I'm the ${program.programName} automated peer-support assistant, not a person. ` +
    `${program.programName} sends check-ins and reminders, ${program.messageFrequency}. ` +
    `Msg & data rates may apply. Reply HELP for help, STOP to opt out. Is it OK to text you?`,
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
    `You're all set${name ? `, ${name}` : ''}. I'll invite you to a quick check-in each day at ${clock(checkInTime)} (change it in My settings). Reply MENU any time to see what I can do.`,
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
    if (reflection.streak >= 2) parts.push(`That's ${reflection.streak} days in a row.`);
    const mood = reflection.mood;
    if (mood?.direction === 'higher') parts.push(`Your mood is a bit higher than your week's average of ${mood.weekAverage}.`);
    if (mood?.direction === 'same') parts.push(`Your mood is about the same as your week's average of ${mood.weekAverage}.`);
    if (mood?.direction === 'lower') parts.push(`Your mood is a bit lower than your week's average of ${mood.weekAverage}. Hard days happen.`);
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
  historyTitle: (count) => `Your last ${count} check-in${count === 1 ? '' : 's'}:`,
  historyRow: (row) =>
    `${row.date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })}: mood ${dash(row.mood)}, craving ${dash(row.craving)}, sleep ${dash(row.sleepHours)}h` +
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
    `Your daily check-in ${on ? 'is' : 'would be'} at ${clock(time)}. What time suits you? Like 9am or 7:30 pm (or SKIP).`,
  checkInTimeRetry: 'A time like 9am or 7:30 pm, please (or SKIP).',
  checkInTimeConfirm: (time) => `Daily check-in at ${clock(time)}. OK?`,
  checkInTimeSaved: (time) => `Saved. I'll invite you to check in every day at ${clock(time)}.`,
  checkInTimeKept: (time) => `OK, your check-in time stays ${clock(time)}.`,
  checkInTimeOutsideWindow: (time, window) =>
    `I only send messages between ${clock(window.start)} and ${clock(window.end)}, so not at ${clock(time)}. What time in those hours suits you?`,
  checkInPromptsOn: (time) => `Daily check-in is on: I'll invite you every day at ${clock(time)}.`,
  checkInPromptsOff: "Daily check-in is off. I won't invite you; reply CHECK IN any time, or turn it back on under My settings.",
};
