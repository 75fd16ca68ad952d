import type { TurnContext } from 'botbuilder';

/** What a step did with the turn: answered it fully, or passed it on. */
export type StepOutcome = 'handled' | 'continue';

/** One stage of the turn pipeline (dedupe → crisis screen → opt-out/consent → relay → dialogs). */
export interface TurnStep {
  readonly name: string;
  run(context: TurnContext): Promise<StepOutcome>;
}
