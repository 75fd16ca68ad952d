import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import type { ProgramConfig } from '../config.js';
import { primaryCrisisLine } from '../messages/index.js';
import { turnText } from './turn-text.js';

export const HELP_DIALOG = 'help';

/** The HELP answer: program contact and the crisis line for the person's region. */
export function helpText(program: ProgramConfig, context: TurnContext): string {
  const participant = turnParticipant(context);
  return turnText(context).help(program, primaryCrisisLine(program, participant.region));
}

/** Sends the HELP answer and ends. */
export class HelpDialog extends Dialog {
  constructor(private readonly program: ProgramConfig) {
    super(HELP_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(helpText(this.program, dc.context));
    return dc.endDialog();
  }
}
