import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { classifyKeyword, isPlainLanguageStopRequest } from '../../adapters/sms/keywords.js';
import { commandText, ERASE_DATA_REQUEST, isDialogActive } from '../../dialogs/commands.js';
import { ERASE_DATA_DIALOG } from '../../dialogs/erase-data-dialog.js';
import type { HandoffRelay } from '../../handoff/handoff-relay.js';
import type { HandoffRepository } from '../../store/handoffs.js';
import { markKeptForPeer, rememberHandoff, turnParticipant, typedText } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';
import { crisisFlagged } from '../../features/crisis/crisis-step.js';

/**
 * While a hand-off is in progress, the participant's messages are kept for the peer, and once a
 * peer holds it they go to the peer instead of the dialogs. STOP, HELP and DELETE MY DATA still
 * reach their steps; a STOP also closes an ordinary hand-off and tells the peer, since nothing
 * more can reach the person (a crisis hand-off stays open: see HandoffRelay.participantOptedOut).
 */
export class RelayStep implements TurnStep {
  readonly name = 'relay';

  constructor(
    private readonly handoffs: HandoffRepository,
    private readonly relay: HandoffRelay,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const participant = turnParticipant(context);
    const flagged = crisisFlagged(context);
    const current = await this.handoffs.currentFor(participant.id);
    const handoff = current?.status === 'closed' ? undefined : current;
    const typed = typedText(context);
    const channelData = (context.activity.channelData ?? {}) as { optOutType?: string };
    const keyword = classifyKeyword(typed, channelData.optOutType);
    if (keyword === 'stop' || isPlainLanguageStopRequest(typed)) {
      if (handoff) await this.relay.participantOptedOut(handoff, participant);
      return 'continue';
    }
    // Nothing below changes the hand-off's state: later steps may use this read.
    rememberHandoff(context, current);
    // A flagged message has had its answer (the crisis lines) from the crisis step.
    if (flagged) {
      if (handoff) await this.relay.fromParticipant(handoff, participant, typed, true);
      return 'handled';
    }
    if (!handoff || keyword !== undefined || (await this.erasing(context, typed))) return 'continue';
    await this.relay.fromParticipant(handoff, participant, typed, false);
    if (handoff.status === 'claimed') return 'handled';
    // Unclaimed, the bot still answers (the crisis follow-up, a menu choice); what it cannot read was kept for the peer.
    markKeptForPeer(context);
    return 'continue';
  }

  // DELETE MY DATA and its confirmation are the bot's to answer, never the peer's to read.
  private async erasing(context: TurnContext, typed: string): Promise<boolean> {
    if (ERASE_DATA_REQUEST.test(commandText(typed))) return true;
    return isDialogActive(await this.dialogState.get(context), ERASE_DATA_DIALOG);
  }
}
