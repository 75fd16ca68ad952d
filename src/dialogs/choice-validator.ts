import type { FoundChoice, PromptValidatorContext } from 'botbuilder-dialogs';

// botbuilder's choice recognizer picks an option on any shared word or any number in the
// reply ("i used to cut, 3 years clean now" picks option 3): only a short reply, or one that
// names the whole option, counts as a choice.
const MAX_WORDS_OF_A_CHOICE = 4;

/** Accepts a choice only when the reply clearly is one. */
export async function clearChoice(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
  if (!prompt.recognized.succeeded || !prompt.recognized.value) return false;
  const said = (prompt.context.activity.text ?? '').trim().toLowerCase();
  if (said.split(/\s+/).length <= MAX_WORDS_OF_A_CHOICE) return true;
  return said.includes(prompt.recognized.value.value.toLowerCase());
}
