import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import type { ProgramConfig } from '../config.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import type { Opening } from '../handoff/office-hours.js';
import { primaryCrisisLine, type Catalog } from '../messages/index.js';
import type { Participant } from '../store/participants.js';
import { turnText } from './turn-text.js';

export const PEER_REQUEST_DIALOG = 'peerRequest';

/** What a person is told after asking for a peer: honestly, whether anyone was reached and when to expect them. */
export function peerRequestReply(
  text: Catalog,
  program: ProgramConfig,
  participant: Pick<Participant, 'region'>,
  outcome: { readonly created: boolean; readonly reached: boolean; readonly opening?: Opening },
): string {
  const line = primaryCrisisLine(program, participant.region);
  if (!outcome.created) return text.peerAlreadyRequested;
  if (!outcome.reached) return text.peerUnreachable(program, line);
  return outcome.opening ? text.peerRequestedAfterHours(program, line, outcome.opening) : text.peerRequested(program, line);
}

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
    const outcome = await this.handoffs.request(participant, 'requested');
    await dc.context.sendActivity(peerRequestReply(text, this.program, participant, outcome));
    return dc.endDialog();
  }
}
