import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { setTurnParticipant, turnParticipant } from '../bots/turn-state.js';
import type { ProgramConfig } from '../config.js';
import { primaryCrisisLine, type Catalog } from '../messages/index.js';
import type { Category } from '../resources/categories.js';
import { isLocal, namesResource, readRequest, type LookupPlace, type ResourceRequest } from '../resources/request.js';
import type { NationalLine, ResourceQuery, ResourceResult } from '../resources/resource-lookup.js';
import type { ParticipantRepository } from '../store/participants.js';
import { commandText } from './commands.js';
import { nothingText, pageText, radiusText, resourceCard, type ResultPage } from './resource-answer.js';
import { turnText } from './turn-text.js';

export const RESOURCES_DIALOG = 'resources';
const ASK = `${RESOURCES_DIALOG}.ask`;
const FOLLOW = `${RESOURCES_DIALOG}.follow`;
const WHAT_PROMPT = `${RESOURCES_DIALOG}.what`;
const WHERE_PROMPT = `${RESOURCES_DIALOG}.where`;
const NEXT_PROMPT = `${RESOURCES_DIALOG}.next`;
// One re-ask with examples, then leave rather than nag.
const MAX_ATTEMPTS = 2;
const RADIUS_KM = 80;

/** "MORE" and its translations: the next three results. */
const MORE = /^(more|next|more please|m[aá]s|siguientes?|plus|suivants?|encore)$/i;
/** "CALL 2", "2", "info 2", "llamar 2", "appeler 2": one result in full. */
const PICK = /^(?:call|info|details?|llamar|llama|detalles?|appeler|appel|d[ée]tails?)?\s*#?\s*(\d{1,2})$/i;

/** What the lookup needs from the rest of the service. */
export interface ResourceDialogDeps {
  readonly program: ProgramConfig;
  readonly participants: ParticipantRepository;
  readonly resolvePlace: (text: string) => LookupPlace | undefined;
  readonly lookup: {
    find(query: ResourceQuery): Promise<ResourceResult[]>;
    nationalLines(region: 'US' | 'CA', category: Category): Promise<NationalLine[]>;
  };
}

/** How the lookup starts: with the message that asked, when the router saw one. */
export interface ResourcesOptions {
  readonly message?: string;
}

/** What the asking steps have gathered. */
interface Gathered {
  request?: ResourceRequest;
}

/** The result the menu reads: the person said something else, to be routed afresh. */
export interface ResourcesResult {
  readonly reroute?: boolean;
}

/** How the follow-up loop is entered: the page to show, or a message to wait after instead. */
interface FollowOptions {
  readonly page: ResultPage;
  readonly message?: string;
}

const region = (place: LookupPlace): 'US' | 'CA' => (place.region === 'CA' ? 'CA' : 'US');

/**
 * "Find help nearby": what (a category or the person's words) and where (a postal code or town
 * in the message, the saved place, or asked), then the three nearest with whether each is open,
 * MORE for three more and CALL n for one in full. Anything else is handed back to the menu.
 */
export class ResourcesDialog extends ComponentDialog {
  constructor(private readonly deps: ResourceDialogDeps) {
    super(RESOURCES_DIALOG);
    this.addDialog(new TextPrompt(WHAT_PROMPT, (prompt) => this.validateWhat(prompt)));
    this.addDialog(new TextPrompt(WHERE_PROMPT, (prompt) => this.validateWhere(prompt)));
    this.addDialog(new TextPrompt(NEXT_PROMPT));
    this.addDialog(new WaterfallDialog(ASK, [this.whatStep.bind(this), this.whereStep.bind(this), this.searchStep.bind(this)]));
    this.addDialog(new WaterfallDialog(FOLLOW, [this.showStep.bind(this), this.followStep.bind(this)]));
    this.initialDialogId = ASK;
  }

  private read(text: string): ResourceRequest {
    return readRequest(text, this.deps.resolvePlace);
  }

