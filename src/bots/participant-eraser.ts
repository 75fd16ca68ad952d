import type { ConversationState, TurnContext } from 'botbuilder';
import type { Logger } from '../logging.js';
import type { ParticipantRepository } from '../store/participants.js';
import type { ProcessedActivityRepository } from '../store/processed-activities.js';
import { conversationKey, markErased, turnParticipant } from './turn-state.js';

/** Erases what a channel keeps about an address outside the participant's rows (SMS queues). */
export type AddressEraser = (channel: string, address: string) => Promise<void>;

/** Erases the participant of a turn: their rows (cascading), their dialog state, their activity ids. */
export class ParticipantEraser {
  constructor(
    private readonly participants: ParticipantRepository,
    private readonly processed: ProcessedActivityRepository,
    private readonly conversationState: ConversationState,
    private readonly addressErasers: readonly AddressEraser[],
    private readonly logger: Logger,
  ) {}

  async erase(context: TurnContext): Promise<void> {
    const participant = turnParticipant(context);
    await this.participants.erase(participant.id);
    for (const eraseAddress of this.addressErasers) await eraseAddress(participant.channel, participant.address);
    await this.processed.forgetConversation(conversationKey(context));
    await this.conversationState.delete(context);
    markErased(context);
    this.logger.info({ participantId: participant.id, event: 'erased' }, 'participant data erased');
  }
}
