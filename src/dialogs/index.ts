import type { Dialog } from 'botbuilder-dialogs';
import { MENU_LABELS } from '../messages/index.js';
import type { DialogDeps } from './dialog-deps.js';
import { EnrollmentDialog } from './enrollment-dialog.js';
import { ERASE_DATA_DIALOG, EraseDataDialog, type EraseParticipant } from './erase-data-dialog.js';
import { HELP_DIALOG, HelpDialog } from './help-dialog.js';
import { MainDialog } from './main-dialog.js';
import { MenuDialog, type MenuEntry } from './menu-dialog.js';
import { SETTINGS_DIALOG, SettingsDialog } from './settings-dialog.js';

export { MAIN_DIALOG } from './main-dialog.js';
export type { DialogDeps, PlaceAnswer } from './dialog-deps.js';
export type { MenuEntry } from './menu-dialog.js';

/** Builds the root dialog with every feature that exists, and a menu listing exactly those. */
export function buildMainDialog(deps: DialogDeps & { readonly erase: EraseParticipant }): Dialog {
  const entries: MenuEntry[] = [
    { label: MENU_LABELS.settings, dialogId: SETTINGS_DIALOG, synonyms: ['settings', 'profile', 'change my name', 'change my time zone'] },
    { label: MENU_LABELS.help, dialogId: HELP_DIALOG, synonyms: ['info'] },
    { label: MENU_LABELS.eraseData, dialogId: ERASE_DATA_DIALOG, synonyms: ['delete my data', 'erase my data'] },
  ];
  return new MainDialog(deps.program, entries, [
    new EnrollmentDialog(deps),
    new MenuDialog(entries),
    new HelpDialog(deps.program),
    new SettingsDialog(deps),
    new EraseDataDialog(deps.program, deps.erase),
  ]);
}
