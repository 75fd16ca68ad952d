import {
  ComponentDialog,
  WaterfallDialog,
  type Dialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ProgramConfig } from '../config.js';
import { turnParticipant } from '../bots/turn-state.js';
import { catalogFor } from '../messages/index.js';
import { commandText, ERASE_DATA_REQUEST } from './commands.js';
import { ENROLLMENT_DIALOG, type EnrollmentResult } from './enrollment-dialog.js';
import { ERASE_DATA_DIALOG } from './erase-data-dialog.js';
import { MENU_DIALOG, entryNamedBy, type MenuEntry } from './menu-dialog.js';

export const MAIN_DIALOG = 'main';

/** A command that works anywhere in a conversation and interrupts whatever is running. */
interface GlobalCommand {
  readonly name: string;
  readonly pattern: RegExp;
  run(dc: DialogContext): Promise<DialogTurnResult>;
}

const GREETING = /^(hi+|hey+|hello|hola|bonjour|salut|yo|good (morning|afternoon|evening))\b/i;

/**
 * The root dialog: enrollment for someone new, otherwise the menu or the dialog a message
 * names. MENU, DELETE MY DATA and "are you a bot?" interrupt any dialog. (On SMS the words
 * carriers treat as opt-outs never appear here: MENU, BACK and SKIP do that work.)
 */
export class MainDialog extends ComponentDialog {
  private readonly commands: readonly GlobalCommand[];

  constructor(
    private readonly program: ProgramConfig,
    private readonly entries: readonly MenuEntry[],
    dialogs: readonly Dialog[],
  ) {
    super(MAIN_DIALOG);
    for (const dialog of dialogs) this.addDialog(dialog);
    this.addDialog(new WaterfallDialog(`${MAIN_DIALOG}.steps`, [this.routeStep.bind(this), this.afterStep.bind(this)]));
    this.initialDialogId = `${MAIN_DIALOG}.steps`;
    this.commands = [
      {
        name: 'menu',
        pattern: /^(menu|main menu|options|back|start over|home|men[uú]|opciones|volver|retour|accueil)$/i,
        run: (dc) => this.showMenu(dc),
      },
      {
        name: 'eraseData',
        pattern: ERASE_DATA_REQUEST,
        run: async (dc) => {
          await dc.cancelAllDialogs();
          return dc.beginDialog(ERASE_DATA_DIALOG);
        },
      },
      {
        name: 'whoAmI',
        pattern:
          /\b(are|r) (you|u) (a |an )?(bot|robot|human|real|person|ai|computer|machine)\b|\b(is this|am i talking to|talking to) (a |an )?(bot|robot|human|real person|person|machine|computer)\b|\b(eres|es) (un )?(robot|bot|humano|persona)\b|\b(es-tu|êtes-vous|t'es) (un )?(robot|bot|humain)\b/i,
        run: async (dc) => {
          await dc.context.sendActivity(catalogFor(turnParticipant(dc.context).locale).whoAmI(this.program));
          if (dc.activeDialog) {
            await dc.repromptDialog();
            return { status: 'waiting' } as DialogTurnResult;
          }
          return dc.endDialog();
        },
      },
    ];
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = commandText(dc.context.activity.text);
    if (dc.context.activity.type !== 'message' || text === '') return undefined;
    const command = this.commands.find((candidate) => candidate.pattern.test(text));
    return command?.run(dc);
  }

  private async showMenu(dc: DialogContext): Promise<DialogTurnResult> {
    if (turnParticipant(dc.context).status !== 'active') {
      // No menu before consent: ask the consent question again instead.
      if (dc.activeDialog) {
        await dc.repromptDialog();
        return { status: 'waiting' } as DialogTurnResult;
      }
      return dc.beginDialog(`${MAIN_DIALOG}.steps`);
    }
    await dc.cancelAllDialogs();
    return dc.beginDialog(MENU_DIALOG);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(step.context);
    if (participant.status !== 'active') return step.beginDialog(ENROLLMENT_DIALOG);
    const said = step.context.activity.text ?? '';
    const named = entryNamedBy(this.entries, said);
    if (named) return step.beginDialog(named.dialogId);
    const text = catalogFor(participant.locale);
    return step.beginDialog(MENU_DIALOG, { intro: GREETING.test(said.trim()) ? text.menuIntro : text.notUnderstood });
  }

  private async afterStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as Partial<EnrollmentResult> | undefined;
    if (result?.enrolled === true) return step.beginDialog(MENU_DIALOG);
    return step.endDialog();
  }
}
