import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { primaryCrisisLine } from '../messages/index.js';
import { emptySections, PLAN_SECTIONS, type PlanSection } from '../safety-plan/sections.js';
import type { SafetyPlanDialogDeps } from './dialog-deps.js';
import { planLine } from './plan-lines.js';
import { PLAN_SECTION_DIALOG, PlanSectionDialog, type PlanSectionOptions, type PlanSectionResult } from './plan-section-dialog.js';
import { turnText } from './turn-text.js';

export const PLAN_WALK_DIALOG = 'planWalk';
const STEPS = `${PLAN_WALK_DIALOG}.steps`;

/** The parts to go through, in order; where the walk is; what to say before the next question. */
export interface PlanWalkOptions {
  readonly sections: readonly PlanSection[];
  readonly index?: number;
  readonly lead?: string;
}

/** Builds a plan one short question at a time (each part saved as it is answered), then shows it. */
export class PlanWalkDialog extends ComponentDialog {
  constructor(private readonly deps: SafetyPlanDialogDeps) {
    super(PLAN_WALK_DIALOG);
    this.addDialog(new PlanSectionDialog(deps));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.nextStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { sections, index = 0, lead } = step.options as PlanWalkOptions;
    const section = sections[index];
    if (section === undefined) return this.finish(step, lead);
    return step.beginDialog(PLAN_SECTION_DIALOG, { section, step: { number: index + 1, of: sections.length }, lead } satisfies PlanSectionOptions);
  }

  private async nextStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { sections, index = 0 } = step.options as PlanWalkOptions;
    const { ack } = step.result as PlanSectionResult;
    // The same waterfall again, for the next part: the walk never nests deeper.
    return step.replaceDialog(STEPS, { sections, index: index + 1, lead: ack } satisfies PlanWalkOptions);
  }

  private async finish(step: WaterfallStepContext, lead: string | undefined): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const plan = await this.deps.plans.get(participant.id);
    const line = primaryCrisisLine(this.deps.program, participant.region);
    const filled = plan !== undefined && emptySections(plan.sections).length < PLAN_SECTIONS.length;
    if (!filled) {
      await step.context.sendActivity([...(lead ? [lead] : []), text.planDoneEmpty].join('\n'));
      return step.endDialog();
    }
    // The plan, then what to do with it, as two texts: the plan is a list up to three segments long on its own.
    const summary = [text.planSummaryTitle, ...PLAN_SECTIONS.map((section) => planLine(text, plan, section, line))];
    await step.context.sendActivities([
      { type: 'message', text: [...(lead ? [lead] : []), ...summary].join('\n') },
      { type: 'message', text: text.planDone(line) },
    ]);
    return step.endDialog();
  }
}
