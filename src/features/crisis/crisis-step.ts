import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { classifyKeyword } from '../../adapters/sms/keywords.js';
import { markCritical, turnParticipant, typedText } from '../../bots/turn-state.js';
import { disclosesRelapse, markRelapseTold } from '../relapse/relapse.js';
import type { StepOutcome, TurnStep } from '../../bots/turn-step.js';
import type { ProgramConfig } from '../../config.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import type { Logger } from '../../logging.js';
import { catalogFor } from '../../messages/index.js';
import type { Lang } from '../../messages/language.js';
import { MODEL_RULE_ID, type CrisisScreen, type ScreenResult } from '../../safety/index.js';
import { planForCrisis } from '../../safety-plan/crisis-plan.js';
import type { CrisisEventRepository } from '../../store/crisis-events.js';
import type { Participant } from '../../store/participants.js';
import type { SafetyPlanRepository } from '../../store/safety-plans.js';
import { checkQuestion, crisisReplyLang, firstCrisisReply } from './first-reply.js';
import { holdingTurn } from './holding.js';
import { yesOrNo } from './intents.js';
import { scriptLines } from './lines.js';
import { CHECK_ANSWER_MS, newTalk, recentTexts, remember, type CrisisMemory, type PendingCheck } from './memory.js';
import type { OpenCrises } from './open-crisis.js';
import { situationOf, type Situation } from './situation.js';
import { crisisWords, type TeamFacts } from './words/index.js';
import { teamFacts } from './team-facts.js';
import type { Handoff } from '../../store/handoffs.js';
import { isDialogActive } from '../../dialogs/commands.js';
import { PLAN_SECTION_DIALOG } from '../../dialogs/plan-section-dialog.js';
import { PLAN_WALK_DIALOG } from '../../dialogs/plan-walk-dialog.js';
import { SAFETY_PLAN_DIALOG } from '../../dialogs/safety-plan-dialog.js';


const CRISIS_FLAGGED = Symbol('peerline.crisisFlagged');

/** Whether the crisis screen flagged this turn's message as a crisis (the relay marks it for the peer). */
export function crisisFlagged(context: TurnContext): boolean {
  return context.turnState.get(CRISIS_FLAGGED) === true;
}

export interface CrisisStepDeps {
  readonly program: ProgramConfig;
  readonly screen: CrisisScreen;
  readonly crisisEvents: CrisisEventRepository;
  readonly handoffs: HandoffService;
  readonly openCrises: OpenCrises;
  readonly plans: Pick<SafetyPlanRepository, 'get'>;
  /** Whether any staff member can be alerted now, so the person is never promised a peer nobody will hear about. */
  readonly canAlertStaff: () => Promise<boolean>;
  /** Whether a peer holds the person's hand-off now (then the reply says they see it too). */
  readonly peerWithThem: (participantId: string) => Promise<boolean>;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly memory: StatePropertyAccessor<CrisisMemory>;
  /** Asks again what the running dialog was waiting for (the conversation goes back to where it was). */
  readonly resumeDialog: (context: TurnContext) => Promise<void>;
  readonly logger: Logger;
  readonly now: () => Date;
}

/**
 * Every participant message passes the crisis screen before anything else reads it (after
 * opt-out, before consent, inside any dialog), read with the person's last few messages.
 * `crisis`: the script for the situation and a human at once, the event recorded, staff
 * alerted; inside an open crisis, the holding conversation answers instead of the same block.
 * `check`: a direct question first; a yes (or a crisis signal) is a crisis, a no goes back
 * to where the person was; an unclear answer hears the question once more, and a second is a yes.
 */
export class CrisisStep implements TurnStep {
  readonly name = 'crisisScreen';

  constructor(private readonly deps: CrisisStepDeps) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const { memory: accessor, now } = this.deps;
    const memory = await accessor.get(context, {});
    const text = typedText(context);
    const result = this.deps.screen.screen(text, { recent: recentTexts(memory, now()) });
    // Lines are read together until they have been acted on: after a flag, the reading starts afresh.
    if (result.level === 'none') remember(memory, text, now());
    else delete memory.recent;
    const participant = turnParticipant(context);

