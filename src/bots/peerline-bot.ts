import { ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { ConversationLock } from '../store/conversation-lock.js';
import { isDatabaseUnavailable } from '../store/database.js';
import { boundInboundText } from './inbound-text.js';
import { conversationKey, isErased, queuedInboundId } from './turn-state.js';
import type { TurnStep } from './turn-step.js';

export interface PeerlineBotOptions {
  readonly conversationState: ConversationState;
  readonly lock: ConversationLock;
  /** The pipeline for a participant's message, in the DESIGN's order. */
  readonly messageSteps: readonly TurnStep[];
  /** What runs when a person opens a chat with the bot (Teams, Emulator): a greeting. */
  readonly greetingSteps: readonly TurnStep[];
  /** What runs when the bot is added to a Teams channel: it may become the staff channel. */
  readonly installSteps?: readonly TurnStep[];
  /** Called inside the conversation's lock when a turn throws. */
  readonly onTurnError: (context: TurnContext, error: Error) => Promise<void>;
}

/** The bot: one conversation's turns one at a time, each through the pipeline. */
export class PeerlineBot {
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  /** The last stored inbound message whose turn was written, kept in the same row as the dialog state. */
  private readonly lastInbound: StatePropertyAccessor<string | undefined>;

  constructor(private readonly options: PeerlineBotOptions) {
    this.lastInbound = options.conversationState.createProperty<string | undefined>('lastInboundId');
  }

  /** Handles one activity from any adapter. */
  async run(context: TurnContext): Promise<void> {
    const steps = this.stepsFor(context);
    if (!steps) return;
    this.inFlight += 1;
    try {
      await this.options.lock.run(conversationKey(context), () => this.runSteps(context, steps));
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** Resolves once no turn is running (graceful shutdown). */
  async idle(): Promise<void> {
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private stepsFor(context: TurnContext): readonly TurnStep[] | undefined {
    const { activity } = context;
    if (activity.type === ActivityTypes.Message) {
      activity.text = boundInboundText(activity.text);
      return this.options.messageSteps;
    }
    if (activity.type === ActivityTypes.ConversationUpdate && this.personJoined(context)) return this.options.greetingSteps;
    if (activity.type === ActivityTypes.ConversationUpdate && this.addedToChannel(context)) return this.options.installSteps;
    return undefined; // other activity types are not for us
  }

  private addedToChannel(context: TurnContext): boolean {
    const { membersAdded, recipient, conversation } = context.activity;
    return conversation?.conversationType === 'channel' && (membersAdded ?? []).some((member) => member.id === recipient?.id);
  }

  private personJoined(context: TurnContext): boolean {
    const { membersAdded, recipient, conversation } = context.activity;
    const personal = !conversation?.conversationType || conversation.conversationType === 'personal';
    return personal && (membersAdded ?? []).some((member) => member.id !== recipient?.id);
  }

  private async runSteps(context: TurnContext, steps: readonly TurnStep[]): Promise<void> {
    try {
      // A stored message run again after its turn was written (the queue could not be told: a
      // crash, the database gone between the two writes) was answered already: do not answer twice.
      const inboundId = queuedInboundId(context);
      if (inboundId !== undefined && (await this.lastInbound.get(context)) === inboundId) return;
      for (const step of steps) {
        if ((await step.run(context)) === 'handled') break;
      }
      if (!isErased(context)) {
        // Written with the dialog state, in one row: the turn's state and "this message was handled" go together.
        if (inboundId !== undefined) await this.lastInbound.set(context, inboundId);
        await this.options.conversationState.saveChanges(context);
      }
    } catch (error) {
      // With the database away nothing can be stored or cleared: let the channel retry the
      // activity (an SMS stays queued) rather than answer it as if it had been handled.
      if (isDatabaseUnavailable(error)) throw error;
      await this.options.onTurnError(context, error instanceof Error ? error : new Error(String(error)));
    }
  }
}
