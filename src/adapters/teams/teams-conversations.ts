import { TurnContext, type Activity } from 'botbuilder';

/** The Teams channel id. */
export const TEAMS_CHANNEL_ID = 'msteams';

// In a Teams channel, a thread is the channel's conversation id with its root post's id appended.
const THREAD_MARK = ';messageid=';

/** The channel a conversation id (perhaps a thread's) belongs to. */
export const channelOf = (conversationId: string): string => conversationId.split(THREAD_MARK)[0] ?? conversationId;

/** The root post of a thread's conversation id; undefined for a channel's or a chat's. */
export function threadRootOf(conversationId: string): string | undefined {
  const at = conversationId.indexOf(THREAD_MARK);
  return at < 0 ? undefined : conversationId.slice(at + THREAD_MARK.length) || undefined;
}

/** The conversation id of the thread under `rootId` in `channelConversationId`. */
export const threadOf = (channelConversationId: string, rootId: string): string => `${channelOf(channelConversationId)}${THREAD_MARK}${rootId}`;

/** Whether the activity is in a one-to-one chat with the bot (not a channel or a group chat). */
export function isPersonal(activity: Partial<Pick<Activity, 'conversation'>>): boolean {
  const type = activity.conversation?.conversationType;
  return !type || type === 'personal';
}

/** A reference for posting into this activity's conversation later: a new message, never a reply to this one. */
export function postingReference(activity: Partial<Activity>): Record<string, unknown> {
  const { activityId: _replyTo, ...reference } = TurnContext.getConversationReference(activity);
  return JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
}

/** The same reference, pointed at another conversation of the same team (a thread, the channel). */
export function referenceIn(reference: Record<string, unknown>, conversationId: string): Record<string, unknown> {
  const { activityId: _replyTo, ...rest } = reference;
  const conversation = (reference.conversation ?? {}) as Record<string, unknown>;
  return { ...rest, conversation: { ...conversation, id: conversationId } };
}
