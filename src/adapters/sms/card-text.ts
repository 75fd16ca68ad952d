/** Hero, thumbnail and Adaptive Cards reduced to the lines and choices an SMS can carry. */
import { type Attachment, CardFactory } from 'botbuilder';
import { stripMarkdown } from './plain-text.js';

/** A choice a person can make by replying with its number or title. */
export interface SmsChoice {
  title: string;
  value: string;
}

/** What a card or an action contributes to an SMS. */
export interface SmsContent {
  lines: string[];
  choices: SmsChoice[];
}

// Cards are author data from anywhere; stop walking absurdly deep nesting.
const MAX_DEPTH = 12;

/** The text and choices of a card attachment, or undefined for attachments SMS cannot show. */
export function attachmentToSms(attachment: Attachment): SmsContent | undefined {
  const content: unknown = attachment.content;
  switch (attachment.contentType) {
    case CardFactory.contentTypes.heroCard:
    case CardFactory.contentTypes.thumbnailCard:
      return heroCardToSms(content);
    case CardFactory.contentTypes.adaptiveCard:
      return adaptiveCardToSms(content);
    default:
      return undefined;
  }
}

/** A Bot Framework card action (suggested action or card button) as a choice or a link line. */
export function cardActionToSms(action: unknown): SmsContent {
  const empty: SmsContent = { lines: [], choices: [] };
  if (!isRecord(action)) return empty;
  const title = text(action.title);
  switch (action.type) {
    case 'imBack':
    case 'postBack':
      return choice(title, raw(action.value) || title);
    case 'messageBack':
      return choice(title, raw(action.text) || raw(action.displayText) || raw(action.value) || title);
    case 'openUrl':
    case 'call':
      return link(title, raw(action.value));
    default:
      return empty;
  }
}

function heroCardToSms(card: unknown): SmsContent | undefined {
  if (!isRecord(card)) return undefined;
  const lines = [card.title, card.subtitle, card.text].map(text).filter((line) => line !== '');
  const actions = Array.isArray(card.buttons) ? card.buttons.map(cardActionToSms) : [];
  return merge([{ lines, choices: [] }, ...actions]);
}

function adaptiveCardToSms(card: unknown): SmsContent | undefined {
  if (!isRecord(card)) return undefined;
  const body = elementsToSms(card.body, 0);
  const actions = adaptiveActionsToSms(card.actions);
  const content = merge([body, actions]);
  const fallback = text(card.fallbackText);
  if (content.lines.length === 0 && fallback !== '') content.lines.push(fallback);
  return content;
}

function elementsToSms(elements: unknown, depth: number): SmsContent {
  if (!Array.isArray(elements) || depth > MAX_DEPTH) return { lines: [], choices: [] };
  return merge(elements.map((element) => elementToSms(element, depth + 1)));
}

function elementToSms(element: unknown, depth: number): SmsContent {
  if (!isRecord(element)) return { lines: [], choices: [] };
  switch (element.type) {
    case 'TextBlock':
      return lineOf(text(element.text));
    case 'RichTextBlock':
      return lineOf(text(Array.isArray(element.inlines) ? element.inlines.map(inlineText).join('') : ''));
    case 'FactSet':
      return { lines: Array.isArray(element.facts) ? element.facts.map(factLine).filter(Boolean) : [], choices: [] };
    case 'Container':
      return elementsToSms(element.items, depth);
    case 'ColumnSet':
      return Array.isArray(element.columns)
        ? merge(element.columns.map((column) => elementsToSms(isRecord(column) ? column.items : undefined, depth)))
        : { lines: [], choices: [] };
    case 'ActionSet':
      return adaptiveActionsToSms(element.actions);
    default:
      return { lines: [], choices: [] };
  }
}

function adaptiveActionsToSms(actions: unknown): SmsContent {
  if (!Array.isArray(actions)) return { lines: [], choices: [] };
  return merge(actions.map(adaptiveActionToSms));
}

function adaptiveActionToSms(action: unknown): SmsContent {
  if (!isRecord(action)) return { lines: [], choices: [] };
  const title = text(action.title);
  switch (action.type) {
    case 'Action.Submit':
    case 'Action.Execute':
      return choice(title, submitValue(action.data) || title);
    case 'Action.OpenUrl':
      return link(title, raw(action.url));
    default:
      return { lines: [], choices: [] };
  }
}

// A submit's data is an object for the bot's `activity.value`; over SMS only text comes back, so prefer the text a
// Teams imBack/messageBack would have sent and fall back to the title.
function submitValue(data: unknown): string {
  if (typeof data === 'string') return data.trim();
  if (!isRecord(data) || !isRecord(data.msteams)) return '';
  return raw(data.msteams.value) || raw(data.msteams.text) || raw(data.msteams.displayText);
}

function inlineText(inline: unknown): string {
  if (typeof inline === 'string') return inline;
  return isRecord(inline) && typeof inline.text === 'string' ? inline.text : '';
}

function factLine(fact: unknown): string {
  if (!isRecord(fact)) return '';
  const title = text(fact.title);
  const value = text(fact.value);
  return title && value ? `${title}: ${value}` : title || value;
}

function choice(title: string, value: string): SmsContent {
  return title === '' && value === '' ? { lines: [], choices: [] } : { lines: [], choices: [{ title: title || value, value }] };
}

function link(title: string, target: string): SmsContent {
  if (target === '') return lineOf(title);
  return lineOf(title === '' || title === target ? target : `${title}: ${target}`);
}

function lineOf(line: string): SmsContent {
  return { lines: line === '' ? [] : [line], choices: [] };
}

function merge(parts: readonly SmsContent[]): SmsContent {
  return { lines: parts.flatMap((p) => p.lines), choices: parts.flatMap((p) => p.choices) };
}

/** Display text: markdown removed. */
function text(value: unknown): string {
  return typeof value === 'string' ? stripMarkdown(value).trim() : '';
}

/** A value the bot will receive back, or a URL: kept as written. */
function raw(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
