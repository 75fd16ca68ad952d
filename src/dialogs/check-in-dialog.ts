import { MessageFactory } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { DateTime } from 'luxon';
import { turnLocale, turnParticipant } from '../bots/turn-state.js';
import { culturesFor, noteBesideScore, parseHours, parseScale, parseYesNo } from '../check-in/answers.js';
import { reflect } from '../check-in/reflection.js';
import type { ProgramConfig } from '../config.js';
import { URGE_SURFING_AT } from '../coping/tools.js';
import type { HandoffService } from '../handoff/handoff-service.js';
import { peerRequestReply } from './peer-request-dialog.js';
import type { CheckInAnswers, CheckInRepository } from '../store/check-ins.js';
import type { CopingRatingRepository } from '../store/coping-ratings.js';
import { turnText } from './turn-text.js';
import { URGE_SURFING_OFFER_DIALOG, UrgeSurfingOfferDialog, type UrgeSurfingOfferOptions } from './urge-surfing-offer-dialog.js';
import { isSkip } from './words.js';
import { relapseTold } from '../features/relapse/relapse.js';
import { relapseAck } from '../features/relapse/words.js';
import { languageOf } from '../messages/index.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const CHECK_IN_DIALOG = 'checkIn';

const led = (lead: string | undefined, text: string): string => (lead ? `${lead} ${text}` : text);
const SCALE_PROMPT = 'checkIn.scale';
const HOURS_PROMPT = 'checkIn.hours';
const YES_NO_PROMPT = 'checkIn.yesNo';
const PEER_OFFER_PROMPT = 'checkIn.peerOffer';
// One re-ask with an example, then the question is left unanswered rather than nag.
const MAX_ATTEMPTS = 2;

export interface CheckInDeps {
  readonly program: ProgramConfig;
  readonly checkIns: CheckInRepository;
  readonly handoffs: HandoffService;
  /** Where "Did that help?" answers go when a strong craving leads to urge surfing. */
  readonly copingRatings: CopingRatingRepository;
  readonly now?: () => Date;
}

type Answers = { -readonly [K in keyof CheckInAnswers]: CheckInAnswers[K] } & { localDate?: string; relapse?: boolean };

/**
 * The daily check-in: mood (with an optional line about the day), craving, sleep and, if the
 * program asks, use since the last one; every question skippable; at most five messages;
 * a reflection from the person's own history, and a peer offered when it matters. After a
 * strong craving, once that is answered, urge surfing is offered.
 */
export class CheckInDialog extends ComponentDialog {
  private readonly now: () => Date;

  constructor(private readonly deps: CheckInDeps) {
    super(CHECK_IN_DIALOG);
    this.now = deps.now ?? (() => new Date());
    this.addDialog(new TextPrompt(SCALE_PROMPT, (prompt) => this.accept(prompt, (text, cultures) => parseScale(text, cultures))));
    this.addDialog(new TextPrompt(HOURS_PROMPT, (prompt) => this.accept(prompt, (text, cultures) => parseHours(text, cultures))));
    this.addDialog(new TextPrompt(YES_NO_PROMPT, (prompt) => this.accept(prompt, (text, cultures) => parseYesNo(text, cultures))));
    this.addDialog(new YesNoPrompt(PEER_OFFER_PROMPT));
    this.addDialog(new UrgeSurfingOfferDialog({ program: deps.program, ratings: deps.copingRatings }));
    this.addDialog(
      new WaterfallDialog(`${CHECK_IN_DIALOG}.steps`, [
        this.askMoodStep.bind(this),
        this.askCravingStep.bind(this),
        this.askSleepStep.bind(this),
        this.askUseStep.bind(this),
        this.saveStep.bind(this),
        this.peerOfferStep.bind(this),
      ]),
    );
    this.initialDialogId = `${CHECK_IN_DIALOG}.steps`;
  }

  private cultures(step: WaterfallStepContext): string[] {
    return culturesFor(turnLocale(step.context));
  }

  private text(step: WaterfallStepContext) {
    return turnText(step.context);
  }

  private answers(step: WaterfallStepContext): Answers {
    return step.values as Answers;
  }

  /**
   * A relapse told in any answer is the answer to the use question (which is then not asked):
   * a short, warm word leads the next message, and the peer is offered at the end.
   */
  private relapseLead(step: WaterfallStepContext, said: string): string | undefined {
    const answers = this.answers(step);
    if (answers.relapse || !relapseTold(step.context, said)) return undefined;
    answers.relapse = true;
    answers.used = true;
    return relapseAck(languageOf(turnLocale(step.context)));
  }

