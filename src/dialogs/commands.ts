import type { DialogState } from 'botbuilder-dialogs';

/** "DELETE MY DATA" and the ways people say it, in English, Spanish and French. */
export const ERASE_DATA_REQUEST =
  /^((please )?(delete|erase|remove|wipe) (all )?(of )?my (data|info|information|account|history)|forget me|borra(r)? (todos )?mis datos|(effacer|supprimer|effacez|supprimez) (toutes )?mes donn[ée]es)$/i;

/** The whole message, as commands are matched: trimmed, without trailing full stops or bangs. */
export function commandText(text: string | undefined): string {
  return (text ?? '').trim().replace(/[.!]+$/, '');
}

/** Whether a dialog with this id is anywhere on the (nested) dialog stack. */
export function isDialogActive(state: DialogState | undefined, dialogId: string): boolean {
  for (const instance of state?.dialogStack ?? []) {
    if (instance.id === dialogId) return true;
    const inner = (instance.state as { dialogs?: DialogState } | undefined)?.dialogs;
    if (inner && isDialogActive(inner, dialogId)) return true;
  }
  return false;
}
