import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { turnParticipant } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

/** When someone opens a chat: start enrollment for a newcomer, say nothing to anyone else. */
export class GreetingStep implements TurnStep {
  readonly name = 'greeting';

  constructor(private readonly dialogState: StatePropertyAccessor<DialogState>) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    if (turnParticipant(context).status !== 'pending_consent') return 'handled';
    const state = await this.dialogState.get(context);
    return (state?.dialogStack.length ?? 0) > 0 ? 'handled' : 'continue';
  }
}