  private async askMoodStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = this.text(step);
    return step.prompt(SCALE_PROMPT, { prompt: text.checkInMood, retryPrompt: text.checkInMoodRetry });
  }

  private async askCravingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = String(step.result ?? '');
    const answers = this.answers(step);
    answers.mood = parseScale(said, this.cultures(step)) ?? null;
    answers.note = answers.mood === null ? null : (noteBesideScore(said, this.cultures(step)) ?? null);
    const text = this.text(step);
    return step.prompt(SCALE_PROMPT, { prompt: led(this.relapseLead(step, said), text.checkInCraving), retryPrompt: text.checkInCravingRetry });
  }

  private async askSleepStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = String(step.result ?? '');
    this.answers(step).craving = parseScale(said, this.cultures(step)) ?? null;
    const text = this.text(step);
    return step.prompt(HOURS_PROMPT, { prompt: led(this.relapseLead(step, said), text.checkInSleep), retryPrompt: text.checkInSleepRetry });
  }

  private async askUseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = String(step.result ?? '');
    this.answers(step).sleepHours = parseHours(said, this.cultures(step)) ?? null;
    const lead = this.relapseLead(step, said);
    // Told already: the use question is not asked again.
    if (!this.deps.program.checkIn.askAboutUse || this.answers(step).relapse) return step.next(lead === undefined ? undefined : { lead });
    const text = this.text(step);
    return step.prompt(YES_NO_PROMPT, {
      prompt: MessageFactory.suggestedActions([text.yes, text.no], text.checkInUsed),
      retryPrompt: MessageFactory.suggestedActions([text.yes, text.no], text.checkInUsedRetry),
    });
  }

  private async saveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answers = this.answers(step);
    // From the use question's answer, or (skipped) the lead carried over from the last answer.
    const carried = typeof step.result === 'object' && step.result !== null ? (step.result as { lead?: string }).lead : undefined;
    const answered = typeof step.result === 'string' ? step.result : undefined;
    const lead = carried ?? (answered === undefined ? undefined : this.relapseLead(step, answered));
    if (!answers.relapse) answers.used = answered === undefined ? null : (parseYesNo(answered, this.cultures(step)) ?? null);
    const participant = turnParticipant(step.context);
    const text = this.text(step);
    const { mood, craving, sleepHours, used, note } = answers;
    if ([mood, craving, sleepHours, used, note].every((answer) => answer === null)) {
      await step.context.sendActivity(text.checkInNothing);
      return step.endDialog();
    }
    const zone = participant.timeZone ?? this.deps.program.defaultTimeZone;
    const localDate = DateTime.fromJSDate(this.now()).setZone(zone).toISODate() ?? '';
    answers.localDate = localDate;
    const saved = await this.deps.checkIns.record(participant.id, localDate, { mood, craving, sleepHours, used, note }, step.context.activity.channelId);
    const reflection = reflect(saved, await this.deps.checkIns.recent(participant.id, 8));
    const said = led(lead, text.reflection(reflection, participant.name));
    if (!reflection.offerPeer) {
      if (this.strongCraving(step)) return step.replaceDialog(URGE_SURFING_OFFER_DIALOG, { lead: said } satisfies UrgeSurfingOfferOptions);
      await step.context.sendActivity(said);
      return step.endDialog();
    }
    return step.prompt(PEER_OFFER_PROMPT, { prompt: `${said} ${text.peerOffer}`, retryPrompt: text.peerOffer });
  }

  private async peerOfferStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    const text = this.text(step);
    if (step.result !== true) {
      await step.context.sendActivity(text.peerOfferDeclined);
      return this.afterPeerOffer(step);
    }
    const outcome = await this.deps.handoffs.request(participant, 'checkin_offer');
    const localDate = this.answers(step).localDate;
    if (localDate) await this.deps.checkIns.markPeerRequested(participant.id, localDate);
    await step.context.sendActivity(peerRequestReply(text, this.deps.program, participant, outcome));
    return this.afterPeerOffer(step);
  }

  /** The peer comes first; then, for a strong craving, something to do while it lasts. */
  private async afterPeerOffer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.strongCraving(step) ? step.replaceDialog(URGE_SURFING_OFFER_DIALOG) : step.endDialog();
  }

  private strongCraving(step: WaterfallStepContext): boolean {
    const { craving } = this.answers(step);
    return craving !== null && craving !== undefined && craving >= URGE_SURFING_AT;
  }

  private async accept<T>(
    prompt: PromptValidatorContext<string>,
    parse: (text: string, cultures: readonly string[]) => T | undefined,
  ): Promise<boolean> {
    const value = prompt.recognized.value ?? '';
    if (isSkip(value) || relapseTold(prompt.context, value)) return true;
    if (parse(value, culturesFor(turnLocale(prompt.context))) !== undefined) return true;
    return prompt.attemptCount >= MAX_ATTEMPTS;
  }
}
