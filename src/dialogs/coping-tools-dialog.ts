import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import { orderTools } from '../coping/tool-order.js';
import { COPING_TOOLS, type CopingTool } from '../coping/tools.js';
import { primaryCrisisLine, wordsInEveryLanguage } from '../messages/index.js';
import { clearChoicePrompt } from './choice-validator.js';
import { choiceNamed } from './choices.js';
import { COPING_EXERCISE_DIALOG, CopingExerciseDialog, type CopingExerciseOptions } from './coping-exercise-dialog.js';
import type { CopingDialogDeps } from './dialog-deps.js';
import { turnText } from './turn-text.js';
import { comparable } from './words.js';

export const COPING_TOOLS_DIALOG = 'copingTools';
const PICK_PROMPT = 'copingTools.pick';

/** A tool to start at once (urge surfing after a strong craving); otherwise the person picks one. */
export interface CopingToolsOptions {
  readonly tool?: CopingTool;
}

/** Every name of a tool, in every language: its name in the list and its synonyms. */
function namesOf(tool: CopingTool): string[] {
  return wordsInEveryLanguage((text) => [text.copingTools[tool].name, ...text.synonyms.copingTools[tool]]);
}

/** The tool a whole message names ("craving", "grounding", "respirar"), if any. */
export function toolNamedBy(text: string | undefined): CopingTool | undefined {
  const said = comparable(text ?? '');
  return COPING_TOOLS.find((tool) => namesOf(tool).some((name) => comparable(name) === said));
}

/** Coping tools: the list, the tools that helped this person first, then the chosen exercise. */
export class CopingToolsDialog extends ComponentDialog {
  constructor(private readonly deps: CopingDialogDeps) {
    super(COPING_TOOLS_DIALOG);
    this.addDialog(clearChoicePrompt(PICK_PROMPT));
    this.addDialog(new CopingExerciseDialog(deps));
    this.addDialog(new WaterfallDialog(`${COPING_TOOLS_DIALOG}.steps`, [this.pickStep.bind(this), this.runStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = `${COPING_TOOLS_DIALOG}.steps`;
  }

  private async pickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const named = (step.options as CopingToolsOptions | undefined)?.tool ?? toolNamedBy(step.context.activity.text);
    if (named) return step.next(named);
    const participant = turnParticipant(step.context);
    const text = turnText(step.context);
    const tools = orderTools(await this.deps.ratings.summary(participant.id));
    (step.values as { tools?: CopingTool[] }).tools = tools;
    return step.prompt(PICK_PROMPT, {
      prompt: text.copingIntro(primaryCrisisLine(this.deps.program, participant.region)),
      retryPrompt: text.menuRetry,
      choices: tools.map((tool) => choiceNamed(text.copingTools[tool].name, namesOf(tool))),
    });
  }

  private async runStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const tools = (step.values as { tools?: CopingTool[] }).tools;
    const tool = tools ? tools[(step.result as FoundChoice).index] : (step.result as CopingTool);
    if (tool === undefined) return step.endDialog();
    return step.beginDialog(COPING_EXERCISE_DIALOG, { tool } satisfies CopingExerciseOptions);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }
}
