import { TurnContext } from 'botbuilder';
import type { ParticipantRepository } from '../../store/participants.js';
import { setTurnParticipant } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

/** Finds (or creates) the participant and keeps their conversation reference current. */
export class ParticipantStep implements TurnStep {
  readonly name = 'participant';

  constructor(private readonly participants: ParticipantRepository) {}

  async run(context: TurnContext): Promise<StepOutcome> {
    const { channelId, from } = context.activity;
    const participant = await this.participants.findOrCreate(channelId, from.id);
    setTurnParticipant(context, participant);
    // Proactive messages start a new exchange: the id of the message being answered is not kept,
    // so the reference changes (and is written) only when the conversation itself does.
    const { activityId: _answered, ...reference } = TurnContext.getConversationReference(context.activity);
    await this.participants.saveConversationReference(participant.id, JSON.parse(JSON.stringify(reference)) as Record<string, unknown>);
    return 'continue';
  }
}