    const pending = memory.check && now().getTime() - Date.parse(memory.check.at) < CHECK_ANSWER_MS ? memory.check : undefined;
    delete memory.check;
    if (pending) {
      const answer = yesOrNo(text, pending.lang);
      const keyword = classifyKeyword(text, (context.activity.channelData as { optOutType?: string } | undefined)?.optOutType) !== undefined;
      // A second unclear answer is taken as a yes: better to over-respond than to leave a person unheard.
      const unclearAgain = answer === undefined && !keyword && pending.reasked === true;
      if (result.level !== 'none' || answer === 'yes' || unclearAgain) {
        await this.deps.crisisEvents.recordOutcome(pending.eventId, answer === 'yes' || result.level !== 'none' ? 'confirmed' : 'unanswered');
        // A yes is the asked-about crisis; a crisis signal in the answer is read as itself.
        const confirmed: ScreenResult =
          result.level === 'crisis' ? result : { ...result, level: 'crisis', crisis: true, category: pending.category, subject: pending.subject, lang: pending.lang };
        return this.crisis(context, participant, confirmed, memory, result.level === 'crisis' ? situationOf(result) : pending.situation);
      }
      if (answer === undefined && !keyword) {
        await this.askAgain(context, participant, pending, memory);
        return 'continue';
      }
      await this.deps.crisisEvents.recordOutcome(pending.eventId, answer === 'no' ? 'declined' : 'unanswered');
      if (answer === 'no') {
        await context.sendActivity(crisisWords(pending.lang).checkNo(scriptLines(this.deps.program, participant.region, pending.lang)));
        if (pending.relapse) {
          // No danger, but a relapse was told: the dialogs answer it (support and a peer offered, the check-in's use answer).
          markRelapseTold(context);
          return 'continue';
        }
        await this.deps.resumeDialog(context);
        return 'handled';
      }
    }
    if (result.level === 'none') return 'continue';
    if (result.level === 'check' && (await this.writingTheirPlan(context, result))) return 'continue';
    if (result.level === 'check') {
      // Inside an open crisis the holding conversation reads it; otherwise, ask.
      if (memory.talk && (await this.deps.openCrises.of(participant.id))) return 'continue';
      await this.ask(context, participant, result, memory);
      // Flagged, so the relay keeps it for a peer (and ends the turn): the dialog waits for the answer.
      context.turnState.set(CRISIS_FLAGGED, true);
      return 'continue';
    }
    return this.crisis(context, participant, result, memory, situationOf(result));
  }

  /**
   * While a person writes their safety plan, they are asked for their warning signs and what
   * helps: words about distress there describe the plan, not this moment. A question that only
   * the model raised would interrupt the very work that keeps them safe; rules still act.
   */
  private async writingTheirPlan(context: TurnContext, result: ScreenResult): Promise<boolean> {
    if (!result.evidence.every((evidence) => evidence.ruleId === MODEL_RULE_ID)) return false;
    const state = await this.deps.dialogState.get(context);
    return isDialogActive(state, SAFETY_PLAN_DIALOG) || isDialogActive(state, PLAN_SECTION_DIALOG) || isDialogActive(state, PLAN_WALK_DIALOG);
  }

  private async ask(context: TurnContext, participant: Participant, result: ScreenResult, memory: CrisisMemory): Promise<void> {
    const lang = crisisReplyLang(participant.locale, result.lang);
    const situation = situationOf(result);
    markCritical(context);
    await context.sendActivity(checkQuestion({ program: this.deps.program, region: participant.region, situation, lang }));
    const event = await this.record(context, participant, result, 'check');
    memory.check = {
      situation,
      category: result.category,
      subject: result.subject,
      lang,
      at: this.deps.now().toISOString(),
      eventId: event.id,
      ...(disclosesRelapse(typedText(context)) ? { relapse: true as const } : {}),
    } satisfies PendingCheck;
    this.deps.logger.info({ participantId: participant.id, category: result.category, event: 'crisis_check' }, 'crisis screen: asked');
  }

  /** An unclear answer ("idk", "maybe"): the question once more, gently, with the crisis line; flagged, so the dialog still waits. */
  private async askAgain(context: TurnContext, participant: Participant, pending: PendingCheck, memory: CrisisMemory): Promise<void> {
    markCritical(context);
    const words = crisisWords(pending.lang);
    await context.sendActivity(words.checkAgain(words.checkQuestion[pending.situation], scriptLines(this.deps.program, participant.region, pending.lang)));
    memory.check = { ...pending, at: this.deps.now().toISOString(), reasked: true };
    context.turnState.set(CRISIS_FLAGGED, true);
  }

  private async crisis(context: TurnContext, participant: Participant, result: ScreenResult, memory: CrisisMemory, situation: Situation): Promise<StepOutcome> {
    context.turnState.set(CRISIS_FLAGGED, true);
    markCritical(context);
    const { program, handoffs, logger } = this.deps;
    const lang = crisisReplyLang(participant.locale, result.lang);
    const open = memory.talk ? await this.deps.openCrises.of(participant.id) : undefined;
    if (memory.talk && open && memory.talk.situation === situation) {
      // The same crisis again: answer what was written, not the same block.
      const turn = holdingTurn(memory.talk, typedText(context), await this.facts(open.handoff), scriptLines(program, participant.region, memory.talk.lang), true);
      memory.talk = turn.talk;
      await context.sendActivity(turn.reply);
    } else {
      const peerWithYou = await this.deps.peerWithThem(participant.id);
      await context.sendActivity(firstCrisisReply({ program, region: participant.region, situation, lang, peerAlerted: await this.deps.canAlertStaff(), peerWithYou }));
      await this.offerOwnPlan(context, participant.id, lang);
      // What the person was doing (a check-in question) waits, to be resumed on the way back.
      const paused = memory.talk?.paused ?? (await this.deps.dialogState.get(context));
      await this.deps.dialogState.delete(context);
      memory.talk = newTalk(situation, lang, paused && (paused.dialogStack?.length ?? 0) > 0 ? paused : undefined);
    }
    await this.record(context, participant, result, 'crisis');
    logger.warn({ participantId: participant.id, category: result.category, situation, rules: result.evidence.map((e) => e.ruleId), event: 'crisis' }, 'crisis detected');
    await handoffs.request(participant, 'crisis', result.category ?? 'suicide');
    // The relay step, next, keeps the message for the peer (flagged) and ends the turn; an
    // opt-out in the same message still reaches the keyword step.
    return 'continue';
  }

  private async facts(handoff: Handoff | undefined): Promise<TeamFacts> {
    return teamFacts(handoff, await this.deps.canAlertStaff(), this.deps.program.escalationMinutes, this.deps.now());
  }

  private record(context: TurnContext, participant: Participant, result: ScreenResult, level: 'crisis' | 'check') {
    return this.deps.crisisEvents.record({
      participantId: participant.id,
      category: result.category ?? 'crisis',
      evidence: result.evidence.map(({ ruleId, category, lang: ruleLang, matched }) => ({ ruleId, category, lang: ruleLang, matched })),
      channel: context.activity.channelId,
      level,
    });
  }

  /** After the lines and the offer of a human, never instead: who the person said they can call, and what helps. */
  private async offerOwnPlan(context: TurnContext, participantId: string, lang: Lang): Promise<void> {
    // The plan is a help, not a condition: failing to read it must never hold up the rest of the crisis response.
    const plan = await this.deps.plans.get(participantId).catch((error: unknown) => {
      this.deps.logger.warn({ err: error, participantId }, 'safety plan unavailable for the crisis reply');
      return undefined;
    });
    const cited = plan && planForCrisis(plan.sections);
    if (cited) await context.sendActivity(catalogFor(lang).crisisPlanReminder(cited.call, cited.coping));
  }
}
