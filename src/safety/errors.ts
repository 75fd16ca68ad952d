/** A rule file that cannot be compiled; the message names the rule or list at fault. */
export class CrisisRulesError extends Error {
  readonly code = 'SAFETY.RULES_INVALID';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CrisisRulesError';
  }
}
