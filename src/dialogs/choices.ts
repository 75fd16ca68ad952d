import { ListStyle } from 'botbuilder-dialogs';

/**
 * Choices go out as suggested actions: buttons in Teams personal chat and the Emulator,
 * numbered options after the SMS and console renderers have turned them into text.
 */
export const CHOICE_STYLE = ListStyle.suggestedAction;
