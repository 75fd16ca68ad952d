import type { Dialog } from 'botbuilder-dialogs';
import type { HandoffService } from '../handoff/handoff-service.js';
import { namesResource } from '../resources/request.js';
import type { CheckInRepository } from '../store/check-ins.js';
import type { CopingRatingRepository } from '../store/coping-ratings.js';
import type { GoalRepository } from '../store/goals.js';
import type { SafetyPlanRepository } from '../store/safety-plans.js';
import { CHECK_IN_DIALOG, CheckInDialog } from './check-in-dialog.js';
import { COPING_TOOLS_DIALOG, CopingToolsDialog } from './coping-tools-dialog.js';
import type { DialogDeps } from './dialog-deps.js';
import { EnrollmentDialog } from './enrollment-dialog.js';
import { ERASE_DATA_DIALOG, EraseDataDialog, type EraseParticipant } from './erase-data-dialog.js';
import { GOALS_DIALOG, GoalsDialog } from './goals-dialog.js';
import { HELP_DIALOG, HelpDialog } from './help-dialog.js';
import { HISTORY_DIALOG, HistoryDialog } from './history-dialog.js';
import { LanguageDialog } from './language-dialog.js';
import { MainDialog } from './main-dialog.js';
import { MenuDialog, type MenuEntry } from './menu-dialog.js';
import { PEER_REQUEST_DIALOG, PeerRequestDialog } from './peer-request-dialog.js';
import { SAFETY_PLAN_DIALOG, SafetyPlanDialog } from './safety-plan-dialog.js';
import { RESOURCES_DIALOG, ResourcesDialog, type ResourceDialogDeps } from './resources-dialog.js';
import { SETTINGS_DIALOG, SettingsDialog } from './settings-dialog.js';
import { RelapseDialog } from '../features/relapse/relapse-dialog.js';

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
    readonly safetyPlans: SafetyPlanRepository;
    readonly copingRatings: CopingRatingRepository;
    readonly resources: ResourceDialogDeps['lookup'];
    readonly now?: () => Date;
  },
): Dialog {
  const entries: MenuEntry[] = [
    { key: 'checkIn', dialogId: CHECK_IN_DIALOG },
    { key: 'goals', dialogId: GOALS_DIALOG },
    { key: 'history', dialogId: HISTORY_DIALOG },
    { key: 'peer', dialogId: PEER_REQUEST_DIALOG },
    { key: 'resources', dialogId: RESOURCES_DIALOG, answers: namesResource },
    { key: 'coping', dialogId: COPING_TOOLS_DIALOG },
    { key: 'safetyPlan', dialogId: SAFETY_PLAN_DIALOG },
    { key: 'settings', dialogId: SETTINGS_DIALOG },
    { key: 'help', dialogId: HELP_DIALOG },
    { key: 'eraseData', dialogId: ERASE_DATA_DIALOG },
  ];
  return new MainDialog(deps, entries, [
    new EnrollmentDialog(deps),
    new CheckInDialog({ program: deps.program, checkIns: deps.checkIns, handoffs: deps.handoffs, copingRatings: deps.copingRatings, now: deps.now }),
    new GoalsDialog({ program: deps.program, goals: deps.goals, reminders: deps.reminders, now: deps.now }),
    new HistoryDialog(deps.checkIns),
    new PeerRequestDialog(deps.program, deps.handoffs),
    new RelapseDialog(deps.program, deps.handoffs),
    new CopingToolsDialog({ program: deps.program, ratings: deps.copingRatings }),
    new SafetyPlanDialog({ program: deps.program, plans: deps.safetyPlans }),
    new ResourcesDialog({ program: deps.program, participants: deps.participants, resolvePlace: deps.resolvePlace, lookup: deps.resources }),
    new MenuDialog(entries),
    new HelpDialog(deps.program),
    new SettingsDialog(deps),
    new EraseDataDialog(deps.program, deps.erase),
    new LanguageDialog(deps.participants),
  ]);
}
