import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnLocale, turnParticipant } from '../bots/turn-state.js';
import type { ProgramConfig } from '../config.js';
import { catalogFor, type Catalog } from '../messages/index.js';
import { isSchedule, type Schedule } from '../scheduler/recurrence.js';
import { readFollowUp, readWhen, scheduleInWords, type ReadingContext, type WhenAnswer } from './schedule-answers.js';
import { turnText } from './turn-text.js';
import { isSkip } from './words.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const ASK_SCHEDULE_DIALOG = 'askSchedule';
const WHEN_PROMPT = 'askSchedule.when';
const CONFIRM_PROMPT = 'askSchedule.confirm';

/** What the person settled on: a schedule they confirmed, SKIP, or nothing readable after one follow-up. */
export type ScheduleAnswer = { readonly kind: 'chosen'; readonly schedule: Schedule } | { readonly kind: 'skipped' } | { readonly kind: 'unread' };

/** How the question opens: for a new goal, for a change, or again after a "No" at the confirmation. */
export interface AskScheduleOptions {
  readonly purpose: 'new' | 'change';
  readonly again?: boolean;
}

export interface AskScheduleDeps {
  readonly program: ProgramConfig;
  readonly now?: () => Date;
}

interface Values {
  first?: string;
  problem?: Exclude<WhenAnswer, { ok: true }>;
  schedule?: Schedule;
}

const FOLLOW_UP: Record<Exclude<WhenAnswer, { ok: true }>['problem'], (text: Catalog) => string> = {
  no_time: (text) => text.scheduleNoTime,
  no_days: (text) => text.scheduleNoDays,
  in_past: (text) => text.scheduleInPast,
  not_understood: (text) => text.scheduleNotUnderstood,
};

/**
 * "When should I remind you?" in plain language: read it, ask once for what was missing,
 * then say what was understood in words and save nothing until the person says yes.
 */
export class AskScheduleDialog extends ComponentDialog {
  private readonly now: () => Date;

  constructor(private readonly deps: AskScheduleDeps) {
    super(ASK_SCHEDULE_DIALOG);
    this.now = deps.now ?? (() => new Date());
    this.addDialog(new TextPrompt(WHEN_PROMPT));
    this.addDialog(new YesNoPrompt(CONFIRM_PROMPT));
    this.addDialog(
      new WaterfallDialog(`${ASK_SCHEDULE_DIALOG}.steps`, [
        this.askStep.bind(this),
        this.readStep.bind(this),
        this.followUpStep.bind(this),
        this.confirmedStep.bind(this),
      ]),
    );
    this.initialDialogId = `${ASK_SCHEDULE_DIALOG}.steps`;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    const options = step.options as AskScheduleOptions;
    const question = options.again ? text.scheduleAskAgain : options.purpose === 'change' ? text.scheduleAskChange : text.scheduleAsk;
    return step.prompt(WHEN_PROMPT, { prompt: question });
  }

  private async readStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = String(step.result ?? '').trim();
    if (isSkip(said)) return step.endDialog({ kind: 'skipped' } satisfies ScheduleAnswer);
    const locale = turnLocale(step.context);
    const reading = readWhen(said, locale, this.readingContext(step));
    if (reading.ok) return step.next(reading.schedule);
    const values = step.values as Values;
    values.first = said;
    values.problem = reading;
    return step.prompt(WHEN_PROMPT, { prompt: FOLLOW_UP[reading.problem](catalogFor(locale)) });
  }

  private async followUpStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = turnText(step.context);
    const values = step.values as Values;
    let schedule = isSchedule(step.result) ? step.result : undefined;
    if (!schedule && values.problem) {
      const said = String(step.result ?? '').trim();
      if (isSkip(said)) return step.endDialog({ kind: 'skipped' } satisfies ScheduleAnswer);
      const reading = readFollowUp(values.first ?? '', values.problem, said, turnLocale(step.context), this.readingContext(step));
      if (reading.ok) schedule = reading.schedule;
    }
    if (!schedule) {
      await step.context.sendActivity(text.scheduleUnread);
      return step.endDialog({ kind: 'unread' } satisfies ScheduleAnswer);
    }
    values.schedule = schedule;
    const words = text.scheduleConfirm(scheduleInWords(schedule, turnLocale(step.context)));
    return step.prompt(CONFIRM_PROMPT, { prompt: words, retryPrompt: words });
  }

  private async confirmedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { schedule } = step.values as Values;
    if (step.result === true && schedule) return step.endDialog({ kind: 'chosen', schedule } satisfies ScheduleAnswer);
    return step.replaceDialog(`${ASK_SCHEDULE_DIALOG}.steps`, { ...(step.options as AskScheduleOptions), again: true } satisfies AskScheduleOptions);
  }

  private readingContext(step: WaterfallStepContext): ReadingContext {
    const participant = turnParticipant(step.context);
    return { now: this.now(), zone: participant.timeZone ?? this.deps.program.defaultTimeZone };
  }
}
