import type { AddressInfo } from 'node:net';
import {
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Server } from 'restify';
import type { AppConfig } from './config.js';
import type { SmsAdapter } from './adapters/sms/sms-adapter.js';
import { SMS_CHANNEL_ID } from './adapters/sms/twilio-to-activity.js';
import { CONSOLE_CHANNEL } from './adapters/console-adapter.js';
import { createSmsChannel, type SmsChannel } from './adapters/sms/sms-channel.js';
import { SmsStaffNotifier } from './adapters/sms/sms-staff-notifier.js';
import { ParticipantEraser } from './bots/participant-eraser.js';
import { crisisLangOf } from './features/crisis/crisis-lang.js';
import { CrisisStep } from './features/crisis/crisis-step.js';
import { HoldingStep } from './features/crisis/holding-step.js';
import type { CrisisMemory } from './features/crisis/memory.js';
import { OpenCrises } from './features/crisis/open-crisis.js';
import { AlertPathWatch } from './features/crisis/alert-path-watch.js';
import { ReminderReplyStep } from './bots/steps/reminder-reply-step.js';
import { StaffStep } from './bots/steps/staff-step.js';
import { StaffChannelStep } from './bots/steps/staff-channel-step.js';
import { PeerlineCloudAdapter } from './adapters/teams/cloud-adapter.js';
import { TeamsChannelNotifier } from './adapters/teams/teams-channel-notifier.js';
import { TeamsStaffConversations } from './adapters/teams/teams-staff-conversations.js';
import { StaffDirectory } from './handoff/staff-directory.js';
import { HandoffCardRepository } from './store/handoff-cards.js';
import { StaffChannelRepository } from './store/staff-channel.js';
import { HANDOFF_ALERT_KEY_PREFIX, HandoffAlerter } from './handoff/handoff-alerter.js';
import { HandoffService } from './handoff/handoff-service.js';
import { HandoffRelay, RELAY_KEY_PREFIX } from './handoff/handoff-relay.js';
import { RelayStep } from './bots/steps/relay-step.js';
import type { StaffNotifier } from './handoff/staff-notifier.js';
import { CrisisScreen } from './safety/index.js';
import { EscalationWorker } from './scheduler/escalation-worker.js';
import { Housekeeping, pruneJob } from './scheduler/housekeeping.js';
import { ReminderDispatcher, type ProactiveSender } from './scheduler/reminder-dispatcher.js';
import { ReminderPlanner } from './scheduler/reminder-planner.js';
import { BotFrameworkProactiveSender } from './adapters/bot-framework-proactive-sender.js';
import { SmsProactiveSender } from './adapters/sms/sms-proactive-sender.js';
import { GoalRepository } from './store/goals.js';
import { ScheduledMessageRepository } from './store/scheduled-messages.js';
import { CheckInRepository } from './store/check-ins.js';
import { CopingRatingRepository } from './store/coping-ratings.js';
import { SafetyPlanRepository } from './store/safety-plans.js';
import { CrisisEventRepository } from './store/crisis-events.js';
import { HandoffRepository } from './store/handoffs.js';
import { AttachmentNoticeStep } from './bots/steps/attachment-notice-step.js';
import { PeerlineBot } from './bots/peerline-bot.js';
import { DedupeStep } from './bots/steps/dedupe-step.js';
import { DialogStep } from './bots/steps/dialog-step.js';
import { GreetingStep } from './bots/steps/greeting-step.js';
import { KeywordStep } from './bots/steps/keyword-step.js';
import { FloodStep } from './bots/steps/flood-step.js';
import { SmsFloodGauge } from './adapters/sms/sms-flood-gauge.js';
import { ParticipantStep } from './bots/steps/participant-step.js';
import { createTurnErrorHandler } from './bots/turn-error-handler.js';
import { buildMainDialog } from './dialogs/index.js';
import { resolvePlace } from './geo/index.js';
import { loadSampleIfEmpty } from './resources/import-package.js';
import { ResourceLookup } from './resources/resource-lookup.js';
import { createLogger, type Logger } from './logging.js';
import { listen, createServer, stopListening } from './server.js';
import { ConversationLock } from './store/conversation-lock.js';
import { openDatabase, type Database } from './store/database.js';
import { ParticipantRepository, type Participant } from './store/participants.js';
import { PostgresStorage } from './store/postgres-storage.js';
import { ProcessedActivityRepository } from './store/processed-activities.js';
import { SmsInboundRepository } from './store/sms-inbound.js';
import { SmsOutboundRepository } from './store/sms-outbound.js';