  private async whatStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { message } = (step.options ?? {}) as ResourcesOptions;
    const request = message === undefined ? undefined : this.read(message);
    if (request?.category !== undefined) {
      (step.values as Gathered).request = request;
      return step.next();
    }
    const text = turnText(step.context);
    return step.prompt(WHAT_PROMPT, { prompt: text.resourceAskWhat, retryPrompt: text.resourceWhatRetry });
  }

  private async whereStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Gathered;
    if (typeof step.result === 'string') {
      if (!this.readsAsNeed(step.result)) return step.endDialog({ reroute: true } satisfies ResourcesResult);
      values.request = this.read(step.result);
    }
    if (values.request?.place) return step.next();
    const participant = turnParticipant(step.context);
    if (participant.placeLabel && participant.placeLat !== null && participant.placeLon !== null) {
      const saved = { label: participant.placeLabel, region: participant.placeRegion ?? participant.region ?? this.deps.program.defaultRegion, lat: participant.placeLat, lon: participant.placeLon };
      values.request = { ...values.request, place: saved };
      return step.next({ saved: true });
    }
    const text = turnText(step.context);
    return step.prompt(WHERE_PROMPT, { prompt: text.resourceAskWhere, retryPrompt: text.resourceWhereRetry });
  }

  private async searchStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Gathered;
    if (typeof step.result === 'string') {
      const answer = this.read(step.result);
      if (!isLocal(answer.place)) return step.endDialog({ reroute: true } satisfies ResourcesResult);
      values.request = { ...values.request, place: answer.place, when: values.request?.when ?? answer.when };
    }
    const request = values.request ?? {};
    const place = request.place;
    if (!isLocal(place)) return step.endDialog();
    const fromMessage = (step.result as { saved?: boolean } | undefined)?.saved !== true;
    if (fromMessage) await this.savePlace(step, place);

    const text = turnText(step.context);
    const what = whatOf(text, request);
    const results = await this.deps.lookup.find({ category: request.category, text: request.text, lat: place.lat, lon: place.lon, when: request.when, prefer: request.prefer });
    const crisisLine = primaryCrisisLine(this.deps.program, place.region);
    if (results.length === 0) {
      const national = request.category === undefined ? [] : await this.deps.lookup.nationalLines(region(place), request.category);
      await step.context.sendActivity(nothingText(text, what, place.label, radiusText(RADIUS_KM, place.region), national, crisisLine));
      return step.endDialog();
    }
    return step.replaceDialog(FOLLOW, { page: { what, place: place.label, region: place.region, results, shown: 0 } } satisfies FollowOptions);
  }

  private async showStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { page, message } = step.options as FollowOptions;
    const text = turnText(step.context);
    if (message !== undefined) {
      (step.values as { page?: ResultPage }).page = page;
      return step.prompt(NEXT_PROMPT, { prompt: message });
    }
    const next = pageText(text, page, primaryCrisisLine(this.deps.program, page.region));
    (step.values as { page?: ResultPage }).page = { ...page, shown: next.shown };
    return step.prompt(NEXT_PROMPT, { prompt: next.text });
  }

  private async followStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const page = (step.values as { page: ResultPage }).page;
    const said = commandText(String(step.result ?? ''));
    const text = turnText(step.context);
    if (MORE.test(said)) {
      if (page.shown >= page.results.length) return step.replaceDialog(FOLLOW, { page, message: text.resourceNoMore } satisfies FollowOptions);
      return step.replaceDialog(FOLLOW, { page } satisfies FollowOptions);
    }
    const picked = PICK.exec(said);
    if (picked) {
      const result = page.results[Number(picked[1]) - 1];
      const shown = Number(picked[1]) <= page.shown ? result : undefined;
      const message = shown ? text.resourceCard(resourceCard(shown, page.region)) : text.resourcePickRetry(page.shown);
      return step.replaceDialog(FOLLOW, { page, message } satisfies FollowOptions);
    }
    if (namesResource(said)) return step.replaceDialog(ASK, { message: said } satisfies ResourcesOptions);
    return step.endDialog({ reroute: true } satisfies ResourcesResult);
  }

  /** Remembers where the person looked, so "food" alone next time looks there. */
  private async savePlace(step: WaterfallStepContext, place: LookupPlace & { lat: number; lon: number }): Promise<void> {
    const participant = turnParticipant(step.context);
    setTurnParticipant(step.context, await this.deps.participants.updateProfile(participant.id, { placeLabel: place.label, placeRegion: place.region, placeLat: place.lat, placeLon: place.lon }));
  }

  private readsAsNeed(value: string): boolean {
    const request = this.read(value);
    return request.category !== undefined || request.text !== undefined;
  }

  private async validateWhat(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return this.readsAsNeed(prompt.recognized.value ?? '') || prompt.attemptCount >= MAX_ATTEMPTS;
  }

  private async validateWhere(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return isLocal(this.read(prompt.recognized.value ?? '').place) || prompt.attemptCount >= MAX_ATTEMPTS;
  }
}

/** The heading's "what": the category's name, or the person's own words in quotes. */
function whatOf(text: Catalog, request: ResourceRequest): string {
  if (request.category !== undefined) return text.resourceCategory[request.category];
  return `"${request.text ?? ''}"`;
}
