import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import type { ProgramConfig } from '../config.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import { primaryCrisisLine } from '../messages/index.js';
import { turnText } from './turn-text.js';

export const PEER_REQUEST_DIALOG = 'peerRequest';

/** "Talk to a peer": opens a hand-off, alerts staff, and says honestly what happens next. */
export class PeerRequestDialog extends Dialog {
  constructor(
    private readonly program: ProgramConfig,
    private readonly handoffs: HandoffService,
  ) {
    super(PEER_REQUEST_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(dc.context);
    const text = turnText(dc.context);
    const { created, reached } = await this.handoffs.request(participant, 'requested');
    await dc.context.sendActivity(
      !created
        ? text.peerAlreadyRequested
        : reached
          ? text.peerRequested(this.program, primaryCrisisLine(this.program, participant.region))
          : text.peerUnreachable(this.program, primaryCrisisLine(this.program, participant.region)),
    );
    return dc.endDialog();
  }
}
