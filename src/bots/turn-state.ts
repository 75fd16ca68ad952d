import type { TurnContext } from 'botbuilder';
import type { Handoff } from '../store/handoffs.js';
import type { Participant } from '../store/participants.js';

const PARTICIPANT = Symbol('peerline.participant');
const ERASED = Symbol('peerline.erased');

/** Remembers the participant this turn is for, so dialogs need not look them up again. */
export function setTurnParticipant(context: TurnContext, participant: Participant): void {
  context.turnState.set(PARTICIPANT, participant);
}

/** The participant of this turn; the pipeline sets it before any dialog runs. */
export function turnParticipant(context: TurnContext): Participant {
  const participant = context.turnState.get(PARTICIPANT) as Participant | undefined;
  if (!participant) throw new Error('no participant on this turn');
  return participant;
}

/** The participant of this turn if the pipeline got as far as finding them. */
export function turnParticipantIfKnown(context: TurnContext): Participant | undefined {
  return context.turnState.get(PARTICIPANT) as Participant | undefined;
}

/**
 * The locale to speak in this turn: the one the person chose, else the one their client sends
 * (Teams, the Emulator), which is used but never stored as their choice.
 */
export function turnLocale(context: TurnContext): string | null {
  return turnParticipantIfKnown(context)?.locale ?? context.activity.locale ?? null;
}

/** Marks the person's data erased: the turn must not write their state back. */
export function markErased(context: TurnContext): void {
  context.turnState.set(ERASED, true);
}

export function isErased(context: TurnContext): boolean {
  return context.turnState.get(ERASED) === true;
}

/**
 * The message as the person typed it: on SMS a reply of "2" is read as the option it picks,
 * but keywords and the crisis screen must see what was really written.
 */
export function typedText(context: TurnContext): string {
  const channelData = (context.activity.channelData ?? {}) as { rawText?: string };
  return channelData.rawText ?? context.activity.text ?? '';
}

/** The key that serialises a conversation's turns. */
export function conversationKey(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  return `${channelId}/${conversation?.id ?? ''}`;
}

const QUEUED_INBOUND = Symbol('peerline.queuedInbound');

/**
 * This turn is for a stored inbound message with this id (an SMS MessageSid): one that may be run
 * again after a crash or outage, and must then not be handled twice.
 */
export function setQueuedInboundId(context: TurnContext, id: string): void {
  context.turnState.set(QUEUED_INBOUND, id);
}

export function queuedInboundId(context: TurnContext): string | undefined {
  return context.turnState.get(QUEUED_INBOUND) as string | undefined;
}

const KEPT_FOR_PEER = Symbol('peerline.keptForPeer');

/** This message was kept for the peer who will pick up the person's open request. */
export function markKeptForPeer(context: TurnContext): void {
  context.turnState.set(KEPT_FOR_PEER, true);
}

/** Whether this message was kept for a peer: then a message the bot does not understand is not "not understood". */
export function keptForPeer(context: TurnContext): boolean {
  return context.turnState.get(KEPT_FOR_PEER) === true;
}

const HANDOFF_READ = Symbol('peerline.handoffRead');

/**
 * Remembers the person's current hand-off as the relay read it, so later steps of the same turn
 * need not read it again. Only a read that nothing in the turn has changed since may be kept.
 */
export function rememberHandoff(context: TurnContext, handoff: Handoff | undefined): void {
  context.turnState.set(HANDOFF_READ, { handoff });
}

/** The hand-off read earlier in this turn (`{ handoff: undefined }`: read, and there is none), or undefined if not read. */
export function handoffReadThisTurn(context: TurnContext): { readonly handoff: Handoff | undefined } | undefined {
  return context.turnState.get(HANDOFF_READ) as { handoff: Handoff | undefined } | undefined;
}

const CRITICAL = Symbol('peerline.critical');

/** This turn's replies are crisis replies: on SMS, never dropped for want of an answer from Twilio. */
export function markCritical(context: TurnContext): void {
  context.turnState.set(CRITICAL, true);
}

export function isCritical(context: TurnContext): boolean {
  return context.turnState.get(CRITICAL) === true;
}
