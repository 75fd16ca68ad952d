import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { keptForPeer, turnLocale, turnParticipant, typedText } from '../bots/turn-state.js';
import { catalogFor, languageOf, primaryCrisisLine } from '../messages/index.js';
import { guessLanguage } from '../messages/language-guess.js';
import { commandText, ERASE_DATA_REQUEST, isDialogActive } from './commands.js';
import type { DialogDeps } from './dialog-deps.js';
import { ENROLLMENT_DIALOG, type EnrollmentResult } from './enrollment-dialog.js';
import { ERASE_DATA_DIALOG } from './erase-data-dialog.js';
import { LANGUAGE_DIALOG, type LanguageOptions, type LanguageResult } from './language-dialog.js';
import { watchLanguage, type LanguageWatch } from './language-watch.js';
import { LANGUAGE_REQUEST, languageNamed } from './language-words.js';
import { MENU_DIALOG, entryAskedBy, entryNamedBy, type MenuEntry, type MenuResult } from './menu-dialog.js';
import type { ResourcesResult } from './resources-dialog.js';
import { turnText } from './turn-text.js';
import { relapseTold } from '../features/relapse/relapse.js';
import { RELAPSE_DIALOG } from '../features/relapse/relapse-dialog.js';

export const MAIN_DIALOG = 'main';
const ROUTE = `${MAIN_DIALOG}.steps`;

/** A command that works anywhere in a conversation and interrupts whatever is running. */
interface GlobalCommand {
  readonly name: string;
  matches(text: string, dc: DialogContext): boolean;
  run(dc: DialogContext, text: string): Promise<DialogTurnResult>;
}

/** How the routing step starts: with a change of language, then the dialog that was running (begun again). */
interface RouteOptions {
  readonly language?: LanguageOptions;
  readonly resume?: string;
  /** Show the menu (MENU, or the end of enrollment). */
  readonly menu?: boolean;
  /** The request the resumed dialog is to read (typed while the menu showed). */
  readonly message?: string;
}

/** What the root dialog keeps between turns besides its dialogs. */
interface MainState {
  language?: LanguageWatch;
}

const GREETING = /^(hi+|hey+|hello|hola|buenas|buenos d[ií]as|bonjour|bonsoir|salut|allo|allô|yo|good (morning|afternoon|evening))\b/i;

/**
 * The root dialog: enrollment for someone new, otherwise the menu or the dialog a message
 * names. MENU, DELETE MY DATA, LANGUAGE (or a language's name) and "are you a bot?" interrupt
 * any dialog. (On SMS the words carriers treat as opt-outs never appear here: MENU, BACK and
 * SKIP do that work.) Someone who keeps writing in another language is offered it once.
 */
export class MainDialog extends ComponentDialog {
  private readonly commands: readonly GlobalCommand[];

  constructor(
    private readonly deps: DialogDeps,
    private readonly entries: readonly MenuEntry[],
    dialogs: readonly Dialog[],
  ) {
    super(MAIN_DIALOG);
    for (const dialog of dialogs) this.addDialog(dialog);
    this.addDialog(new WaterfallDialog(ROUTE, [this.routeStep.bind(this), this.afterStep.bind(this)]));
    this.initialDialogId = ROUTE;
    this.commands = [
      {
        name: 'menu',
        matches: (text) => /^(menu|main menu|options|back|start over|home|men[uú]|opciones|volver|retour|accueil)$/i.test(text),
        run: (dc) => this.showMenu(dc),
      },
      {
        name: 'eraseData',
        matches: (text) => ERASE_DATA_REQUEST.test(text),
        run: async (dc) => {
          await dc.cancelAllDialogs();
          return dc.beginDialog(ERASE_DATA_DIALOG);
        },
      },
      {
        name: 'language',
        matches: (text) => LANGUAGE_REQUEST.test(text),
        run: (dc) => this.changeLanguage(dc, {}),
      },
      {
        // The list of languages, when it is showing, hears the names itself.
        name: 'languageName',
        matches: (text, dc) => languageNamed(text) !== undefined && !isDialogActive({ dialogStack: dc.stack }, LANGUAGE_DIALOG),
        run: (dc, text) => this.changeLanguage(dc, { lang: languageNamed(text) }),
      },
      {
        // A relapse told while nothing else is being asked (the menu, or nothing running): support and a peer offered.
        name: 'relapse',
        matches: (text, dc) =>
          turnParticipant(dc.context).status === 'active' && dc.stack.every((dialog) => dialog.id === ROUTE || dialog.id === MENU_DIALOG) && relapseTold(dc.context, text),
        run: async (dc) => {
          await dc.cancelAllDialogs();
          return dc.beginDialog(ROUTE, { resume: RELAPSE_DIALOG } satisfies RouteOptions);
        },
      },
      {
        name: 'whoAmI',
        matches: (text) =>
          /\b(are|r) (you|u) (a |an )?(bot|robot|human|real|person|ai|computer|machine)\b|\b(is this|am i talking to|talking to) (a |an )?(bot|robot|human|real person|person|machine|computer)\b|\b(eres|es) (un )?(robot|bot|humano|persona)\b|\b(es-tu|êtes-vous|t'es) (un )?(robot|bot|humain)\b/i.test(
            text,
          ),
        run: async (dc) => {
          await dc.context.sendActivity(turnText(dc.context).whoAmI(this.deps.program));
          if (dc.activeDialog) {
            await dc.repromptDialog();
            return { status: 'waiting' } as DialogTurnResult;
          }
          return dc.endDialog();
        },
      },
    ];
  }

