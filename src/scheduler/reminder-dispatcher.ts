import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Logger } from '../logging.js';
import { catalogFor } from '../messages/index.js';
import type { Participant } from '../store/participants.js';
import type { ScheduledMessage, ScheduledMessageRepository } from '../store/scheduled-messages.js';
import type { goals } from '../store/schema.js';
import { ClaimLoop } from './claim-loop.js';
import { decideDelivery, type DeliveryPolicy } from './delivery-rules.js';
import type { ReminderPlanner } from './reminder-planner.js';

type Goal = typeof goals.$inferSelect;

/** Sends a proactive text on one channel through its adapter and a stored conversation reference. */
export interface ProactiveSender {
  /**
   * True when the channel drops a second send with the same key (the SMS queue's unique key):
   * then the occurrence is sent first and recorded after, and a crash in between cannot send it twice.
   */
  readonly idempotent: boolean;
  /**
   * `critical`: a crisis alert, never dropped for want of an answer from the provider. `ownWords`: the text relays
   * a person's own message, whose emoji SMS keeps (it drops those the bot would add).
   */
  send(reference: Record<string, unknown>, text: string, key: string, options?: { readonly critical?: boolean; readonly ownWords?: boolean }): Promise<void>;
}

/** What the dispatcher reads to decide, and where it sends. */
export interface DispatcherDeps {
  readonly scheduled: ScheduledMessageRepository;
  readonly planner: ReminderPlanner;
  readonly participant: (id: string) => Promise<Participant | undefined>;
  readonly reference: (participantId: string) => Promise<Record<string, unknown> | undefined>;
  readonly goal: (goalId: number) => Promise<Goal | undefined>;
  /** A crisis hand-off is open for the person, or they wrote a crisis message lately. */
  readonly inCrisis: (participantId: string) => Promise<boolean>;
  readonly checkedIn: (participantId: string, localDate: string) => Promise<boolean>;
  /** Senders by channel id ('sms', 'msteams', ...); a participant on another channel is unreachable. */
  readonly senders: ReadonlyMap<string, ProactiveSender>;
  readonly policy: DeliveryPolicy;
  readonly defaultTimeZone: string;
  readonly logger: Logger;
  readonly now?: () => Date;
}

export interface DispatcherOptions {
  /** This instance's name on the rows it claims. */
  readonly owner?: string;
  /** How long a claim is held before another instance may take the occurrence over. */
  readonly leaseMs?: number;
  readonly batchSize?: number;
  readonly pollMs?: number;
}

const RETRY_MS = 60_000;
const MAX_ATTEMPTS = 5;

/**
 * Sends every due proactive message once: claims due occurrences (row locks that skip rows
 * another instance holds), applies the delivery rules, sends through the person's channel and
 * plans the next occurrence. A claim that dies with its instance is taken over when the lease ends.
 */
export class ReminderDispatcher {
  readonly owner: string;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly now: () => Date;
  private readonly loop: ClaimLoop<ScheduledMessage>;

