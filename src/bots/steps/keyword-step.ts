import type { TurnContext } from 'botbuilder';
import { classifyKeyword, isPlainLanguageStopRequest } from '../../adapters/sms/keywords.js';
import type { ProgramConfig } from '../../config.js';
import type { Logger } from '../../logging.js';
import { catalogFor } from '../../messages/index.js';
import type { ParticipantRepository } from '../../store/participants.js';
import { helpText } from '../../dialogs/help-dialog.js';
import { setTurnParticipant, turnLocale, turnParticipant, typedText } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

// HELP in the other languages the bot speaks, answered like HELP (the carrier keywords stay English).
const HELP_IN_OTHER_LANGUAGES = /^\s*(ayuda|aide)\s*[.!?]?\s*$/i;

/**
 * STOP and its synonyms opt out at once, START opts back in, HELP (AYUDA, AIDE) answers; after
 * an opt-out nothing else is said (the crisis screen, earlier in the pipeline, still answers).
 * Every answer is in the person's language.
 */
export class KeywordStep implements TurnStep {
  readonly name = 'keywords';

  constructor(
    private readonly program: ProgramConfig,
    private readonly participants: ParticipantRepository,
    private readonly logger: Logger,
  ) {}

  // Twilio opts a number back in on YES as well as START; our record must agree with it.
  private optInByYes(context: TurnContext, typed: string): boolean {
    return (
      context.activity.channelId === 'sms' && turnParticipant(context).status === 'opted_out' && /^\s*yes\s*[.!]?\s*$/i.test(typed)
    );
  }

  async run(context: TurnContext): Promise<StepOutcome> {
    const participant = turnParticipant(context);
    const text = catalogFor(turnLocale(context));
    // Keywords are read on the text as typed: a reply of "2" must never turn into a keyword.
    const typed = typedText(context);
    const channelData = (context.activity.channelData ?? {}) as { optOutType?: string };
    const keyword = this.optInByYes(context, typed)
      ? 'start'
      : (classifyKeyword(typed, channelData.optOutType) ?? (HELP_IN_OTHER_LANGUAGES.test(typed) ? 'help' : undefined));
    // Twilio answers STOP and START itself on numbers with its opt-out handling; a second
    // confirmation from us would be the "something after STOP" the rules forbid.
    const carrierConfirms = context.activity.channelId === 'sms' && this.program.sms.twilioHandlesOptOutKeywords;

    switch (keyword) {
      case 'stop':
        setTurnParticipant(context, await this.participants.optOut(participant.id));
        this.logger.info({ participantId: participant.id, event: 'opted_out' }, 'participant opted out');
        if (!carrierConfirms) await context.sendActivity(text.optOutConfirmed(this.program));
        return 'handled';
      case 'start': {
        const updated = await this.participants.optIn(participant.id);
        setTurnParticipant(context, updated);
        this.logger.info({ participantId: participant.id, event: 'opted_in' }, 'participant opted in');
        if (updated.status === 'pending_consent') return 'continue';
        if (!carrierConfirms) await context.sendActivity(text.optInConfirmed(this.program));
        return 'handled';
      }
      case 'help':
        await context.sendActivity(helpText(this.program, context));
        return 'handled';
      default:
        break;
    }
    if (participant.status === 'opted_out') return 'handled';
    if (isPlainLanguageStopRequest(typed)) {
      await context.sendActivity(text.stopQuestion(this.program));
      return 'handled';
    }
    return 'continue';
  }
}
