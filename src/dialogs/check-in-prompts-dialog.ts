import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { setTurnParticipant, turnParticipant } from '../bots/turn-state.js';
import type { DialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';

export const CHECK_IN_PROMPTS_DIALOG = 'checkInPrompts';

/** Turns the daily check-in invitation off, or back on, and says which it is now. */
export class CheckInPromptsDialog extends Dialog {
  constructor(private readonly deps: DialogDeps) {
    super(CHECK_IN_PROMPTS_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(dc.context);
    const updated = await this.deps.participants.updateProfile(participant.id, { checkInPrompts: !participant.checkInPrompts });
    setTurnParticipant(dc.context, updated);
    await this.deps.reminders.checkInChanged(participant.id);
    const text = turnText(dc.context);
    await dc.context.sendActivity(
      updated.checkInPrompts ? text.checkInPromptsOn(updated.checkInTime ?? this.deps.program.defaultCheckInTime) : text.checkInPromptsOff,
    );
    return dc.endDialog();
  }
}
