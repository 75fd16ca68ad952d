import { eq, sql } from 'drizzle-orm';
import { EMPTY_SECTIONS, PLAN_SECTIONS, type Helper, type PlanSection, type PlanSections, type SafetyPlan, type SectionValue } from '../safety-plan/sections.js';
import type { Db } from './database.js';
import { safetyPlans } from './schema.js';

type PlanRow = typeof safetyPlans.$inferSelect;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function readHelper(value: unknown): Helper | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { name, phone } = value as { name?: unknown; phone?: unknown };
  const helper = { name: typeof name === 'string' ? name : '', phone: isText(phone) ? phone : null };
  return helper.name !== '' || helper.phone !== null ? helper : undefined;
}

// A part stored in a shape this version cannot read is treated as not filled in, never a crash.
function readSections(value: unknown): PlanSections {
  const stored = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const list = (section: PlanSection): unknown[] => (Array.isArray(stored[section]) ? (stored[section] as unknown[]) : []);
  const sections: Record<string, unknown> = { ...EMPTY_SECTIONS };
  for (const section of PLAN_SECTIONS) {
    sections[section] = section === 'helpers' ? list(section).map(readHelper).filter((helper) => helper !== undefined) : list(section).filter(isText);
  }
  return sections as PlanSections;
}

const toPlan = (row: PlanRow): SafetyPlan => ({
  sections: readSections(row.sections),
  shareContactsWithStaff: row.shareContactsWithStaff,
  updatedAt: row.updatedAt,
});

/** Personal safety plans, one per participant, written one part at a time. */
export class SafetyPlanRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(participantId: string): Promise<SafetyPlan | undefined> {
    const [row] = await this.db.select().from(safetyPlans).where(eq(safetyPlans.participantId, participantId));
    return row ? toPlan(row) : undefined;
  }

  /** Replaces one part (an empty list empties it), leaving the others as they are; creates the plan if needed. */
  async saveSection<S extends PlanSection>(participantId: string, section: S, value: SectionValue<S>): Promise<SafetyPlan> {
    const part = { [section]: value };
    const updatedAt = this.now();
    const [row] = await this.db
      .insert(safetyPlans)
      .values({ participantId, sections: part, updatedAt })
      .onConflictDoUpdate({
        target: safetyPlans.participantId,
        set: { sections: sql`${safetyPlans.sections} || excluded.sections`, updatedAt },
      })
      .returning();
    if (!row) throw new Error('safety plan not saved');
    return toPlan(row);
  }

  /** The person's answer to "may a peer see these?". */
  async setShareContacts(participantId: string, share: boolean): Promise<void> {
    await this.db.update(safetyPlans).set({ shareContactsWithStaff: share, updatedAt: this.now() }).where(eq(safetyPlans.participantId, participantId));
  }

  /** The people to ask, only if the person agreed that a peer may see them; otherwise none. */
  async sharedContacts(participantId: string): Promise<Helper[]> {
    const plan = await this.get(participantId);
    return plan?.shareContactsWithStaff ? [...plan.sections.helpers] : [];
  }
}
