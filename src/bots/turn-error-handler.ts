import type { ConversationState, TurnContext } from 'botbuilder';
import type { ProgramConfig } from '../config.js';
import type { Logger } from '../logging.js';
import { catalogFor, primaryCrisisLine } from '../messages/index.js';

/**
 * What every adapter does when a turn throws: log the stack, clear the broken dialog so
 * the next message starts clean, and tell the person briefly, with a way to reach a human.
 */
export function createTurnErrorHandler(options: {
  readonly program: ProgramConfig;
  readonly conversationState: ConversationState;
  readonly logger: Logger;
}): (context: TurnContext, error: Error) => Promise<void> {
  const { program, conversationState, logger } = options;
  return async (context, error) => {
    logger.error({ err: error, channel: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    await conversationState.delete(context).catch((cause: unknown) => logger.warn({ err: cause }, 'could not clear conversation state'));
    if (context.activity.type !== 'message') return;
    const line = primaryCrisisLine(program, undefined);
    await context
      .sendActivity(catalogFor(context.activity.locale).turnFailed(line))
      .catch((cause: unknown) => logger.warn({ err: cause }, 'could not tell the participant the turn failed'));
  };
}
