import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { handoffReadThisTurn, markCritical, turnParticipant, typedText } from '../../bots/turn-state.js';
import type { StepOutcome, TurnStep } from '../../bots/turn-step.js';
import type { ProgramConfig } from '../../config.js';
import { commandText, ERASE_DATA_REQUEST, isDialogActive } from '../../dialogs/commands.js';
import { ERASE_DATA_DIALOG } from '../../dialogs/erase-data-dialog.js';
import type { CrisisEventRepository } from '../../store/crisis-events.js';
import type { Handoff, HandoffRepository } from '../../store/handoffs.js';
import type { CrisisCategory, CrisisEvidence } from '../../safety/index.js';
import type { Participant } from '../../store/participants.js';
import { crisisReplyLang } from './first-reply.js';
import { holdingTurn } from './holding.js';
import { scriptLines } from './lines.js';
import { newTalk, type CrisisMemory, type HoldingTalk } from './memory.js';
import type { OpenCrisis, OpenCrises } from './open-crisis.js';
import { situationOf } from './situation.js';
import { crisisWords, type TeamFacts } from './words/index.js';
import { teamFacts } from './team-facts.js';

export interface HoldingStepDeps {
  readonly program: ProgramConfig;
  readonly openCrises: OpenCrises;
  readonly crisisEvents: Pick<CrisisEventRepository, 'recordOutcome'>;
  readonly handoffs: Pick<HandoffRepository, 'markSaidSafe'>;
  /** Tells the staff who were alerted that the person said they are safe (the hand-off stays theirs to close). */
  readonly tellStaffSafe: (handoff: Handoff, participant: Participant) => Promise<void>;
  readonly canAlertStaff: () => Promise<boolean>;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly memory: StatePropertyAccessor<CrisisMemory>;
  readonly resumeDialog: (context: TurnContext) => Promise<void>;
  readonly now: () => Date;
}

/**
 * While a crisis is open and no peer holds it yet, the person's messages are answered by the
 * holding conversation (holding.ts), not by menus or check-in questions; "I'm safe" with a
 * reassuring answer to one question is the way back to where they were.
 */
export class HoldingStep implements TurnStep {
  readonly name = 'crisisHolding';

  constructor(private readonly deps: HoldingStepDeps) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const participant = turnParticipant(context);
    if (await this.erasing(context)) return 'continue';
    const memory = await this.deps.memory.get(context, {});
    const crisis = await this.deps.openCrises.of(participant.id, handoffReadThisTurn(context));
    if (!crisis) {
      delete memory.talk;
      return 'continue';
    }
    const talk = memory.talk ?? this.talkFor(crisis, participant);
    const lines = scriptLines(this.deps.program, participant.region, talk.lang);
    const turn = holdingTurn(talk, typedText(context), await this.facts(crisis.handoff), lines);
    markCritical(context);
    await context.sendActivity(turn.reply);
    if (!turn.back) {
      memory.talk = turn.talk;
      return 'handled';
    }
    delete memory.talk;
    await this.wayBack(context, participant, crisis, turn.back, talk);
    return 'handled';
  }

  /** The person is safe: the outcome recorded for the screen's figures, staff told, and the interrupted dialog resumed. */
  private async wayBack(context: TurnContext, participant: Participant, crisis: OpenCrisis, back: 'false_alarm' | 'said_safe', talk: HoldingTalk): Promise<void> {
    if (crisis.event) await this.deps.crisisEvents.recordOutcome(crisis.event.id, back);
    if (crisis.handoff) {
      const marked = await this.deps.handoffs.markSaidSafe(crisis.handoff.id);
      if (marked) await this.deps.tellStaffSafe(marked, participant);
    }
    if (talk.paused) {
      await this.deps.dialogState.set(context, talk.paused);
      await this.deps.resumeDialog(context);
    } else {
      await context.sendActivity(crisisWords(talk.lang).allClearNoDialog);
    }
  }

  private talkFor(crisis: OpenCrisis, participant: Participant): HoldingTalk {
    const evidence = (crisis.event?.evidence ?? []) as CrisisEvidence[];
    const category = (crisis.event?.category ?? crisis.handoff?.category ?? undefined) as CrisisCategory | undefined;
    const situation = situationOf({ category, evidence });
    return newTalk(situation, crisisReplyLang(participant.locale, evidence[0]?.lang));
  }

  private async facts(handoff: Handoff | undefined): Promise<TeamFacts> {
    return teamFacts(handoff, await this.deps.canAlertStaff(), this.deps.program.escalationMinutes, this.deps.now());
  }

  // The right to be forgotten holds in a crisis too: the request and its confirmation go through.
  private async erasing(context: TurnContext): Promise<boolean> {
    if (ERASE_DATA_REQUEST.test(commandText(context.activity.text))) return true;
    return isDialogActive(await this.deps.dialogState.get(context), ERASE_DATA_DIALOG);
  }
}
