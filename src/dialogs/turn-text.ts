import type { TurnContext } from 'botbuilder';
import { turnLocale } from '../bots/turn-state.js';
import { catalogFor, type Catalog } from '../messages/index.js';

/** What the bot says this turn, in the person's language. */
export function turnText(context: TurnContext): Catalog {
  return catalogFor(turnLocale(context));
}
