import type { ConversationState, TurnContext } from 'botbuilder';
import type { ProgramConfig } from '../config.js';
import type { Logger } from '../logging.js';
import { crisisReplyLang, firstCrisisReply } from '../features/crisis/first-reply.js';
import { situationOf } from '../features/crisis/situation.js';
import { catalogFor, primaryCrisisLine } from '../messages/index.js';
import type { CrisisScreen } from '../safety/index.js';
import { turnLocale, turnParticipantIfKnown, typedText } from './turn-state.js';

/**
 * What every adapter does when a turn throws: log the stack, clear the broken dialog so the
 * next message starts clean, and tell the person briefly, with a way to reach a human. The
 * crisis screen needs no database, so even when the turn failed because the database is
 * away, a message in crisis still gets the crisis lines.
 */
export function createTurnErrorHandler(options: {
  readonly program: ProgramConfig;
  readonly conversationState: ConversationState;
  readonly screen: CrisisScreen;
  readonly logger: Logger;
}): (context: TurnContext, error: Error) => Promise<void> {
  const { program, conversationState, screen, logger } = options;
  return async (context, error) => {
    logger.error({ err: error, channel: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    await conversationState.delete(context).catch((cause: unknown) => logger.warn({ err: cause }, 'could not clear conversation state'));
    if (context.activity.type !== 'message') return;
    const result = screen.screen(typedText(context));
    const participant = turnParticipantIfKnown(context);
    // Nothing after STOP, except the crisis lines to someone writing in crisis.
    if (!result.crisis && participant?.status === 'opted_out') return;
    // In the person's language and with their region's lines, when the turn got as far as knowing them.
    const locale = turnLocale(context);
    const region = participant?.region;
    const reply = result.crisis
      ? firstCrisisReply({
          program,
          region,
          situation: situationOf(result),
          lang: crisisReplyLang(locale, result.lang),
          peerAlerted: false,
        })
      : catalogFor(locale).turnFailed(primaryCrisisLine(program, region));
    await context.sendActivity(reply).catch((cause: unknown) => logger.warn({ err: cause }, 'could not tell the participant the turn failed'));
  };
}
