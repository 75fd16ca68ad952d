import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { commandText, ERASE_DATA_REQUEST, isDialogActive } from '../../dialogs/commands.js';
import { ERASE_DATA_DIALOG } from '../../dialogs/erase-data-dialog.js';
import type { ProgramConfig } from '../../config.js';
import { crisisFollowUp, crisisReplyLang } from '../../messages/crisis-reply.js';
import type { CrisisEventRepository } from '../../store/crisis-events.js';
import type { Handoff, HandoffRepository } from '../../store/handoffs.js';
import { handoffReadThisTurn, turnParticipant } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

/** How long after a crisis message the conversation stays in crisis context without an open hand-off. */
export const CRISIS_CONTEXT_MS = 30 * 60_000;

/**
 * While a crisis is open (an unclosed crisis hand-off, or a crisis message in the last half
 * hour that no peer has closed a hand-off after), follow-up messages get the lines and a
 * human again: no menus, no check-in questions.
 */
export class CrisisFollowUpStep implements TurnStep {
  readonly name = 'crisisFollowUp';

  constructor(
    private readonly program: ProgramConfig,
    private readonly crisisEvents: CrisisEventRepository,
    private readonly handoffs: HandoffRepository,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
    private readonly canAlertStaff: () => Promise<boolean>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const participant = turnParticipant(context);
    if (await this.erasing(context)) return 'continue';
    const crisis = await this.openCrisis(participant.id, handoffReadThisTurn(context));
    if (!crisis) return 'continue';
    // Answer in the language the crisis was written in, unless the person chose one.
    const lang = crisisReplyLang(participant.locale, crisis.lang);
    await context.sendActivity(crisisFollowUp({ program: this.program, region: participant.region, lang, peerAlerted: await this.canAlertStaff() }));
    return 'handled';
  }

  // The right to be forgotten holds in a crisis too: the request and its confirmation go through.
  private async erasing(context: TurnContext): Promise<boolean> {
    if (ERASE_DATA_REQUEST.test(commandText(context.activity.text))) return true;
    return isDialogActive(await this.dialogState.get(context), ERASE_DATA_DIALOG);
  }

  /** The open crisis, if any, with the language its latest message was written in. */
  private async openCrisis(participantId: string, read: { readonly handoff: Handoff | undefined } | undefined): Promise<{ lang: string | undefined } | undefined> {
    const latest = await this.crisisEvents.latestFor(participantId);
    const lang = (latest?.evidence as { lang?: string }[] | undefined)?.[0]?.lang;
    const handoff = read ? read.handoff : await this.handoffs.latestFor(participantId);
    if (handoff && handoff.status !== 'closed') return handoff.reason === 'crisis' ? { lang } : undefined;
    const recent = latest !== undefined && this.now().getTime() - latest.createdAt.getTime() < CRISIS_CONTEXT_MS;
    // A peer who closed the hand-off after the crisis message has handled it: the bot is back.
    const handledByPeer = handoff?.closedAt != null && latest !== undefined && handoff.closedAt >= latest.createdAt;
    return recent && !handledByPeer ? { lang } : undefined;
  }
}
