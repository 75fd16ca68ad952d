import { describe, expect, it } from 'vitest';
import { staffCommandOfSubmit } from '../../src/bots/steps/staff-step.js';

describe('a button pressed on a hand-off card', () => {
  it.each([
    ['Claim', { peerline: 'claim', handoffId: 42 }, { kind: 'claim', handoffId: 42 }],
    ['End without a note', { peerline: 'end', handoffId: 42 }, { kind: 'end', handoffId: 42, note: null }],
    ['End with a blank note', { peerline: 'end', handoffId: 42, note: '  ' }, { kind: 'end', handoffId: 42, note: null }],
    ['End with a note', { peerline: 'end', handoffId: 42, note: ' safety plan reviewed ' }, { kind: 'end', handoffId: 42, note: 'safety plan reviewed' }],
    ['a hand-off id sent as text', { peerline: 'claim', handoffId: '42' }, { kind: 'claim', handoffId: 42 }],
  ])('%s', (_, value, command) => {
    expect(staffCommandOfSubmit(value)).toEqual(command);
  });

  it.each([
    ['no value', undefined],
    ['another card', { action: 'history' }],
    ['an unknown action', { peerline: 'delete', handoffId: 42 }],
    ['no hand-off', { peerline: 'claim' }],
    ['a hand-off that is not a number', { peerline: 'claim', handoffId: '42; drop table' }],
    ['a negative hand-off', { peerline: 'claim', handoffId: -1 }],
  ])('is not a staff command: %s', (_, value) => {
    expect(staffCommandOfSubmit(value)).toBeUndefined();
  });
});
