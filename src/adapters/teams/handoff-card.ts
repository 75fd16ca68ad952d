import { CardFactory, type Attachment } from 'botbuilder';
import type { HandoffAlertFacts } from '../../handoff/staff-notifier.js';
import type { Handoff } from '../../store/handoffs.js';

/** What a button on a hand-off card submits (Teams merges the card's inputs, such as `note`, into it). */
export interface HandoffCardSubmit {
  readonly peerline: 'claim' | 'end';
  readonly handoffId: number;
  readonly note?: string;
}

/** Where the hand-off stands, as its card shows it. */
export type HandoffCardState =
  | { readonly status: 'open' }
  | { readonly status: 'claimed' | 'closed'; readonly by: string | null; readonly via: string | null };

/** The card's state for a hand-off row. */
export function cardStateOf(handoff: Pick<Handoff, 'status' | 'claimedBy' | 'claimedVia' | 'closedBy'>): HandoffCardState {
  if (handoff.status === 'open') return { status: 'open' };
  if (handoff.status === 'claimed') return { status: 'claimed', by: handoff.claimedBy, via: handoff.claimedVia };
  return { status: 'closed', by: handoff.closedBy ?? handoff.claimedBy, via: handoff.claimedVia };
}

const escalationText = (level: number): string => (level === 0 ? 'First alert' : `Not claimed yet: escalation ${level}`);

function statusText(state: HandoffCardState): string | undefined {
  if (state.status === 'open') return undefined;
  const by = state.by ?? 'staff';
  const via = state.via === 'sms' ? ' (by text)' : '';
  return state.status === 'claimed' ? `Claimed by ${by}${via}` : `Closed by ${by}`;
}

function actionsFor(handoffId: number, state: HandoffCardState): Record<string, unknown>[] {
  if (state.status === 'open') return [{ type: 'Action.Submit', title: 'Claim', data: { peerline: 'claim', handoffId } satisfies HandoffCardSubmit }];
  if (state.status === 'claimed') return [{ type: 'Action.Submit', title: 'End', data: { peerline: 'end', handoffId } satisfies HandoffCardSubmit }];
  return [];
}

/** The people to ask from the person's safety plan, when they agreed a peer may see them. */
function planContactsBlocks(facts: HandoffAlertFacts): Record<string, unknown>[] {
  const contacts = facts.planContacts ?? [];
  if (contacts.length === 0) return [];
  return [
    { type: 'TextBlock', text: 'People they would call, from their safety plan (shared with their consent)', size: 'Small', isSubtle: true, wrap: true },
    { type: 'FactSet', spacing: 'None', facts: contacts.map((helper) => ({ title: helper.name || 'No name given', value: helper.phone ?? 'No number given' })) },
  ];
}

/**
 * What a hand-off's card becomes once the person erased their data: the hand-off's number and
 * what happened, nothing about them (no alias, no check-ins, no plan), and no buttons.
 */
export function erasedHandoffCard(programName: string, handoffId: number): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      { type: 'TextBlock', text: `${programName}: hand-off ${handoffId}`, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: 'This person asked for their data to be erased. What this card showed about them has been removed.', wrap: true },
    ],
    actions: [],
  });
}

/**
 * The staff channel's card about a hand-off: who (first name or alias, never their number), why,
 * how urgent, the escalation level, a week of check-ins, the people from their safety plan if
 * they agreed, and Claim — or, once claimed, End.
 */
export function handoffAlertCard(programName: string, facts: HandoffAlertFacts, state: HandoffCardState): Attachment {
  const urgent = facts.urgency === 'urgent';
  const status = statusText(state);
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: `${programName}: hand-off ${facts.handoffId}${urgent ? ' - URGENT' : ''}`,
      weight: 'Bolder',
      size: 'Medium',
      color: urgent && state.status === 'open' ? 'Attention' : 'Default',
      wrap: true,
    },
    {
      type: 'FactSet',
      facts: [
        { title: 'Participant', value: facts.alias },
        { title: 'Reason', value: facts.reason },
        { title: 'Urgency', value: urgent ? 'Urgent' : 'Normal' },
        { title: 'Escalation', value: escalationText(facts.level) },
        ...(facts.optedOut ? [{ title: 'Texts', value: 'Opted out: a reply may not reach them' }] : []),
      ],
    },
    { type: 'TextBlock', text: `Check-ins, last 7 days (${facts.trend.from} to ${facts.trend.to})`, size: 'Small', isSubtle: true, wrap: true },
    ...(facts.trend.checkedIn === 0
      ? [{ type: 'TextBlock', text: 'No check-ins this week', spacing: 'None', wrap: true }]
      : [
          { type: 'TextBlock', text: `Mood ${facts.trend.mood}`, fontType: 'Monospace', spacing: 'None' },
          { type: 'TextBlock', text: `Craving ${facts.trend.craving}`, fontType: 'Monospace', spacing: 'None' },
        ]),
    ...planContactsBlocks(facts),
    ...(status ? [{ type: 'TextBlock', text: status, weight: 'Bolder', wrap: true }] : []),
    ...(state.status === 'claimed' ? [{ type: 'Input.Text', id: 'note', placeholder: 'A short note for the record (optional)', isMultiline: true }] : []),
  ];
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body,
    actions: actionsFor(facts.handoffId, state),
  });
}