  override async beginDialog(outerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    await this.offerLanguage(outerDc);
    return super.beginDialog(outerDc, options);
  }

  override async continueDialog(outerDc: DialogContext): Promise<DialogTurnResult> {
    if (!(await this.offerLanguage(outerDc))) return super.continueDialog(outerDc);
    let answered = false;
    outerDc.context.onSendActivities(async (_context, _activities, next) => {
      answered = true;
      return next();
    });
    const result = await super.continueDialog(outerDc);
    // A prompt re-asks an answer it could not read only on a turn that has said nothing yet: after the offer, ask here.
    if (!answered && result.status === DialogTurnStatus.waiting) await outerDc.repromptDialog();
    return result;
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private command(dc: DialogContext): { command: GlobalCommand; text: string } | undefined {
    const text = commandText(dc.context.activity.text);
    if (dc.context.activity.type !== 'message' || text === '') return undefined;
    const command = this.commands.find((candidate) => candidate.matches(text, dc));
    return command && { command, text };
  }

  private async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const found = this.command(dc);
    return found?.command.run(dc, found.text);
  }

  /**
   * Two clear messages in a row in another language than the one spoken: offer it, once, in
   * that language, before the reply (so the reply's numbered options stay the last ones shown).
   * The count lives in this dialog's state, which is stored with the conversation.
   */
  private async offerLanguage(outerDc: DialogContext): Promise<boolean> {
    const state = outerDc.activeDialog?.state as MainState | undefined;
    if (!state || outerDc.context.activity.type !== 'message' || this.command(outerDc)) return false;
    const written = guessLanguage(typedText(outerDc.context));
    if (!written) return false;
    const { watch, offer } = watchLanguage(state.language, written, languageOf(turnLocale(outerDc.context)));
    state.language = watch;
    if (!offer) return false;
    await outerDc.context.sendActivity(catalogFor(offer).languageOffer);
    return true;
  }

  private async changeLanguage(dc: DialogContext, language: LanguageOptions): Promise<DialogTurnResult> {
    // What the person was doing starts again in the new language (a half-answered question cannot be re-asked in it).
    const running = [ENROLLMENT_DIALOG, ...this.entries.map((entry) => entry.dialogId)].find((id) => isDialogActive({ dialogStack: dc.stack }, id));
    await dc.cancelAllDialogs();
    return dc.beginDialog(ROUTE, { language, resume: running } satisfies RouteOptions);
  }

  private async showMenu(dc: DialogContext): Promise<DialogTurnResult> {
    if (turnParticipant(dc.context).status !== 'active') {
      // No menu before consent: ask the consent question again instead.
      if (dc.activeDialog) {
        await dc.repromptDialog();
        return { status: 'waiting' } as DialogTurnResult;
      }
      return dc.beginDialog(ROUTE);
    }
    await dc.cancelAllDialogs();
    return dc.beginDialog(ROUTE, { menu: true } satisfies RouteOptions);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as RouteOptions;
    if (options.language) {
      (step.values as { resume?: string }).resume = options.resume;
      return step.beginDialog(LANGUAGE_DIALOG, options.language);
    }
    const participant = turnParticipant(step.context);
    if (participant.status !== 'active') return step.beginDialog(ENROLLMENT_DIALOG);
    if (options.resume) return step.beginDialog(options.resume, options.message ? { message: options.message } : undefined);
    if (options.menu) return step.beginDialog(MENU_DIALOG);
    const said = step.context.activity.text ?? '';
    const named = entryNamedBy(this.entries, said);
    if (named) return step.beginDialog(named.dialogId);
    const asked = entryAskedBy(this.entries, said);
    if (asked) return step.beginDialog(asked.dialogId, { message: said });
    const text = turnText(step.context);
    // Waiting for a peer, a message the bot cannot read is for the peer, not a mistake.
    if (keptForPeer(step.context)) {
      await step.context.sendActivity(text.relayKept(primaryCrisisLine(this.deps.program, participant.region)));
      return step.endDialog();
    }
    return step.beginDialog(MENU_DIALOG, { intro: GREETING.test(said.trim()) ? text.menuIntro : text.notUnderstood });
  }

  private async afterStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as Partial<EnrollmentResult & LanguageResult & MenuResult & ResourcesResult> | undefined;
    // The dialog heard something that was not for it: route the same message afresh.
    if (result?.reroute === true) return step.replaceDialog(ROUTE);
    if (result?.language) {
      const { resume } = step.values as RouteOptions;
      return step.replaceDialog(ROUTE, (resume ? { resume } : { menu: true }) satisfies RouteOptions);
    }
    if (result?.chosen) return step.replaceDialog(ROUTE, { resume: result.chosen, ...(result.message ? { message: result.message } : {}) } satisfies RouteOptions);
    if (result?.enrolled === true) return step.replaceDialog(ROUTE, { menu: true } satisfies RouteOptions);
    return step.endDialog();
  }
}
