import { ActionTypes } from 'botbuilder';
import {
  ComponentDialog,
  WaterfallDialog,
  type Choice,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { primaryCrisisLine, wordsInEveryLanguage } from '../messages/index.js';
import { emptySections, PLAN_SECTIONS, type PlanSection } from '../safety-plan/sections.js';
import { clearChoicePrompt } from './choice-validator.js';
import { choiceNamed } from './choices.js';
import type { SafetyPlanDialogDeps } from './dialog-deps.js';
import { planLine } from './plan-lines.js';
import { PLAN_SECTION_DIALOG, PlanSectionDialog, type PlanSectionOptions, type PlanSectionResult } from './plan-section-dialog.js';
import { PLAN_WALK_DIALOG, PlanWalkDialog, type PlanWalkOptions } from './plan-walk-dialog.js';
import { turnText } from './turn-text.js';

export const SAFETY_PLAN_DIALOG = 'safetyPlan';
const PICK_PROMPT = 'safetyPlan.pick';

/** What the plan's list offers: a part to change, or the empty parts to fill in. */
type PlanPick = PlanSection | 'fillEmpty';

interface Values {
  picks: PlanPick[];
  picked?: PlanPick;
}

/**
 * "My plan": a new plan is built one short question at a time; a plan that exists is shown
 * compactly, one numbered line a part, to change any part or fill in the empty ones.
 */
export class SafetyPlanDialog extends ComponentDialog {
  constructor(private readonly deps: SafetyPlanDialogDeps) {
    super(SAFETY_PLAN_DIALOG);
    this.addDialog(clearChoicePrompt(PICK_PROMPT));
    this.addDialog(new PlanSectionDialog(deps));
    this.addDialog(new PlanWalkDialog(deps));
    this.addDialog(
      new WaterfallDialog(`${SAFETY_PLAN_DIALOG}.steps`, [this.showStep.bind(this), this.changeStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = `${SAFETY_PLAN_DIALOG}.steps`;
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const plan = await this.deps.plans.get(participant.id);
    const empty = plan ? emptySections(plan.sections) : [...PLAN_SECTIONS];
    if (empty.length === PLAN_SECTIONS.length) {
      return step.beginDialog(PLAN_WALK_DIALOG, { sections: PLAN_SECTIONS, lead: text.planIntro } satisfies PlanWalkOptions);
    }
    const line = primaryCrisisLine(this.deps.program, participant.region);
    const picks: PlanPick[] = [...PLAN_SECTIONS, ...(empty.length > 0 ? (['fillEmpty'] as const) : [])];
    (step.values as Values).picks = picks;
    const choices = picks.map((pick): Choice => {
      if (pick === 'fillEmpty') return choiceNamed(text.planFillEmpty, wordsInEveryLanguage((catalog) => [catalog.planFillEmpty, ...catalog.synonyms.planFillEmpty]));
      const label = text.planSections[pick].label;
      // The option shows the part with what it says; picking it sends the part's name.
      return { ...choiceNamed(label, wordsInEveryLanguage((catalog) => [catalog.planSections[pick].label])), action: { type: ActionTypes.ImBack, title: planLine(text, plan, pick, line), value: label } };
    });
    return step.prompt(PICK_PROMPT, { prompt: text.planTitle, retryPrompt: text.menuRetry, choices });
  }

  private async changeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    // A new plan's walk has already ended.
    if (!values.picks) return step.endDialog();
    const picked = values.picks[(step.result as FoundChoice).index];
    values.picked = picked;
    if (picked === undefined) return step.endDialog();
    if (picked !== 'fillEmpty') return step.beginDialog(PLAN_SECTION_DIALOG, { section: picked } satisfies PlanSectionOptions);
    const plan = await this.deps.plans.get(turnParticipant(step.context).id);
    return step.beginDialog(PLAN_WALK_DIALOG, { sections: plan ? emptySections(plan.sections) : PLAN_SECTIONS } satisfies PlanWalkOptions);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { picked } = step.values as Values;
    if (picked === undefined || picked === 'fillEmpty') return step.endDialog();
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const { changed, ack } = step.result as PlanSectionResult;
    const plan = await this.deps.plans.get(participant.id);
    const said = changed ? text.planSaved(planLine(text, plan, picked, primaryCrisisLine(this.deps.program, participant.region))) : text.planUnchanged;
    await step.context.sendActivity(ack ? `${ack} ${said}` : said);
    return step.endDialog();
  }
}
