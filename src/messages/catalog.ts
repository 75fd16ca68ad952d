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
  enrolled(name: string | null): string;
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
}

export type MenuLabel = 'checkIn' | 'history' | 'peer' | 'help' | 'settings' | 'eraseData';

export const MENU_LABELS: Record<MenuLabel, string> = {
  checkIn: 'Check in',
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
  enrolled: (name) => `You're all set${name ? `, ${name}` : ''}. Reply MENU any time to see what I can do.`,
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
};
