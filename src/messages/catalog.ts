import type { CrisisLine, ProgramConfig } from '../config.js';

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
  yes: string;
  no: string;
  skip: string;
}

export type MenuLabel = 'help' | 'settings' | 'eraseData';

export const MENU_LABELS: Record<MenuLabel, string> = {
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
  yes: 'Yes',
  no: 'No',
  skip: 'SKIP',
};
