import { type z } from 'zod';
import { CrisisRulesError } from './errors.js';
import { type RuleSet, ruleSetSchema } from './rule-schema.js';

/** Parses an unknown value as a rule set, or throws naming every bad rule and field. */
export function validateRuleSet(input: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => describeIssue(input, issue));
  throw new CrisisRulesError(`invalid crisis rules:\n  ${problems.join('\n  ')}`, { cause: parsed.error });
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  const ruleName = ruleIdAt(input, issue.path);
  const where = ruleName ? `rule "${ruleName}" (${path.join('.')})` : path.join('.') || '(root)';
  return `${where}: ${issue.message}`;
}

/** Finds the id of the rule an issue path points into, so the error names it. */
function ruleIdAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
  const rulesAt = path.indexOf('rules');
  if (rulesAt < 0 || rulesAt + 1 >= path.length) return undefined;
  let node: unknown = input;
  for (const key of path.slice(0, rulesAt + 2)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node === null || typeof node !== 'object') return `#${String(path[rulesAt + 1])}`;
  const id = (node as Record<string, unknown>).id;
  return typeof id === 'string' ? id : `#${String(path[rulesAt + 1])}`;
}
