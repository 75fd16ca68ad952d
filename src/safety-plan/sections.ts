/** The parts of a safety plan, in the order the standard safety-planning structure takes them. */
export const PLAN_SECTIONS = ['warningSigns', 'coping', 'distractions', 'helpers', 'services', 'surroundings', 'reasons'] as const;

export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** Someone the person can ask for help: a name and, if they chose to give one, a number. */
export interface Helper {
  readonly name: string;
  readonly phone: string | null;
}

/** What one part holds: the people to ask are names with numbers, every other part is a list in the person's words. */
export type SectionValue<S extends PlanSection> = S extends 'helpers' ? readonly Helper[] : readonly string[];

/** Every part of a plan; an empty list is a part not filled in yet. */
export type PlanSections = { readonly [S in PlanSection]: SectionValue<S> };

/** A person's safety plan, and whether a peer may see the people to ask when a hand-off alerts staff. */
export interface SafetyPlan {
  readonly sections: PlanSections;
  readonly shareContactsWithStaff: boolean;
  readonly updatedAt: Date;
}

export const EMPTY_SECTIONS: PlanSections = {
  warningSigns: [],
  coping: [],
  distractions: [],
  helpers: [],
  services: [],
  surroundings: [],
  reasons: [],
};

/** The parts not filled in yet, in plan order. */
export function emptySections(sections: PlanSections): PlanSection[] {
  return PLAN_SECTIONS.filter((section) => sections[section].length === 0);
}

/** A helper as the person reads them back: "Ana (780-555-0142)", "Sam", or just the number. */
export function helperText(helper: Helper): string {
  if (!helper.phone) return helper.name;
  return helper.name ? `${helper.name} (${helper.phone})` : helper.phone;
}

/** A part's entries as text, helpers with their numbers. */
export function sectionItems(sections: PlanSections, section: PlanSection): string[] {
  return section === 'helpers' ? sections.helpers.map(helperText) : [...sections[section]];
}
