/** Activities rendered as SMS text with numbered options, and numbered replies resolved back to option values. */
import { type Activity } from 'botbuilder';
import { attachmentToSms, cardActionToSms, type SmsChoice, type SmsContent } from './card-text.js';
import { smartEncode, type SmartEncodingOptions } from './gsm7.js';
import { classifyKeyword } from './keywords.js';
import { stripMarkdown } from './plain-text.js';

/** A numbered choice shown in an SMS; replying with its number or title sends `value` to the bot. */
export interface SmsOption {
  number: number;
  title: string;
  value: string;
}

/** An activity as SMS: the text to send (options included) and the options to remember for the reply. */
export interface SmsRendering {
  text: string;
  options: SmsOption[];
}

// A title people would copy back must not be a carrier opt-out word: "Cancel" typed back would unsubscribe them.
const OPT_OUT_TITLE_STAND_INS: ReadonlyMap<string, string> = new Map([['END', 'Done']]);
const OPT_OUT_TITLE_DEFAULT = 'Never mind';

/**
 * Renders text, cards and suggested actions. Options go one per line as "1 Yes": the number leads because it is
 * what people type back, and no brackets or "Reply" line spend characters that push a text into a second segment.
 * With `encoding` (the SMS channel), the text and titles are made GSM-7 where that keeps their meaning
 * ({@link smartEncode}): this is the one place outbound SMS text gets it, so no message needs its own care.
 */
export function renderActivityForSms(activity: Partial<Activity>, encoding?: SmartEncodingOptions): SmsRendering {
  const rendered = renderPlain(activity);
  if (encoding === undefined) return rendered;
  return {
    text: smartEncode(rendered.text, encoding),
    options: rendered.options.map((option) => ({ ...option, title: smartEncode(option.title, encoding) })),
  };
}

function renderPlain(activity: Partial<Activity>): SmsRendering {
  const blocks: string[] = [];
  const choices: SmsChoice[] = [];
  const body = stripMarkdown(activity.text ?? '').trim();
  if (body !== '') blocks.push(body);
  const contents: SmsContent[] = [
    ...(activity.attachments ?? []).flatMap((attachment) => attachmentToSms(attachment) ?? []),
    ...(activity.suggestedActions?.actions ?? []).map(cardActionToSms),
  ];
  for (const content of contents) {
    if (content.lines.length > 0) blocks.push(content.lines.join('\n'));
    choices.push(...content.choices);
  }
  const options = numberChoices(choices);
  const optionLines = options.map((option) => `${option.number} ${option.title}`).join('\n');
  return { text: [blocks.join('\n\n'), optionLines].filter((part) => part !== '').join('\n'), options };
}

/** The value of the option a reply picks ("1", " 1 ", "1.", "#1", or the title in any case); otherwise the text. */
export function resolveNumberedReply(text: string, options: readonly SmsOption[]): string {
  if (options.length === 0) return text;
  const numbered = /^#?\s*(\d{1,3})\s*[.)]?$/.exec(text.trim());
  if (numbered !== null) {
    return options.find((option) => option.number === Number(numbered[1]))?.value ?? text;
  }
  const typed = comparable(text);
  return options.find((option) => comparable(option.title) === typed)?.value ?? text;
}

function numberChoices(choices: readonly SmsChoice[]): SmsOption[] {
  const seen = new Set<string>();
  const options: SmsOption[] = [];
  for (const choice of choices) {
    const key = `${choice.title}\u0000${choice.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    options.push({ number: options.length + 1, title: safeTitle(choice.title), value: choice.value });
  }
  return options;
}

function safeTitle(title: string): string {
  if (classifyKeyword(title) !== 'stop') return title;
  return OPT_OUT_TITLE_STAND_INS.get(comparable(title).toUpperCase()) ?? OPT_OUT_TITLE_DEFAULT;
}

function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
