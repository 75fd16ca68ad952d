import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { primaryCrisisLine, wordsInEveryLanguage, type Catalog } from '../messages/index.js';
import { sectionAnswer } from '../safety-plan/plan-answers.js';
import { sectionItems, type PlanSection, type SafetyPlan } from '../safety-plan/sections.js';
import type { SafetyPlanDialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';
import { comparable, isSkip } from './words.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const PLAN_SECTION_DIALOG = 'planSection';
const ANSWER_PROMPT = 'planSection.answer';
const SHARE_PROMPT = 'planSection.share';

/** Which part to fill in or change; while a new plan is built, where it stands ("3/7") and what to say first. */
export interface PlanSectionOptions {
  readonly section: PlanSection;
  readonly step?: { readonly number: number; readonly of: number };
  readonly lead?: string;
}

/** Whether the part changed, and a word about the answer to say next (the share consent, "that's OK"). */
export interface PlanSectionResult {
  readonly changed: boolean;
  readonly ack?: string;
}

interface Values {
  changed: boolean;
  ack?: string;
}

/** A whole answer that empties a part ("none", "nada", "rien"). */
function isClear(text: string): boolean {
  const said = comparable(text);
  return wordsInEveryLanguage((catalog) => catalog.synonyms.planClear).some((word) => comparable(word) === said);
}

/**
 * One part of the safety plan: its question (or, to change it, what it says now), the answer
 * saved at once in the person's words; SKIP keeps it as it is. For the people to ask, whether a
 * peer may see them if a hand-off ever alerts staff.
 */
export class PlanSectionDialog extends ComponentDialog {
  constructor(private readonly deps: SafetyPlanDialogDeps) {
    super(PLAN_SECTION_DIALOG);
    this.addDialog(new TextPrompt(ANSWER_PROMPT));
    this.addDialog(new YesNoPrompt(SHARE_PROMPT));
    this.addDialog(
      new WaterfallDialog(`${PLAN_SECTION_DIALOG}.steps`, [this.askStep.bind(this), this.saveStep.bind(this), this.shareStep.bind(this)]),
    );
    this.initialDialogId = `${PLAN_SECTION_DIALOG}.steps`;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as PlanSectionOptions;
    const text = turnText(step.context);
    const plan = await this.deps.plans.get(turnParticipant(step.context).id);
    const question = this.question(text, options, plan, step);
    const prompt = options.lead ? `${options.lead}\n${question}` : question;
    return step.prompt(ANSWER_PROMPT, { prompt, retryPrompt: question });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { section } = step.options as PlanSectionOptions;
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const values = step.values as Values;
    const said = String(step.result ?? '');
    const cleared = isClear(said);
    const answer = cleared ? [] : sectionAnswer(section, said);
    values.changed = !isSkip(said) && (cleared || answer.length > 0);
    const plan = values.changed ? await this.deps.plans.saveSection(participant.id, section, answer) : await this.deps.plans.get(participant.id);
    if (section === 'reasons' && cleared) values.ack = text.planReasonsNone(primaryCrisisLine(this.deps.program, participant.region));
    if (section !== 'helpers') return step.endDialog(values satisfies PlanSectionResult);
    if ((plan?.sections.helpers.length ?? 0) === 0) {
      if (plan?.shareContactsWithStaff) await this.deps.plans.setShareContacts(participant.id, false);
      return step.endDialog(values satisfies PlanSectionResult);
    }
    // Asked whenever there are people to share, so the answer can be changed with the list.
    return step.prompt(SHARE_PROMPT, { prompt: text.planShareAsk, retryPrompt: text.planShareAsk });
  }

  private async shareStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    const share = step.result === true;
    await this.deps.plans.setShareContacts(turnParticipant(step.context).id, share);
    return step.endDialog({ changed: true, ack: share ? text.planShared : text.planNotShared } satisfies PlanSectionResult);
  }

  private question(text: Catalog, options: PlanSectionOptions, plan: SafetyPlan | undefined, step: WaterfallStepContext): string {
    const words = text.planSections[options.section];
    const now = plan ? sectionItems(plan.sections, options.section) : [];
    const asked = !options.step && now.length > 0 ? text.planEditAsk(words.label, now.join(', ')) : words.ask;
    const always = options.section === 'services' ? `${text.planCrisisLineAlways(primaryCrisisLine(this.deps.program, turnParticipant(step.context).region))} ` : '';
    const counter = options.step ? `${options.step.number}/${options.step.of} ` : '';
    return `${counter}${always}${asked}`;
  }
}
