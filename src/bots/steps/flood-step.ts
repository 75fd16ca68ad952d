import type { TurnContext } from 'botbuilder';
import type { ProgramConfig } from '../../config.js';
import { commandText, ERASE_DATA_REQUEST } from '../../dialogs/commands.js';
import type { Logger } from '../../logging.js';
import { catalogFor, primaryCrisisLine } from '../../messages/index.js';
import { turnLocale, turnParticipant, typedText } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

/** How a message stands against its sender's rate: calm, the first past the limit in this window, or later ones. */
export type FloodState = 'calm' | 'flood_start' | 'flooding';

/** Measures a sender's rate from what the channel stored, and records the messages held back. */
export interface FloodGauge {
  assess(context: TurnContext): Promise<FloodState>;
  recordThrottled(context: TurnContext): Promise<void>;
}

/**
 * One sender flooding the bot is answered politely, not a hundred times: past the limit, their
 * texts are kept (stored and crisis-screened, earlier in the pipeline), one kind notice goes out
 * per window, and the dialogs stay still until the flood stops. STOP, HELP and DELETE MY DATA
 * still work; so does a peer's relay.
 */
export class FloodStep implements TurnStep {
  readonly name = 'flood';

  constructor(
    private readonly program: ProgramConfig,
    private readonly gauge: FloodGauge,
    private readonly logger: Logger,
  ) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    if (ERASE_DATA_REQUEST.test(commandText(typedText(context)))) return 'continue';
    const state = await this.gauge.assess(context);
    if (state === 'calm') return 'continue';
    await this.gauge.recordThrottled(context);
    if (state === 'flood_start') {
      const participant = turnParticipant(context);
      this.logger.info({ participantId: participant.id, event: 'flood_throttled' }, 'a sender is flooding; texts are kept but not answered one by one');
      await context.sendActivity(catalogFor(turnLocale(context)).flooding(primaryCrisisLine(this.program, participant.region)));
    }
    return 'handled';
  }
}
