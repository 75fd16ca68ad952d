import { describe, expect, it } from 'vitest';
import { helperIn, planItems, sectionAnswer } from '../../src/safety-plan/plan-answers.js';
import { planForCrisis } from '../../src/safety-plan/crisis-plan.js';
import { EMPTY_SECTIONS, emptySections } from '../../src/safety-plan/sections.js';

describe('reading a safety plan answer', () => {
  it.each([
    ["can't sleep, pulling away", ["can't sleep", 'pulling away']],
    ['music; a hot shower\nwalk Rex', ['music', 'a hot shower', 'walk Rex']],
    ['- my kids\n- Rex', ['my kids', 'Rex']],
    ['  my   sister ,, the library. ', ['my sister', 'the library.']],
    ['one thing only', ['one thing only']],
    [' , ; ', []],
  ])('%j is the entries %j', (text, items) => {
    expect(planItems(text)).toEqual(items);
  });

  it('keeps at most 12 entries of at most 200 characters', () => {
    const items = planItems(Array.from({ length: 20 }, (_, i) => `${'x'.repeat(300)}${i}`).join(','));
    expect(items).toHaveLength(12);
    expect(items.every((item) => item.length === 200)).toBe(true);
  });

  it.each([
    ['Ana 780-555-0142', { name: 'Ana', phone: '780-555-0142' }],
    ['Ana: (780) 555-0142', { name: 'Ana', phone: '(780) 555-0142' }],
    ['my sponsor Sam +1 780 555 0199', { name: 'my sponsor Sam', phone: '+1 780 555 0199' }],
    ['555-0142 Mom', { name: 'Mom', phone: '555-0142' }],
    ['780.555.0142', { name: '', phone: '780.555.0142' }],
    ['Sam', { name: 'Sam', phone: null }],
    ['Apt 12, room 3', { name: 'Apt 12, room 3', phone: null }], // too few digits for a number
  ])('the helper %j is %j', (item, helper) => {
    expect(helperIn(item)).toEqual(helper);
  });

  it('the people to ask are read as names with numbers, every other part as entries', () => {
    expect(sectionAnswer('helpers', 'Ana 780-555-0142, Sam')).toEqual([
      { name: 'Ana', phone: '780-555-0142' },
      { name: 'Sam', phone: null },
    ]);
    expect(sectionAnswer('reasons', 'my kids, Rex 2020')).toEqual(['my kids', 'Rex 2020']);
  });
});

describe('the plan a crisis reply cites', () => {
  it('is up to two people to call, with their numbers, and two things that help', () => {
    const sections = {
      ...EMPTY_SECTIONS,
      helpers: [
        { name: 'Ana', phone: '780-555-0142' },
        { name: 'Sam', phone: null },
        { name: 'Lee', phone: null },
      ],
      coping: ['take Rex for a walk', 'music', 'a shower'],
      reasons: ['my kids'],
    };
    expect(planForCrisis(sections)).toEqual({ call: ['Ana (780-555-0142)', 'Sam'], coping: ['take Rex for a walk', 'music'] });
    expect(emptySections(sections)).toEqual(['warningSigns', 'distractions', 'services', 'surroundings']);
  });

  it('is nothing when the plan has neither people nor things that help', () => {
    expect(planForCrisis({ ...EMPTY_SECTIONS, reasons: ['my kids'], warningSigns: ["can't sleep"] })).toBeUndefined();
  });
});
