import type { Reflection } from '../check-in/reflection.js';
import type { CrisisLine, ProgramConfig, StaffContact } from '../config.js';
import type { CopingTool } from '../coping/tools.js';
import type { Opening } from '../handoff/office-hours.js';
import type { PlanSection } from '../safety-plan/sections.js';
import type { Category } from '../resources/categories.js';
import type { Openness } from '../resources/opening-hours.js';
import type { Lang } from './language.js';

/** One line of the check-in history table; missing answers are null. */
export interface HistoryRow {
  readonly date: Date;
  readonly mood: number | null;
  readonly craving: number | null;
  readonly sleepHours: number | null;
  readonly used: boolean | null;
}

/** The things the menu offers, named in each catalogue. */
export type MenuLabel = 'checkIn' | 'goals' | 'history' | 'peer' | 'resources' | 'coping' | 'safetyPlan' | 'help' | 'settings' | 'eraseData';

/** What can be done to one goal. */
export type GoalAction = 'done' | 'pause' | 'resume' | 'time' | 'delete';

/** What the settings offer to change. */
export type SettingKey = 'name' | 'place' | 'checkInTime' | 'checkInToggle';

/**
 * Other whole replies that pick an option, as people say them in this language. An option's
 * label picks it too, and so does any language's label or synonym: people mix languages.
 */
export interface ChoiceWords {
  readonly menu: Readonly<Record<MenuLabel, readonly string[]>>;
  readonly goalActions: Readonly<Record<GoalAction, readonly string[]>>;
  readonly settings: Readonly<Record<SettingKey, readonly string[]>>;
  readonly newGoal: readonly string[];
  /** A whole message that names a coping tool starts it ("craving" starts urge surfing). */
  readonly copingTools: Readonly<Record<CopingTool, readonly string[]>>;
  /** An answer that empties a part of the safety plan. */
  readonly planClear: readonly string[];
  readonly planFillEmpty: readonly string[];
  /** What people call each kind of help, as a request names it ("food", "a bed", "NA meeting"). */
  readonly resourceCategories: Readonly<Record<Category, readonly string[]>>;
}

/** One part of the safety plan: its short name in the plan, and the question that fills it in. */
export interface PlanSectionWords {
  readonly label: string;
  readonly ask: string;
}

/** A coping exercise: its name in the list, and its messages, one a turn (three to six). */
export interface CopingToolWords {
  readonly name: string;
  readonly steps: readonly string[];
}

/** One place in a lookup's answer. */
export interface ResourceLine {
  readonly name: string;
  /** In the unit of the place's country, already rounded. */
  readonly distance: number;
  readonly unit: 'mi' | 'km';
  readonly openness: Openness;
  readonly phone?: string;
  /** One line of eligibility or cost, in the directory's words. */
  readonly note?: string;
}

/** One place in full, after "CALL 1". */
export interface ResourceCard extends ResourceLine {
  readonly address?: string;
  readonly description?: string;
  readonly url?: string;
}

/** A national line from the directory. */
export interface NationalLineText {
  readonly name: string;
  readonly phone: string;
  readonly note?: string;
}

/** What the bot says. Every participant-facing string lives in a catalogue, never in a dialog. */
export interface Catalog {
  readonly lang: Lang;
  /** The language's name in itself ("Español"), as the language choice shows it. */
  readonly languageName: string;
  /** The menu's options. */
  readonly menu: Readonly<Record<MenuLabel, string>>;
  readonly synonyms: ChoiceWords;
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
  /** Said once per window to someone sending faster than a person reads; their texts are kept but not each answered. */
  flooding(crisisLine: CrisisLine): string;
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
  /** Asked outside office hours: when a peer will reach out, and the crisis line meanwhile. */
  peerRequestedAfterHours(program: ProgramConfig, crisisLine: CrisisLine, opening: Opening): string;
  /** The hand-off relay: a peer joined, a peer's words, the peer ended it. */
  /** `peer`: their first name, or undefined when the roster names a role, not a person (then `role` is said). */
  relayPeerJoined(peer: string | undefined, role: StaffContact['role']): string;
  relayPeerSays(peer: string, text: string): string;
  relayEnded(peer: string): string;
  /** Waiting for a peer: a message the bot cannot read is kept for them. */
  relayKept(crisisLine: CrisisLine): string;
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
  /** LANGUAGE / IDIOMA / LANGUE: which language to write in. */
  languageAsk: string;
  /** Said in the language just chosen. */
  languageChanged: string;
  /** Offered, in this language, to someone who keeps writing in it: "¿Prefieres español? Responde ESPAÑOL." */
  languageOffer: string;
  readonly planSections: Readonly<Record<PlanSection, PlanSectionWords>>;
  /** Before the first question of a new plan. */
  planIntro: string;
  /** Said with the professionals-and-services question: the crisis line is in every plan. */
  planCrisisLineAlways(crisisLine: CrisisLine): string;
  /** Changing a filled-in part: what it says now (`now` is its entries as written). */
  planEditAsk(label: string, now: string): string;
  planShareAsk: string;
  planShared: string;
  planNotShared: string;
  /** "None" for reasons for living: no alarm, a door open. */
  planReasonsNone(crisisLine: CrisisLine): string;
  /** The lead of the plan as shown, its parts following as numbered options. */
  planTitle: string;
  /** One part as the plan shows it; no entries: not filled in yet. */
  planLine(label: string, items: readonly string[]): string;
  /** The crisis line as the first entry of the professionals and services. */
  planCrisisLineItem(crisisLine: CrisisLine): string;
  /** After the people to ask, when a peer may see them. */
  planSharedNote: string;
  /** Above the whole plan, as shown once a new one is built. */
  planSummaryTitle: string;
  planFillEmpty: string;
  /** One part changed: `line` is it as the plan shows it. */
  planSaved(line: string): string;
  planUnchanged: string;
  planDone(crisisLine: CrisisLine): string;
  planDoneEmpty: string;
  /** Right after a crisis reply, from the person's own plan: who to call (names with numbers) and what helps. */
  crisisPlanReminder(call: readonly string[], coping: readonly string[]): string;
  readonly copingTools: Readonly<Record<CopingTool, CopingToolWords>>;
  copingIntro(crisisLine: CrisisLine): string;
  /** After the first message of an exercise. */
  copingHowTo: string;
  copingRateAsk: string;
  copingRateRetry: string;
  copingHelped: string;
  copingNotHelped(crisisLine: CrisisLine): string;
  copingUnrated: string;
  urgeSurfingOffer: string;
  urgeSurfingDeclined: string;
  /** The kinds of help, as an answer's heading names them. */
  readonly resourceCategory: Readonly<Record<Category, string>>;
  resourceAskWhat: string;
  resourceWhatRetry: string;
  resourceAskWhere: string;
  resourceWhereRetry: string;
  /** `what` is a category's name or the person's own words; `place` the place's label. */
  resourceHeader(what: string, place: string): string;
  /** One result, numbered from 1, in one or two lines. */
  resourceLine(index: number, line: ResourceLine): string;
  resourceFooter(more: boolean): string;
  resourceNoMore: string;
  resourcePickRetry(count: number): string;
  resourceNothing(what: string, place: string, radius: string): string;
  resourceNational(line: NationalLineText): string;
  /** Said when the crisis services found are closed: a line that is open at every hour. */
  resourceAlwaysOpen(crisisLine: CrisisLine): string;
  resourcePeer: string;
  resourceCard(card: ResourceCard): string;
  resourceSampleNote: string;
}

