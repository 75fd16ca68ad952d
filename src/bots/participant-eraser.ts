import type { ConversationState, TurnContext } from 'botbuilder';
import type { Logger } from '../logging.js';
import type { Participant, ParticipantRepository } from '../store/participants.js';
import type { ProcessedActivityRepository } from '../store/processed-activities.js';
import { conversationKey, markErased, turnParticipant } from './turn-state.js';

/**
 * Erases what is kept about a person outside the rows that cascade from theirs (the SMS
 * queues, staff alerts naming them); runs before their rows go, so it can still find them.
 */
export type RelatedEraser = (participant: Participant) => Promise<void>;

/** Erases the participant of a turn: their rows (cascading), their dialog state, their activity ids. */
export class ParticipantEraser {
  constructor(
    private readonly participants: ParticipantRepository,
    private readonly processed: ProcessedActivityRepository,
    private readonly conversationState: ConversationState,
    private readonly relatedErasers: readonly RelatedEraser[],
    private readonly logger: Logger,
  ) {}

  async erase(context: TurnContext): Promise<void> {
    const participant = turnParticipant(context);
    for (const eraseRelated of this.relatedErasers) await eraseRelated(participant);
    await this.participants.erase(participant.id);
    await this.processed.forgetConversation(conversationKey(context));
    await this.conversationState.delete(context);
    markErased(context);
    this.logger.info({ participantId: participant.id, event: 'erased' }, 'participant data erased');
  }
}
