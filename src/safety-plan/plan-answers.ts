import type { Helper, PlanSection, SectionValue } from './sections.js';

// Enough for a real plan, small enough that one part still fits in a text or two.
const MAX_ITEMS = 12;
const MAX_ITEM_LENGTH = 200;
// A number as people type one: 7 digits or more, with spaces, dots, dashes or brackets between.
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/;
const MIN_PHONE_DIGITS = 7;

/** An answer split into entries: by commas, semicolons, new lines or bullets; tidied; at most 12. */
export function planItems(text: string): string[] {
  return text
    .replace(/\p{Cc}/gu, (character) => (character === '\n' ? '\n' : ' '))
    .split(/[,;\n\u2022]+/)
    .map((item) => item.replace(/\s+/g, ' ').replace(/^[\s\-*.:]+|[\s\-*:]+$/g, '').trim())
    .filter((item) => item.length > 0)
    .map((item) => [...item].slice(0, MAX_ITEM_LENGTH).join(''))
    .slice(0, MAX_ITEMS);
}

/** One entry of the people to ask: the number in it, if any, and the rest as the name ("Ana 780-555-0142"). */
export function helperIn(item: string): Helper {
  const found = PHONE.exec(item);
  if (!found || found[0].replace(/\D/g, '').length < MIN_PHONE_DIGITS) return { name: item, phone: null };
  const name = `${item.slice(0, found.index)} ${item.slice(found.index + found[0].length)}`
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-:,.]+|[\s\-:,(]+$/g, '')
    .replace(/\(\s*\)/g, '')
    .trim();
  return { name, phone: found[0].trim() };
}

/** What an answer to one part of the plan stores. */
export function sectionAnswer<S extends PlanSection>(section: S, text: string): SectionValue<S>;
export function sectionAnswer(section: PlanSection, text: string): readonly string[] | readonly Helper[] {
  const items = planItems(text);
  return section === 'helpers' ? items.map(helperIn) : items;
}
