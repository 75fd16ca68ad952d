import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { StepOutcome, TurnStep } from '../turn-step.js';

/** Hands the turn to the root dialog. */
export class DialogStep implements TurnStep {
  readonly name = 'dialogs';

  constructor(
    private readonly dialog: Dialog,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    await runDialog(this.dialog, context, this.dialogState);
    return 'handled';
  }

  /** Asks again what the running dialog waits for (a check-in question after a crisis check); nothing when none runs. */
  async reprompt(context: TurnContext): Promise<void> {
    const dialogs = new DialogSet(this.dialogState);
    dialogs.add(this.dialog);
    const dc = await dialogs.createContext(context);
    if (dc.activeDialog) await dc.repromptDialog();
  }
}
