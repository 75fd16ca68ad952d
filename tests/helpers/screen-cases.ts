import { CrisisScreen, MODEL_RULE_ID } from '../../src/safety/index.js';

/** Ambiguous lines, one of which the bundled model flags as worth a question (no rule fires on any). */
const AMBIGUOUS = [
  'he hit me up last night',
  'he keeps following me',
  "he's waiting outside again",
  'idk how much longer i can do this',
  'I do not know what to do',
  "can't sleep, pulling away",
];

/**
 * The first ambiguous line the bundled screen answers with `check`, by the model alone: tests
 * of the check conversation use it, so retraining the model moves the line, not the test.
 */
export function modelCheckMessage(screen: CrisisScreen = CrisisScreen.load()): string {
  const found = AMBIGUOUS.find((text) => {
    const result = screen.screen(text);
    return result.level === 'check' && result.evidence.every((evidence) => evidence.ruleId === MODEL_RULE_ID);
  });
  if (!found) throw new Error('no ambiguous line reads as a check: add one the model asks about to tests/helpers/screen-cases.ts');
  return found;
}
