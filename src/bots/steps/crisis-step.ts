import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { ProgramConfig } from '../../config.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import type { Logger } from '../../logging.js';
import { crisisReply, crisisReplyLang, type CrisisReplyLang } from '../../messages/crisis-reply.js';
import { catalogFor } from '../../messages/index.js';
import { MODEL_RULE_ID, type CrisisScreen } from '../../safety/index.js';
import { planForCrisis } from '../../safety-plan/crisis-plan.js';
import type { CrisisEventRepository } from '../../store/crisis-events.js';
import type { SafetyPlanRepository } from '../../store/safety-plans.js';
import { turnParticipant, typedText } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

const CRISIS_FLAGGED = Symbol('peerline.crisisFlagged');

/** Whether the crisis screen flagged this turn's message (the relay marks it for the peer). */
export function crisisFlagged(context: TurnContext): boolean {
  return context.turnState.get(CRISIS_FLAGGED) === true;
}

/**
 * Every participant message passes the crisis screen before anything else reads it (after
 * opt-out, before consent, inside any dialog). A crisis gets the crisis lines and a human
 * at once: the reply goes first, then (for someone with a safety plan) what their own plan
 * says they can do, then the event is recorded and on-call staff are alerted. The turn is
 * marked flagged; the relay step ends it.
 */
export class CrisisStep implements TurnStep {
  readonly name = 'crisisScreen';

  constructor(
    private readonly deps: {
      readonly program: ProgramConfig;
      readonly screen: CrisisScreen;
      readonly crisisEvents: CrisisEventRepository;
      readonly handoffs: HandoffService;
      readonly plans: Pick<SafetyPlanRepository, 'get'>;
      /** Whether any staff member can be alerted now, so the person is never promised a peer nobody will hear about. */
      readonly canAlertStaff: () => Promise<boolean>;
      /** Whether a peer holds the person's hand-off now (then the reply says they see it too). */
      readonly peerWithThem: (participantId: string) => Promise<boolean>;
      readonly dialogState: StatePropertyAccessor<DialogState>;
      readonly logger: Logger;
    },
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const result = this.deps.screen.screen(typedText(context));
    if (!result.crisis) return 'continue';
    context.turnState.set(CRISIS_FLAGGED, true);

    const { program, crisisEvents, handoffs, logger } = this.deps;
    const participant = turnParticipant(context);
    const lang = crisisReplyLang(participant.locale, result.lang);
    await context.sendActivity(
      crisisReply({
        program,
        region: participant.region,
        category: result.category,
        lang,
        peerAlerted: await this.deps.canAlertStaff(),
        peerWithYou: await this.deps.peerWithThem(participant.id),
        uncertain: result.evidence.every((evidence) => evidence.ruleId === MODEL_RULE_ID),
      }),
    );
    await this.offerOwnPlan(context, participant.id, lang);
    // Whatever dialog was running (a check-in question, a menu) is over: nothing else is asked now.
    await this.deps.dialogState.delete(context);

    await crisisEvents.record({
      participantId: participant.id,
      category: result.category ?? 'crisis',
      evidence: result.evidence.map(({ ruleId, category, lang: ruleLang, matched }) => ({ ruleId, category, lang: ruleLang, matched })),
      channel: context.activity.channelId,
    });
    logger.warn({ participantId: participant.id, category: result.category, rules: result.evidence.map((e) => e.ruleId), event: 'crisis' }, 'crisis detected');
    await handoffs.request(participant, 'crisis', result.category);
    // The relay step, next, keeps the message for the peer (flagged) and ends the turn; an
    // opt-out in the same message still reaches the keyword step.
    return 'continue';
  }

  /** After the lines and the offer of a human, never instead: who the person said they can call, and what helps. */
  private async offerOwnPlan(context: TurnContext, participantId: string, lang: CrisisReplyLang): Promise<void> {
    // The plan is a help, not a condition: failing to read it must never hold up the rest of the crisis response.
    const plan = await this.deps.plans.get(participantId).catch((error: unknown) => {
      this.deps.logger.warn({ err: error, participantId }, 'safety plan unavailable for the crisis reply');
      return undefined;
    });
    const cited = plan && planForCrisis(plan.sections);
    if (cited) await context.sendActivity(catalogFor(lang).crisisPlanReminder(cited.call, cited.coping));
  }
}
