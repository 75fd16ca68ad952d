import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { commandText, ERASE_DATA_REQUEST, isDialogActive } from '../../dialogs/commands.js';
import { ERASE_DATA_DIALOG } from '../../dialogs/erase-data-dialog.js';
import type { ProgramConfig } from '../../config.js';
import { crisisFollowUp, crisisReplyLang } from '../../messages/crisis-reply.js';
import type { CrisisEventRepository } from '../../store/crisis-events.js';
import type { HandoffRepository } from '../../store/handoffs.js';
import { turnParticipant } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

/** How long after a crisis message the conversation stays in crisis context without an open hand-off. */
export const CRISIS_CONTEXT_MS = 30 * 60_000;

/**
 * While a crisis is open (an unclosed crisis hand-off, or a crisis message in the last half
 * hour), follow-up messages get the lines and a human again: no menus, no check-in questions.
 */
export class CrisisFollowUpStep implements TurnStep {
  readonly name = 'crisisFollowUp';

  constructor(
    private readonly program: ProgramConfig,
    private readonly crisisEvents: CrisisEventRepository,
    private readonly handoffs: HandoffRepository,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const participant = turnParticipant(context);
    if (await this.erasing(context)) return 'continue';
    if (!(await this.inCrisis(participant.id))) return 'continue';
    const lang = crisisReplyLang(participant.locale, undefined);
    await context.sendActivity(crisisFollowUp({ program: this.program, region: participant.region, lang }));
    return 'handled';
  }

  // The right to be forgotten holds in a crisis too: the request and its confirmation go through.
  private async erasing(context: TurnContext): Promise<boolean> {
    if (ERASE_DATA_REQUEST.test(commandText(context.activity.text))) return true;
    return isDialogActive(await this.dialogState.get(context), ERASE_DATA_DIALOG);
  }

  private async inCrisis(participantId: string): Promise<boolean> {
    const handoff = await this.handoffs.activeFor(participantId);
    if (handoff?.reason === 'crisis') return true;
    const latest = await this.crisisEvents.latestFor(participantId);
    return latest !== undefined && this.now().getTime() - latest.createdAt.getTime() < CRISIS_CONTEXT_MS;
  }
}