// After a crisis message, no reminder or check-in prompt for a day, even with no hand-off open.
const RECENT_CRISIS_MS = 24 * 60 * 60_000;
// Bot Framework redelivers within minutes; a week is ample to drop a repeat.
const PROCESSED_ACTIVITY_KEEP_MS = 7 * 24 * 60 * 60_000;
// Sent and skipped occurrences stay a month: "done" replies and operators' questions look back that far.
const FINISHED_OCCURRENCE_KEEP_MS = 30 * 24 * 60 * 60_000;

/** The running service: every part, created once here. */
export interface App {
  readonly config: AppConfig;
  readonly database: Database;
  readonly bot: PeerlineBot;
  readonly cloudAdapter: PeerlineCloudAdapter;
  readonly server: Server;
  readonly participants: ParticipantRepository;
  readonly handoffs: HandoffRepository;
  readonly escalation: EscalationWorker;
  readonly housekeeping: Housekeeping;
  /** Sends due reminders and check-in prompts (started by listen; tests call tick()). */
  readonly reminders: ReminderDispatcher;
  readonly planner: ReminderPlanner;
  readonly logger: Logger;
  /** What an adapter does when a turn fails outside the bot (the bot handles its own). */
  readonly onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  /** The SMS channel's adapter, when Twilio is configured (proactive sends use it). */
  readonly smsAdapter?: SmsAdapter;
  /** Listens, and starts the SMS workers that process stored texts and send queued ones. */
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Graceful stop: refuse new requests, finish turns in flight, close the database. */
  close(): Promise<void>;
}

export interface AppOptions {
  readonly logger?: Logger;
  /** An already-open database (tests); otherwise opened from the config. */
  readonly database?: Database;
  /** The clock for hand-off timing and reminders (tests move it instead of sleeping). */
  readonly now?: () => Date;
  /** Proactive senders for channels this process owns besides SMS and the Bot Framework (the chat terminal). */
  readonly proactiveSenders?: ReadonlyMap<string, ProactiveSender>;
}

