import type { CrisisLine } from '../config.js';
import type { Catalog } from '../messages/index.js';
import { EMPTY_SECTIONS, sectionItems, type PlanSection, type SafetyPlan } from '../safety-plan/sections.js';

/** One part of the plan as the person reads it: its name and entries, the crisis line first among the services. */
export function planLine(text: Catalog, plan: SafetyPlan | undefined, section: PlanSection, crisisLine: CrisisLine): string {
  const items = sectionItems(plan?.sections ?? EMPTY_SECTIONS, section);
  const label = text.planSections[section].label;
  if (section === 'services') return text.planLine(label, [text.planCrisisLineItem(crisisLine), ...items]);
  const line = text.planLine(label, items);
  return section === 'helpers' && plan?.shareContactsWithStaff === true && items.length > 0 ? `${line} ${text.planSharedNote}` : line;
}
