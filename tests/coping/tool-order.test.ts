import { describe, expect, it } from 'vitest';
import { parseRating } from '../../src/coping/rating.js';
import { orderTools, type ToolRating } from '../../src/coping/tool-order.js';

const rating = (tool: ToolRating['tool'], average: number, count = 1): ToolRating => ({ tool, average, count });

describe('the order coping tools are offered in', () => {
  it.each<[string, ToolRating[], string[]]>([
    ['no ratings: the standard order', [], ['urgeSurfing', 'grounding', 'breathing', 'halt', 'playTapeForward']],
    ['what helped comes first, best first', [rating('halt', 4), rating('breathing', 5)], ['breathing', 'halt', 'urgeSurfing', 'grounding', 'playTapeForward']],
    ['what did not help goes after what is untried', [rating('urgeSurfing', 1)], ['grounding', 'breathing', 'halt', 'playTapeForward', 'urgeSurfing']],
    ['a 3 helped', [rating('playTapeForward', 3)], ['playTapeForward', 'urgeSurfing', 'grounding', 'breathing', 'halt']],
    ['equal averages: the more often rated first', [rating('grounding', 4, 1), rating('halt', 4, 3)], ['halt', 'grounding', 'urgeSurfing', 'breathing', 'playTapeForward']],
    ['unhelpful ones, least bad first', [rating('grounding', 1), rating('breathing', 2.5)], ['urgeSurfing', 'halt', 'playTapeForward', 'breathing', 'grounding']],
  ])('%s', (_, ratings, order) => {
    expect(orderTools(ratings)).toEqual(order);
  });
});

describe('"Did that help? 1-5"', () => {
  it.each([
    ['4', 4],
    ['5!', 5],
    ['a 3', 3],
    ['4/5', 4],
    ['2 out of 5', 2],
    ['Four', 4],
    ['cuatro', 4],
    ['deux', 2],
    ['0', undefined],
    ['6', undefined],
    ['45', undefined],
    ['a lot', undefined],
    ['one more time', undefined],
  ])('%j is %j', (text, value) => {
    expect(parseRating(text)).toBe(value);
  });
});