/** The composition root: config → database → stores → bot → adapters → server. */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const database =
    options.database ??
    (await openDatabase(config.database.url ? { url: config.database.url } : { dataDir: config.database.dataDir }));
  const { db } = database;

  const preferRegion = config.program.defaultRegion === 'CA' ? 'CA' : 'US';
  // A first run answers resource lookups from the bundled sample until a real directory is imported.
  const sample = await loadSampleIfEmpty(db, { preferRegion });
  if (sample) logger.info({ services: sample.counts.services.inserted }, 'resource directory was empty: loaded the bundled sample');
  const conversationState = new ConversationState(new PostgresStorage(db));
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const participants = new ParticipantRepository(db);
  const processed = new ProcessedActivityRepository(db);
  const smsInbound = new SmsInboundRepository(db);
  const smsOutbound = new SmsOutboundRepository(db);
  const now = options.now ?? (() => new Date());
  const crisisEvents = new CrisisEventRepository(db, now);
  const handoffs = new HandoffRepository(db, now);
  const eraseSmsTraces = async (participant: Participant) => {
    // Staff alerts name the person; their texts to and from us carry the number.
    for (const id of await handoffs.idsFor(participant.id)) {
      await smsOutbound.eraseByKeyPrefix(`${HANDOFF_ALERT_KEY_PREFIX}${id}:`);
      await smsOutbound.eraseByKeyPrefix(`${RELAY_KEY_PREFIX}${id}:`);
    }
    if (participant.channel !== SMS_CHANNEL_ID) return;
    await smsInbound.eraseAddress(participant.address);
    await smsOutbound.eraseAddress(participant.address);
  };
  const tellPeer = async (participant: Participant) => {
    const handoff = await handoffs.activeFor(participant.id);
    if (handoff) await relay.participantErased(handoff);
  };

  // The SMS channel runs turns on the bot created below; the closure is only called later.
  const sms: SmsChannel | undefined = config.twilio
    ? createSmsChannel(config, { smsInbound, smsOutbound, participants, bot: { run: (context): Promise<void> => bot.run(context) }, logger })
    : undefined;
  const { appId, appPassword, appType, tenantId } = config.botFramework;
  const authConfig: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: appPassword,
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: tenantId,
  };
  const cloudAdapter = new PeerlineCloudAdapter(new ConfigurationBotFrameworkAuthentication(authConfig));

  const teamsSender = new BotFrameworkProactiveSender(cloudAdapter, appId ?? '');
  const staffChannel = new StaffChannelRepository(db, now);
  const handoffCards = new HandoffCardRepository(db, now);
  // SMS first: a hand-off whose peer's channel is unknown is relayed by text, as before Teams.
  const teamsNotifier = new TeamsChannelNotifier({ programName: config.program.programName, staffChannel, cards: handoffCards, poster: teamsSender, logger });
  const notifiers: StaffNotifier[] = [...(sms && config.twilio ? [new SmsStaffNotifier(sms.adapter, config.twilio.phoneNumber ?? '')] : []), teamsNotifier];
  // The staff channel's cards name the person and show their check-ins: they go with the rest.
  const redactTeamsCards = async (participant: Participant) => teamsNotifier.redactCards(await handoffs.idsFor(participant.id));
  const eraser = new ParticipantEraser(participants, processed, conversationState, [tellPeer, eraseSmsTraces, redactTeamsCards], logger);
  const senders: ReadonlyMap<string, ProactiveSender> = new Map<string, ProactiveSender>([
    ['msteams', teamsSender],
    ['emulator', teamsSender],
    ['webchat', teamsSender],
    // `npm run chat` against a running server posts as the Emulator does, with a loopback serviceUrl.
    [CONSOLE_CHANNEL, teamsSender],
    ...(sms ? [[SMS_CHANNEL_ID, new SmsProactiveSender(sms.adapter)] as const] : []),
    ...(options.proactiveSenders ?? []),
  ]);
  const goals = new GoalRepository(db, now);
  const checkIns = new CheckInRepository(db, now);
  const safetyPlans = new SafetyPlanRepository(db, now);
  const copingRatings = new CopingRatingRepository(db, now);
  const alerter = new HandoffAlerter(config.program, handoffs, notifiers, checkIns, safetyPlans, logger, now);
  const alertPath = new AlertPathWatch(handoffs, config.program.escalationMinutes, logger);
  const escalation = new EscalationWorker(
    handoffs,
    participants,
    alerter,
    { urgentMs: config.program.escalationMinutes * 60_000, normalMs: config.program.requestEscalationMinutes * 60_000 },
    logger,
    undefined,
    () => alertPath.check(),
  );
  const handoffService = new HandoffService(config.program, handoffs, alerter, now);
  const scheduled = new ScheduledMessageRepository(db);
  const reminderPlanner = new ReminderPlanner(
    scheduled,
    {
      goal: (id) => goals.get(id),
      participant: (id) => participants.get(id),
      goalIds: async (id) => (await goals.listActive(id)).map((goal) => goal.id),
      scheduleSpent: (id) => goals.clearSpentSchedule(id),
    },
    config.program,
    now,
  );
  // Whether a person in crisis can be told a peer was alerted: some on-call phone by SMS, or the staff channel once known.
  const canAlertBySms = sms !== undefined && config.program.onCall.some((staff) => staff.phone !== undefined);
  const teamsStaff = config.program.onCall.some((staff) => staff.teamsUserId !== undefined);
  const canAlertStaff = async (): Promise<boolean> =>
    canAlertBySms || (teamsStaff && (await staffChannel.channel().catch(() => undefined)) !== undefined);

  const mainDialog = buildMainDialog({
    program: config.program,
    participants,
    resolvePlace: (text) => resolvePlace(text, { preferRegion }),
    erase: (context) => eraser.erase(context),
    checkIns,
    goals,
    reminders: reminderPlanner,
    handoffs: handoffService,
    safetyPlans,
    copingRatings,
    resources: new ResourceLookup(db, now),
    now,
  });
  const screen = CrisisScreen.load();
  const onTurnError = createTurnErrorHandler({ program: config.program, conversationState, screen, logger });
  cloudAdapter.onTurnError = onTurnError;
  const relay = new HandoffRelay({
    program: config.program,
    handoffs,
    participant: (id) => participants.get(id),
    languageOf: (participant) => crisisLangOf(crisisEvents, participant),
    reference: (id) => participants.getConversationReference(id),
    participantSenders: senders,
    staffNotifiers: notifiers,
    logger,
  });
  const dialogStep = new DialogStep(mainDialog, dialogState);
  const crisisMemory = conversationState.createProperty<CrisisMemory>('crisis');
  const openCrises = new OpenCrises(crisisEvents, handoffs, now);
  const resumeDialog = (context: TurnContext) => dialogStep.reprompt(context);
  const participantStep = new ParticipantStep(participants);
  const staffDirectory = new StaffDirectory(config.program.onCall);
  const staffChannelStep = new StaffChannelStep(config.program.programName, staffDirectory, staffChannel, logger);
  const staffStep = new StaffStep(staffDirectory, handoffs, participants, relay, new TeamsStaffConversations(staffChannel, handoffCards), logger);
  const bot = new PeerlineBot({
    conversationState,
    lock: new ConversationLock(db),
    messageSteps: [
      new DedupeStep(processed),
      staffChannelStep,
      staffStep,
      participantStep,
      new CrisisStep({
        program: config.program,
        screen,
        crisisEvents,
        handoffs: handoffService,
        openCrises,
        plans: safetyPlans,
        canAlertStaff,
        peerWithThem: async (id) => (await handoffs.activeFor(id))?.status === 'claimed',
        dialogState,
        memory: crisisMemory,
        resumeDialog,
        logger,
        now,
      }),
      new RelayStep(handoffs, relay, dialogState),
      new KeywordStep(config.program, participants, logger),
      new FloodStep(config.program, new SmsFloodGauge(smsInbound, config.program.sms.flood), logger),
      new HoldingStep({
        program: config.program,
        openCrises,
        crisisEvents,
        handoffs,
        tellStaffSafe: (handoff, participant) => alerter.saidSafe(handoff, participant),
        canAlertStaff,
        dialogState,
        memory: crisisMemory,
        resumeDialog,
        now,
      }),
      new ReminderReplyStep(scheduled, goals, dialogState, now),
      new AttachmentNoticeStep(),
      dialogStep,
    ],
    greetingSteps: [staffStep, participantStep, new GreetingStep(dialogState), dialogStep],
    installSteps: [staffChannelStep],
    onTurnError,
  });

  const reminders = new ReminderDispatcher({
    scheduled,
    planner: reminderPlanner,
    participant: (id) => participants.get(id),
    reference: (id) => participants.getConversationReference(id),
    goal: (id) => goals.get(id),
    inCrisis: async (id) => {
      const handoff = await handoffs.activeFor(id);
      if (handoff?.reason === 'crisis') return true;
      const latest = await crisisEvents.latestFor(id);
      return latest !== undefined && now().getTime() - latest.createdAt.getTime() < RECENT_CRISIS_MS;
    },
    checkedIn: (id, localDate) => checkIns.has(id, localDate),
    senders,
    policy: { window: config.program.proactiveWindow, ...config.program.reminders },
    defaultTimeZone: config.program.defaultTimeZone,
    logger,
    now,
  });
  const housekeeping = new Housekeeping(
    [
      pruneJob('processed_activities', PROCESSED_ACTIVITY_KEEP_MS, (before) => processed.prune(before)),
      pruneJob('scheduled_messages', FINISHED_OCCURRENCE_KEEP_MS, (before) => scheduled.prune(before)),
      pruneJob('handoff_messages', config.program.transcriptDays * 24 * 60 * 60_000, (before) => handoffs.pruneMessages(before)),
      { name: 'unplanned_schedules', run: () => reminderPlanner.reconcile() },
    ],
    logger,
    now,
  );

  const server = createServer({
    cloudAdapter,
    runTurn: (context) => bot.run(context),
    ping: () => database.ping(),
    readiness: {
      database: () => database.ping(),
      crisisAlerts: async () => (await alertPath.check().catch(() => [undefined])).length === 0,
    },
    sms: sms?.routes,
    logger,
  });

  let closing: Promise<void> | undefined;
  return {
    config,
    database,
    bot,
    cloudAdapter,
    server,
    participants,
    handoffs,
    escalation,
    reminders,
    planner: reminderPlanner,
    housekeeping,
    logger,
    onTurnError,
    smsAdapter: sms?.adapter,
    listen: async (port = config.port, host) => {
      const address = await listen(server, port, host);
      sms?.start();
      escalation.start();
      reminders.start();
      housekeeping.start();
      return address;
    },
    close: () =>
      (closing ??= (async () => {
        await stopListening(server).catch(() => undefined);
        await sms?.stop();
        await escalation.stop();
        await reminders.stop();
        await housekeeping.stop();
        await bot.idle();
        await database.close();
      })()),
  };
}
