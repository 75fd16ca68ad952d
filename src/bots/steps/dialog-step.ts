import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
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
}
