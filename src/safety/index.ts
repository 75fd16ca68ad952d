export { CrisisScreen, MODEL_RULE_ID } from './crisis-screen.js';
export { CrisisRulesError } from './errors.js';
export { evaluateLevels, evaluateScreen, type EvalCase, type EvalReport, type GroupFigures } from './evaluate.js';
export {
  CRISIS_CATEGORIES,
  type CrisisCategory,
  type CrisisEvidence,
  type CrisisSubject,
  type ScreenContext,
  type ScreenLevel,
  SCREEN_LEVELS,
  type ScreenLang,
  type ScreenResult,
} from './types.js';
