import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, customType, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, real, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Where a participant stands with us: only `active` people get proactive messages. */
export const participantStatus = pgEnum('participant_status', ['pending_consent', 'active', 'opted_out']);

export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Bot Framework channel id: 'sms', 'msteams', 'emulator', 'console'. */
    channel: text('channel').notNull(),
    /** The person's address on that channel: E.164 for SMS, the user id elsewhere. */
    address: text('address').notNull(),
    name: text('name'),
    locale: text('locale'),
    timeZone: text('time_zone'),
    region: text('region'),
    status: participantStatus('status').notNull().default('pending_consent'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentText: text('consent_text'),
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    /** The daily check-in prompt's local time 'HH:mm'; null means the program's default. */
    checkInTime: text('check_in_time'),
    /** Whether the daily check-in prompt is sent at all (the person can turn it off and on). */
    checkInPrompts: boolean('check_in_prompts').notNull().default(true),
    /** The place the person last gave (settings or a resource lookup): what "near me" means. */
    placeLabel: text('place_label'),
    placeRegion: text('place_region'),
    placeLat: doublePrecision('place_lat'),
    placeLon: doublePrecision('place_lon'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('participants_channel_address_key').on(table.channel, table.address)],
);

/** The latest conversation reference per participant, for proactive messages. */
export const conversationRefs = pgTable('conversation_refs', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  reference: jsonb('reference').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * botbuilder Storage documents. The key is hashed so keys of any length and character are
 * safe as a primary key; the document is JSON text because jsonb refuses "\u0000".
 */
export const botState = pgTable('bot_state', {
  keyHash: text('key_hash').primaryKey(),
  key: text('key').notNull(),
  document: text('document').notNull(),
  etag: text('etag').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One row while a conversation's turn runs somewhere; expires if its holder dies. UNLOGGED (migration 0011): a lease needs no WAL. */
export const turnLocks = pgTable('turn_locks', {
  conversationKey: text('conversation_key').primaryKey(),
  owner: text('owner').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Activity ids already handled, so a redelivered activity is not answered twice. */
export const processedActivities = pgTable(
  'processed_activities',
  {
    channel: text('channel').notNull(),
    activityId: text('activity_id').notNull(),
    conversationKey: text('conversation_key').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.channel, table.activityId] }),
    index('processed_activities_processed_at_idx').on(table.processedAt),
    index('processed_activities_conversation_idx').on(table.conversationKey),
  ],
);


/** Inbound texts, stored before Twilio is acknowledged and processed once, in order per sender. */
export const smsInbound = pgTable(
  'sms_inbound',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    messageSid: text('message_sid').notNull(),
    fromAddress: text('from_address').notNull(),
    toAddress: text('to_address').notNull(),
    body: text('body').notNull(),
    numMedia: integer('num_media').notNull().default(0),
    optOutType: text('opt_out_type'),
    status: text('status', { enum: ['pending', 'done', 'failed'] }).notNull().default('pending'),
    /** Sent in a flood (see bots/steps/flood-step): kept and screened for a crisis, not run through the dialogs. */
    throttled: boolean('throttled').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('sms_inbound_message_sid_key').on(table.messageSid),
    index('sms_inbound_pending_idx').on(table.fromAddress, table.id).where(sql`status = 'pending'`),
    index('sms_inbound_sender_received_idx').on(table.fromAddress, table.receivedAt),
  ],
);

/**
 * Outbound texts: a durable queue (never dropped), one row per SMS part. `dedupeKey` makes a
 * second send of the same reply or reminder occurrence impossible.
 */
export const smsOutbound = pgTable(
  'sms_outbound',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dedupeKey: text('dedupe_key').notNull(),
    toAddress: text('to_address').notNull(),
    body: text('body').notNull(),
    /** Numbered options shown in this text, so a reply of "1" can be read against them. */
    options: jsonb('options'),
    /** Deleted once Twilio has it: the confirmation sent to someone who just erased their data. */
    ephemeral: boolean('ephemeral').notNull().default(false),
    /** A crisis reply or crisis alert: when Twilio cannot be asked whether it has it, it is sent (a duplicate is the lesser harm). */
    critical: boolean('critical').notNull().default(false),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** Claimed and not yet settled: if the claimer dies, whether Twilio got it is unknown until asked. */
    inDoubt: boolean('in_doubt').notNull().default(false),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedBy: text('claimed_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    providerSid: text('provider_sid'),
    errorCode: text('error_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    statusAt: timestamp('status_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('sms_outbound_dedupe_key').on(table.dedupeKey),
    uniqueIndex('sms_outbound_provider_sid_key').on(table.providerSid),
    index('sms_outbound_due_idx').on(table.nextAttemptAt, table.id).where(sql`status = 'queued'`),
    index('sms_outbound_to_idx').on(table.toAddress, table.id),
  ],
);

/** A message the crisis screen flagged: when, what kind, and the short phrases that matched (never the message). */
export const crisisEvents = pgTable(
  'crisis_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    evidence: jsonb('evidence').notNull(),
    channel: text('channel').notNull(),
    /** The screen's level: 'crisis' (full reply, staff alerted) or 'check' (a question first). */
    level: text('level', { enum: ['crisis', 'check'] }).notNull().default('crisis'),
    /**
     * How it turned out, for the screen's figures (never the text): a check answered yes
     * ('confirmed'), no ('declined') or not at all ('unanswered'); a crisis the person said was a
     * mistake ('false_alarm') or that they are now safe ('said_safe').
     */
    outcome: text('outcome', { enum: ['confirmed', 'declined', 'unanswered', 'false_alarm', 'said_safe'] }),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('crisis_events_participant_idx').on(table.participantId, table.createdAt)],
);

/** A request for a human peer; its small serial id is what staff text back ("CLAIM 42"). */
export const handoffs = pgTable(
  'handoffs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: ['crisis', 'requested', 'checkin_offer'] }).notNull(),
    urgency: text('urgency', { enum: ['urgent', 'normal'] }).notNull(),
    status: text('status', { enum: ['open', 'claimed', 'closed'] }).notNull().default('open'),
    category: text('category'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    escalationLevel: integer('escalation_level').notNull().default(0),
    nextEscalationAt: timestamp('next_escalation_at', { withTimezone: true }),
    claimedBy: text('claimed_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /** The channel the claim came from ('sms', 'msteams'): the peer's side of the relay. */
    claimedVia: text('claimed_via'),
    /** On Teams, the conversation the peer claimed from (the alert card's thread or their chat with the bot): where the relay goes. */
    claimedReference: jsonb('claimed_reference'),
    /** The peer's first message to the participant: the response time is this minus claimedAt. */
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    note: text('note'),
    /** The person said they were safe (and answered the check reassuringly): staff still close it. */
    saidSafeAt: timestamp('said_safe_at', { withTimezone: true }),
  },
  (table) => [
    index('handoffs_participant_idx').on(table.participantId, table.status),
    index('handoffs_escalation_idx').on(table.nextEscalationAt).where(sql`status = 'open'`),
  ],
);

/**
 * The relay transcript of a hand-off: what the participant and the peer said through the bot.
 * Kept only as long as the program file says (`handoffs.transcriptDays`).
 */
export const handoffMessages = pgTable(
  'handoff_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handoffId: bigint('handoff_id', { mode: 'number' })
      .notNull()
      .references(() => handoffs.id, { onDelete: 'cascade' }),
    author: text('author', { enum: ['participant', 'peer'] }).notNull(),
    staffName: text('staff_name'),
    body: text('body').notNull(),
    /** The crisis screen flagged this participant message. */
    flagged: boolean('flagged').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('handoff_messages_handoff_idx').on(table.handoffId, table.id), index('handoff_messages_created_idx').on(table.createdAt)],
);

/** Every alert step of a hand-off, for the record: who was told, how, and whether it went. */
export const handoffAlerts = pgTable(
  'handoff_alerts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handoffId: bigint('handoff_id', { mode: 'number' })
      .notNull()
      .references(() => handoffs.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    staffName: text('staff_name').notNull(),
    channel: text('channel').notNull(),
    status: text('status', { enum: ['sent', 'failed', 'unreachable'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('handoff_alerts_handoff_idx').on(table.handoffId)],
);

/**
 * The program's staff channel on Teams (one row): where hand-off alert cards are posted.
 * Learned when a staff member adds the bot to a channel or types /staffchannel in one.
 */
export const teamsStaffChannel = pgTable(
  'teams_staff_channel',
  {
    id: smallint('id').primaryKey().default(1),
    /** The channel's conversation id, without any thread suffix (';messageid=...'). */
    conversationId: text('conversation_id').notNull(),
    reference: jsonb('reference').notNull(),
    learnedBy: text('learned_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [check('teams_staff_channel_one_row', sql`${table.id} = 1`)],
);

/** A staff member's personal chat with the bot on Teams, so a hand-off they claim there is relayed there. */
export const teamsStaffChats = pgTable('teams_staff_chats', {
  teamsUserId: text('teams_user_id').primaryKey(),
  reference: jsonb('reference').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * The alert cards posted in the staff channel: one per hand-off and level. The card's activity
 * id is its thread's root, where the relay of that hand-off goes; `facts` redraw the card when
 * the hand-off is claimed or closed.
 */
export const handoffCards = pgTable(
  'handoff_cards',
  {
    handoffId: bigint('handoff_id', { mode: 'number' })
      .notNull()
      .references(() => handoffs.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    conversationId: text('conversation_id').notNull(),
    /** Null while the card is being posted. */
    activityId: text('activity_id'),
    facts: jsonb('facts').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.handoffId, table.level] }), index('handoff_cards_activity_idx').on(table.activityId)],
);

/** A daily check-in: one per participant and local day (a second one the same day updates it). */
export const checkIns = pgTable(
  'check_ins',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    localDate: date('local_date', { mode: 'string' }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
    mood: smallint('mood'),
    craving: smallint('craving'),
    sleepHours: real('sleep_hours'),
    used: boolean('used'),
    note: text('note'),
    peerRequested: boolean('peer_requested').notNull().default(false),
    channel: text('channel').notNull(),
  },
  (table) => [
    uniqueIndex('check_ins_participant_day_key').on(table.participantId, table.localDate),
    // Covers the trend: a person's days are read from the index alone, not from heap pages
    // scattered across the table by the day they were written.
    index('check_ins_trend_idx').on(table.participantId, table.localDate, table.mood, table.craving, table.sleepHours, table.used),
  ],
);

/** A recovery goal in the person's own words, with an optional reminder schedule (see scheduler/recurrence). */
export const goals = pgTable(
  'goals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** A `Schedule` (recurring rule or one local moment), or null for a goal without reminders. */
    schedule: jsonb('schedule'),
    remindersPaused: boolean('reminders_paused').notNull().default(false),
    status: text('status', { enum: ['active', 'done'] }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (table) => [index('goals_participant_idx').on(table.participantId, table.status)],
);

/** "done" or "not today" in answer to a reminder, recorded against the goal and that occurrence. */
export const goalOutcomes = pgTable(
  'goal_outcomes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    goalId: bigint('goal_id', { mode: 'number' })
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    occurrenceKey: text('occurrence_key').notNull(),
    outcome: text('outcome', { enum: ['done', 'not_today'] }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('goal_outcomes_occurrence_key').on(table.goalId, table.occurrenceKey),
    index('goal_outcomes_participant_idx').on(table.participantId),
  ],
);

/**
 * Due work: one row per occurrence of a proactive message (a goal reminder, a check-in prompt).
 * The unique occurrence key makes a second send of one occurrence impossible; instances claim
 * due rows with row locks that skip locked rows, under a lease a crashed claimer lets go of.
 */
export const scheduledMessages = pgTable(
  'scheduled_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['goal_reminder', 'check_in_prompt'] }).notNull(),
    goalId: bigint('goal_id', { mode: 'number' }).references(() => goals.id, { onDelete: 'cascade' }),
    occurrenceKey: text('occurrence_key').notNull(),
    /** When the schedule says it happens. */
    occurrenceAt: timestamp('occurrence_at', { withTimezone: true }).notNull(),
    /** When it may go: the occurrence, or the start of the person's window if that fell at night. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['pending', 'sent', 'skipped'] }).notNull().default('pending'),
    skipReason: text('skip_reason'),
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('scheduled_messages_occurrence_key').on(table.occurrenceKey),
    index('scheduled_messages_due_idx').on(table.dueAt).where(sql`status = 'pending'`),
    index('scheduled_messages_participant_sent_idx').on(table.participantId, table.sentAt),
    index('scheduled_messages_goal_idx').on(table.goalId),
  ],
);

/**
 * A participant's personal safety plan: each part a list in their own words (see
 * safety-plan/sections), and whether a peer alerted about a hand-off may see the people to ask.
 */
export const safetyPlans = pgTable('safety_plans', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  /** The filled-in parts by name; a part not there is not filled in yet. */
  sections: jsonb('sections').notNull().default({}),
  shareContactsWithStaff: boolean('share_contacts_with_staff').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** "Did that help? 1-5" after a coping exercise: tools that helped this person are offered first. */
export const copingToolRatings = pgTable(
  'coping_tool_ratings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    tool: text('tool').notNull(),
    rating: smallint('rating').notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('coping_tool_ratings_participant_idx').on(table.participantId, table.tool),
    check('coping_tool_ratings_rating_range', sql`${table.rating} between 1 and 5`),
  ],
);

/** A Postgres text-search vector, written on import from a service's words. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The resource directory, from Open Referral HSDS packages. Ids are the package's own, so a
 * re-import updates rows in place; `source` names the package ('peerline-sample' for the bundled one).
 */
export const resourceOrganizations = pgTable('resource_organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  url: text('url'),
  email: text('email'),
  source: text('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A service: what a participant is pointed to. `categories` are ours, mapped from its taxonomy terms and words. */
export const resourceServices = pgTable(
  'resource_services',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id'),
    name: text('name').notNull(),
    description: text('description'),
    url: text('url'),
    email: text('email'),
    /** HSDS status: active, inactive, defunct, temporarily closed. Only active ones are offered. */
    status: text('status').notNull().default('active'),
    eligibility: text('eligibility'),
    fees: text('fees'),
    applicationProcess: text('application_process'),
    /** Taxonomy term codes and names as the package gives them. */
    terms: text('terms').array().notNull().default(sql`'{}'::text[]`),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    /** Countries a service without a place serves ('US', 'CA'): the national lines. */
    areaRegions: text('area_regions').array().notNull().default(sql`'{}'::text[]`),
    /** Name, description and terms, for full-text search ('simple' configuration: the directory mixes languages). */
    search: tsvector('search').notNull(),
    source: text('source').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('resource_services_categories_idx').using('gin', table.categories),
    index('resource_services_search_idx').using('gin', table.search),
    index('resource_services_area_idx').using('gin', table.areaRegions),
    index('resource_services_source_idx').on(table.source),
  ],
);

/** A physical place, with coordinates (from the package, else from its postal code or town) and its time zone. */
export const resourceLocations = pgTable(
  'resource_locations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id'),
    name: text('name'),
    address: text('address'),
    city: text('city'),
    stateProvince: text('state_province'),
    postalCode: text('postal_code'),
    country: text('country'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    timeZone: text('time_zone').notNull(),
    source: text('source').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The lookup's bounding box is a range on lat with lon checked inside the index.
  (table) => [index('resource_locations_lat_lon_idx').on(table.lat, table.lon), index('resource_locations_source_idx').on(table.source)],
);

/** HSDS service_at_location: a service offered at a location. */
export const resourceSites = pgTable(
  'resource_sites',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id').notNull(),
    locationId: text('location_id').notNull(),
    source: text('source').notNull(),
  },
  (table) => [index('resource_sites_location_idx').on(table.locationId), index('resource_sites_service_idx').on(table.serviceId)],
);

/**
 * The lookup's index: one row per active site and category, with the site's coordinates, so
 * "food near here" is one range scan of the (category, lat, lon) index. Rebuilt for the sites a
 * package touches, in the import's transaction.
 */
export const resourceSiteCategories = pgTable(
  'resource_site_categories',
  {
    siteId: text('site_id').notNull(),
    category: text('category').notNull(),
    serviceId: text('service_id').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    source: text('source').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.siteId, table.category] }),
    index('resource_site_categories_lookup_idx').on(table.category, table.lat, table.lon),
    index('resource_site_categories_source_idx').on(table.source),
  ],
);

/** A phone number of a service, a location, a site or an organization. */
export const resourcePhones = pgTable(
  'resource_phones',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id'),
    locationId: text('location_id'),
    siteId: text('site_id'),
    organizationId: text('organization_id'),
    number: text('number').notNull(),
    extension: text('extension'),
    type: text('type'),
    description: text('description'),
    source: text('source').notNull(),
  },
  (table) => [
    index('resource_phones_service_idx').on(table.serviceId),
    index('resource_phones_location_idx').on(table.locationId),
    index('resource_phones_site_idx').on(table.siteId),
    index('resource_phones_organization_idx').on(table.organizationId),
  ],
);

/** Opening hours (HSDS schedules, or 2.0 regular_schedule), read in the location's time zone. */
export const resourceSchedules = pgTable(
  'resource_schedules',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id'),
    locationId: text('location_id'),
    siteId: text('site_id'),
    /** 'WEEKLY' or 'DAILY'. */
    freq: text('freq').notNull().default('WEEKLY'),
    /** RFC 5545 days: 'MO,TU,WE'; empty means every day. */
    byday: text('byday').notNull().default(''),
    /** 'HH:mm'; both null means all day. A closing time before the opening runs past midnight. */
    opensAt: text('opens_at'),
    closesAt: text('closes_at'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    description: text('description'),
    source: text('source').notNull(),
  },
  (table) => [
    index('resource_schedules_service_idx').on(table.serviceId),
    index('resource_schedules_location_idx').on(table.locationId),
    index('resource_schedules_site_idx').on(table.siteId),
  ],
);
