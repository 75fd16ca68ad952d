import type { Dialog } from 'botbuilder-dialogs';
import { MENU_LABELS } from '../messages/index.js';
import type { DialogDeps } from './dialog-deps.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import type { CheckInRepository } from '../store/check-ins.js';
import type { GoalRepository } from '../store/goals.js';
import { CHECK_IN_DIALOG, CheckInDialog } from './check-in-dialog.js';
import { EnrollmentDialog } from './enrollment-dialog.js';
import { GOALS_DIALOG, GoalsDialog } from './goals-dialog.js';
import { HISTORY_DIALOG, HistoryDialog } from './history-dialog.js';
import { PEER_REQUEST_DIALOG, PeerRequestDialog } from './peer-request-dialog.js';
import { ERASE_DATA_DIALOG, EraseDataDialog, type EraseParticipant } from './erase-data-dialog.js';
import { HELP_DIALOG, HelpDialog } from './help-dialog.js';
import { MainDialog } from './main-dialog.js';
import { MenuDialog, type MenuEntry } from './menu-dialog.js';
import { SETTINGS_DIALOG, SettingsDialog } from './settings-dialog.js';

export { MAIN_DIALOG } from './main-dialog.js';
export type { DialogDeps, PlaceAnswer } from './dialog-deps.js';
export type { MenuEntry } from './menu-dialog.js';

/** Builds the root dialog with every feature that exists, and a menu listing exactly those. */
export function buildMainDialog(
  deps: DialogDeps & {
    readonly erase: EraseParticipant;
    readonly checkIns: CheckInRepository;
    readonly goals: GoalRepository;
    readonly handoffs: HandoffService;
    readonly now?: () => Date;
  },
): Dialog {
  const entries: MenuEntry[] = [
    {
      label: MENU_LABELS.checkIn,
      dialogId: CHECK_IN_DIALOG,
      synonyms: ['check in', 'checkin', 'check-in', 'daily check in', 'daily check-in', 'i want to check in', 'lets check in', "let's check in", 'check in please'],
    },
    {
      label: MENU_LABELS.goals,
      dialogId: GOALS_DIALOG,
      synonyms: ['goals', 'goal', 'my goals', 'my goal', 'new goal', 'add a goal', 'add goal', 'set a goal', 'set goal', 'metas', 'mis metas', 'objetivos', 'objectifs', 'mes objectifs'],
    },
    { label: MENU_LABELS.history, dialogId: HISTORY_DIALOG, synonyms: ['history', 'my history', 'my check ins', 'check-in history', 'check in history'] },
    {
      label: MENU_LABELS.peer,
      dialogId: PEER_REQUEST_DIALOG,
      synonyms: ['talk to a peer', 'talk to someone', 'can i talk to someone', 'i want to talk to someone', 'talk to a person', 'talk to a human', 'a real person', 'peer'],
    },
    { label: MENU_LABELS.settings, dialogId: SETTINGS_DIALOG, synonyms: ['settings', 'profile', 'change my name', 'change my time zone', 'check-in time', 'change my check-in time'] },
    { label: MENU_LABELS.help, dialogId: HELP_DIALOG, synonyms: ['info'] },
    { label: MENU_LABELS.eraseData, dialogId: ERASE_DATA_DIALOG, synonyms: ['delete my data', 'erase my data'] },
  ];
  return new MainDialog(deps.program, entries, [
    new EnrollmentDialog(deps),
    new CheckInDialog({ program: deps.program, checkIns: deps.checkIns, handoffs: deps.handoffs, now: deps.now }),
    new GoalsDialog({ program: deps.program, goals: deps.goals, reminders: deps.reminders, now: deps.now }),
    new HistoryDialog(deps.checkIns),
    new PeerRequestDialog(deps.program, deps.handoffs),
    new MenuDialog(entries),
    new HelpDialog(deps.program),
    new SettingsDialog(deps),
    new EraseDataDialog(deps.program, deps.erase),
  ]);
}
