import type { TurnContext } from 'botbuilder';
import type { StaffContact } from '../../config.js';
import { staffClaimText } from '../../handoff/staff-messages.js';
import type { Logger } from '../../logging.js';
import type { HandoffRepository } from '../../store/handoffs.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

const CLAIM = /^\s*(claim|ack|take)\s*#?\s*(\d{1,9})\s*[.!]?\s*$/i;

/**
 * A text from an on-call phone is staff, never a participant: it is read as a staff command
 * (CLAIM 42) and goes no further down the participant pipeline.
 */
export class StaffStep implements TurnStep {
  readonly name = 'staff';
  private readonly byPhone: ReadonlyMap<string, StaffContact>;

  constructor(
    onCall: readonly StaffContact[],
    private readonly handoffs: HandoffRepository,
    private readonly logger: Logger,
  ) {
    this.byPhone = new Map(onCall.flatMap((staff) => (staff.phone ? [[staff.phone, staff] as const] : [])));
  }

  async run(context: TurnContext): Promise<StepOutcome> {
    const staff = context.activity.channelId === 'sms' ? this.byPhone.get(context.activity.from.id) : undefined;
    if (!staff) return 'continue';
    const claim = CLAIM.exec(context.activity.text ?? '');
    if (!claim) {
      await context.sendActivity(staffClaimText.usage);
      return 'handled';
    }
    const id = Number(claim[2]);
    const claimed = await this.handoffs.claim(id, staff.name);
    if (claimed) {
      this.logger.info({ handoffId: id, staff: staff.name, event: 'handoff_claimed' }, 'hand-off claimed');
      await context.sendActivity(staffClaimText.claimed(claimed, staff.name));
      return 'handled';
    }
    const existing = await this.handoffs.get(id);
    const reply = !existing
      ? staffClaimText.unknown(id)
      : existing.status === 'closed'
        ? staffClaimText.closed(id)
        : staffClaimText.alreadyClaimed(existing);
    await context.sendActivity(reply);
    return 'handled';
  }
}
