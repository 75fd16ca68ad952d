import { ChoicePrompt, type Choice, type FoundChoice, type PromptValidatorContext } from 'botbuilder-dialogs';
import { CHOICE_STYLE } from './choices.js';

// botbuilder's choice recognizer picks an option on any shared word or any number in the
// reply ("i used to cut, 3 years clean now" picks option 3): only a short reply, or one that
// names the whole option or says one of its synonyms whole, counts as a choice.
const MAX_WORDS_OF_A_CHOICE = 4;

const plain = (text: string) => text.trim().toLowerCase().replace(/[.!?]+$/, '');

/** Accepts a choice only when the reply clearly is one. */
export async function clearChoice(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
  if (!prompt.recognized.succeeded || !prompt.recognized.value) return false;
  const said = plain(prompt.context.activity.text ?? '');
  if (said.split(/\s+/).length <= MAX_WORDS_OF_A_CHOICE) return true;
  const found = prompt.recognized.value;
  if (said.includes(found.value.toLowerCase())) return true;
  const choice = (prompt.options.choices as (string | Choice)[] | undefined)?.[found.index];
  const synonyms = typeof choice === 'object' ? (choice.synonyms ?? []) : [];
  return synonyms.some((synonym) => plain(synonym) === said);
}

/** A choice prompt as the bot asks every choice: shown as suggested actions, taking only a clear answer. */
export function clearChoicePrompt(dialogId: string): ChoicePrompt {
  const prompt = new ChoicePrompt(dialogId, clearChoice);
  prompt.style = CHOICE_STYLE;
  return prompt;
}