  constructor(
    readonly deps: DispatcherDeps,
    options: DispatcherOptions = {},
  ) {
    this.owner = options.owner ?? `scheduler-${randomUUID()}`;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.batchSize = options.batchSize ?? 50;
    this.now = deps.now ?? (() => new Date());
    this.loop = new ClaimLoop<ScheduledMessage>({
      pollMs: options.pollMs ?? 5_000,
      capacity: this.batchSize,
      claim: (free) => this.deps.scheduled.claimDue(this.owner, this.now(), this.leaseMs, free),
      handle: (row) => this.handle(row),
      onClaimError: (error) => this.deps.logger.warn({ err: error }, 'reminder claim failed; will retry'),
    });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Claims and handles due occurrences until none is left to claim; returns how many (tests drive the clock with this). */
  async tick(): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await this.deps.scheduled.claimDue(this.owner, this.now(), this.leaseMs, this.batchSize);
      if (rows.length === 0) return total;
      await Promise.all(rows.map((row) => this.handle(row)));
      total += rows.length;
    }
  }

  /** Handles one claimed occurrence; failures are retried later, never thrown. */
  async handle(row: ScheduledMessage): Promise<void> {
    try {
      await this.deliver(row);
    } catch (error) {
      const now = this.now();
      this.deps.logger.warn({ err: error, occurrenceId: row.id, kind: row.kind, attempts: row.attempts }, 'proactive message failed; will retry');
      if (row.attempts >= MAX_ATTEMPTS) {
        if (await this.deps.scheduled.markSkipped(row.id, this.owner, 'failed', now).catch(() => false)) await this.deps.planner.planNext(row).catch(() => undefined);
        return;
      }
      await this.deps.scheduled.release(row.id, this.owner, new Date(now.getTime() + RETRY_MS * row.attempts)).catch(() => undefined);
    }
  }

  private async deliver(row: ScheduledMessage): Promise<void> {
    const { deps } = this;
    const participant = await deps.participant(row.participantId);
    if (!participant) return; // erased: their occurrences went with them
    const now = this.now();
    const zone = participant.timeZone ?? deps.defaultTimeZone;
    const goal = row.goalId === null ? undefined : await deps.goal(row.goalId);
    const occurrenceDay = DateTime.fromJSDate(row.occurrenceAt, { zone }).toISODate() ?? '';
    const decision = decideDelivery(
      {
        now,
        zone,
        kind: row.kind,
        occurrenceAt: row.occurrenceAt,
        dueAt: row.dueAt,
        participantStatus: participant.status,
        inCrisis: await deps.inCrisis(participant.id),
        sentToday: await deps.scheduled.sentSince(participant.id, DateTime.fromJSDate(now, { zone }).startOf('day').toJSDate()),
        checkedInToday: row.kind === 'check_in_prompt' ? await deps.checkedIn(participant.id, occurrenceDay) : undefined,
        goalWantsReminders: goal ? goal.status === 'active' && !goal.remindersPaused && goal.schedule !== null : row.kind === 'goal_reminder' ? false : undefined,
      },
      deps.policy,
    );
    const logFields = { occurrenceId: row.id, kind: row.kind, participantId: participant.id };
    if (decision.action === 'defer') {
      await deps.scheduled.defer(row.id, this.owner, decision.until);
      deps.logger.info({ ...logFields, event: 'reminder_deferred', until: decision.until.toISOString() }, 'outside the person’s window: waiting');
      return;
    }
    if (decision.action === 'skip') return this.skip(row, decision.reason, logFields);

    const reference = await deps.reference(participant.id);
    const sender = deps.senders.get(participant.channel);
    if (!reference || !sender) return this.skip(row, 'unreachable', logFields);
    // A Teams user who never chose a language gets the locale their client last sent.
    const text = catalogFor(participant.locale ?? (typeof reference.locale === 'string' ? reference.locale : null));
    const body = row.kind === 'goal_reminder' && goal ? text.goalReminder(goal.title, participant.name) : text.checkInPrompt(participant.name);
    const key = `remind:${row.occurrenceKey}`;
    if (sender.idempotent) {
      await sender.send(reference, body, key);
      if (!(await deps.scheduled.markSent(row.id, this.owner, this.now()))) return; // another instance finished it
    } else {
      // No channel-side dedupe: record first, so a crash after sending cannot send it again.
      if (!(await deps.scheduled.markSent(row.id, this.owner, this.now()))) return;
      try {
        await sender.send(reference, body, key);
      } catch (error) {
        await deps.scheduled.reopen(row.id, this.owner);
        throw error;
      }
    }
    deps.logger.info({ ...logFields, event: 'reminder_sent' }, 'proactive message sent');
    await deps.planner.planNext(row);
  }

  private async skip(row: ScheduledMessage, reason: string, logFields: Record<string, unknown>): Promise<void> {
    if (!(await this.deps.scheduled.markSkipped(row.id, this.owner, reason, this.now()))) return;
    this.deps.logger.info({ ...logFields, event: 'reminder_skipped', reason }, 'proactive message not sent');
    await this.deps.planner.planNext(row);
  }
}
