import { benchCrisisScreen } from '../bench/crisis-screen.js';
import { benchEchoTurns } from '../bench/echo-turns.js';
import { note, printFigure, type Figure } from '../bench/figure.js';
import { benchReminderFanout, type FanoutResult } from '../bench/reminder-fanout.js';
import { benchCheckinHistory } from '../bench/checkin-history.js';
import { benchResourceLookup } from '../bench/resource-lookup.js';
import { createBenchDatabase, DEFAULT_SERVER_URL, type BenchDatabase } from '../bench/server-database.js';
import { replyBudget } from '../bench/segment-scripts.js';
import { benchSmsSegments } from '../bench/sms-segments.js';
import { benchSmsTurns } from '../bench/sms-turns.js';
import { freshDataDir, startToHealthy } from '../bench/start-up.js';
import type { LoadResult } from '../bench/closed-loop.js';
import { quantile, round } from '../bench/stats.js';
import { loadConfig } from '../config.js';
import { segmentCount } from '../adapters/sms/gsm7.js';

const PARTICIPANTS = 50;
const WARM_UP_TURNS = 300;
const MEASURED_TURNS = 1000;
const DEFAULT_REMINDERS = 100_000;

type Server = BenchDatabase | { readonly skipped: string };

const skippedFigure = (metric: string, unit: string, target: string | undefined, reason: string): Figure => ({
  metric,
  value: null,
  unit,
  ...(target ? { target } : {}),
  database: 'postgres',
  skipped: reason,
});

async function benchStartUp(server: Server): Promise<void> {
  note('start-up on a fresh embedded database');
  const data = freshDataDir();
  try {
    const first = await startToHealthy({ DATA_DIR: data.dir });
    printFigure({ metric: 'embedded_start_ms_first', value: first.ms, unit: 'ms', database: 'pglite', migrations: 'all' });
    const later = await startToHealthy({ DATA_DIR: data.dir });
    printFigure({ metric: 'embedded_start_ms', value: later.ms, unit: 'ms', database: 'pglite', migrations: 'none pending' });
  } finally {
    data.remove();
  }
  if ('skipped' in server) {
    printFigure(skippedFigure('server_start_ms', 'ms', undefined, server.skipped));
    return;
  }
  note('start-up on the PostgreSQL server');
  const first = await startToHealthy({ DATABASE_URL: server.url });
  const later = await startToHealthy({ DATABASE_URL: server.url });
  printFigure({ metric: 'server_start_ms', value: later.ms, unit: 'ms', database: 'postgres', migrations: 'none pending', first_start_ms: first.ms });
}

function benchCrisis(): void {
  note('crisis screen');
  for (const figure of benchCrisisScreen()) {
    printFigure({ ...figure, ...(figure.metric === 'crisis_screen_median_us' ? { target: '<= 200' } : figure.metric === 'crisis_screen_p99_us' ? { target: '<= 2000' } : {}) });
  }
}

const SOLO_TURNS = 100;

const perSecond = (load: LoadResult): number => round((load.turns / load.elapsedMs) * 1000);

/** What explains a throughput: this process's CPU per turn, and how busy the machine was (others included). */
const cpuFields = (load: LoadResult) => ({
  process_cpu_ms_per_turn: round(load.processCpuMsPerTurn, 2),
  machine_busy_pct: round(load.machineBusyPct),
});

/** Prints the SMS figures; returns the throughput (undefined when not measured). */
async function benchSms(server: Server): Promise<number | undefined> {
  if ('skipped' in server) {
    printFigure(skippedFigure('sms_turns_per_s', 'turns/s', undefined, server.skipped));
    printFigure(skippedFigure('sms_turn_p99_ms', 'ms', '<= 100', server.skipped));
    printFigure(skippedFigure('sms_ack_p99_ms', 'ms', undefined, server.skipped));
    return undefined;
  }
  note(`SMS: ${PARTICIPANTS} participants enrolling, ${WARM_UP_TURNS} turns warm-up, ${MEASURED_TURNS} measured, ${SOLO_TURNS} alone`);
  const { measured, solo, unexpectedReplies } = await benchSmsTurns({
    databaseUrl: server.url,
    participants: PARTICIPANTS,
    warmUpTurns: WARM_UP_TURNS,
    measuredTurns: MEASURED_TURNS,
    soloTurns: SOLO_TURNS,
  });
  const common = { database: 'postgres' as const, participants: PARTICIPANTS, turns: measured.turns };
  const throughput = perSecond(measured);
  printFigure({ metric: 'sms_turns_per_s', value: throughput, unit: 'turns/s', ...common, ...cpuFields(measured), unexpected_replies: unexpectedReplies });
  printFigure({
    metric: 'sms_turn_p99_ms',
    value: round(quantile(measured.latenciesMs, 0.99)),
    unit: 'ms',
    target: '<= 100',
    ...common,
    median_ms: round(quantile(measured.latenciesMs, 0.5)),
    solo_median_ms: round(quantile(solo.latenciesMs, 0.5)),
    solo_p99_ms: round(quantile(solo.latenciesMs, 0.99)),
  });
  printFigure({
    metric: 'sms_ack_p99_ms',
    value: round(quantile(measured.acksMs, 0.99)),
    unit: 'ms',
    ...common,
    median_ms: round(quantile(measured.acksMs, 0.5)),
    solo_p99_ms: round(quantile(solo.acksMs, 0.99)),
  });
  return throughput;
}

async function benchEcho(): Promise<number> {
  note(`echo bot: ${PARTICIPANTS} conversations, ${WARM_UP_TURNS} turns warm-up, ${MEASURED_TURNS} measured, ${SOLO_TURNS} alone`);
  const { measured, solo, unexpectedReplies } = await benchEchoTurns({
    conversations: PARTICIPANTS,
    warmUpTurns: WARM_UP_TURNS,
    measuredTurns: MEASURED_TURNS,
    soloTurns: SOLO_TURNS,
  });
  const throughput = perSecond(measured);
  printFigure({
    metric: 'echo_turns_per_s',
    value: throughput,
    unit: 'turns/s',
    storage: 'memory',
    conversations: PARTICIPANTS,
    turns: measured.turns,
    turn_p99_ms: round(quantile(measured.latenciesMs, 0.99)),
    solo_p99_ms: round(quantile(solo.latenciesMs, 0.99)),
    ...cpuFields(measured),
    unexpected_replies: unexpectedReplies,
  });
  return throughput;
}

/** How many occurrences the fan-out sends: BENCH_REMINDERS (e.g. 5000 for a quick run), else 100,000. */
function reminderCount(): number {
  const raw = process.env.BENCH_REMINDERS?.trim();
  if (!raw) return DEFAULT_REMINDERS;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 3) throw new Error(`BENCH_REMINDERS: expected a whole number of at least 3, got "${raw}"`);
  return count;
}

const seconds = (ms: number | undefined): number | null => (ms === undefined ? null : round(ms / 1000));

const HISTORY_PARTICIPANTS = 100_000;
const HISTORY_DAYS = 100;
const HISTORY_LOOKUPS = 500;

/** Prints the 90-day check-in trend figure from a 10,000,000-row table (its own database: the rows are not wanted elsewhere). */
async function benchHistory(serverUrl: string): Promise<void> {
  const database = await createBenchDatabase(serverUrl);
  if ('skipped' in database) {
    printFigure(skippedFigure('checkin_history_ms', 'ms', '< 10', database.skipped));
    return;
  }
  try {
    // Migrations come with the first start of a server on it; the bench's own start-up does that.
    await startToHealthy({ DATABASE_URL: database.url });
    note(`check-in history: ${HISTORY_PARTICIPANTS} participants x ${HISTORY_DAYS} days, ${HISTORY_LOOKUPS} random 90-day trends`);
    const result = await benchCheckinHistory({ databaseUrl: database.url, participants: HISTORY_PARTICIPANTS, daysEach: HISTORY_DAYS, lookups: HISTORY_LOOKUPS });
    printFigure({
      metric: 'checkin_history_ms',
      value: result.medianMs,
      unit: 'ms',
      target: '< 10',
      statistic: 'median',
      database: 'postgres',
      rows: result.rows,
      lookups: HISTORY_LOOKUPS,
      p99_ms: result.p99Ms,
      trend_days: result.trendDays,
      seed_s: round(result.seedMs / 1000),
      plan: result.plan,
    });
  } finally {
    await database.drop().catch((error: unknown) => note(`could not drop the history database: ${String(error)}`));
  }
}

const DIRECTORY_SERVICES = 100_000;
const DIRECTORY_LOOKUPS = 500;

/** Prints the resource lookup figure over a generated 100,000-service directory (its own database, dropped after). */
async function benchResources(serverUrl: string): Promise<void> {
  const database = await createBenchDatabase(serverUrl);
  if ('skipped' in database) {
    printFigure(skippedFigure('resource_lookup_ms', 'ms', undefined, database.skipped));
    return;
  }
  try {
    note(`resource lookup: ${DIRECTORY_SERVICES} generated services, ${DIRECTORY_LOOKUPS} lookups of a random category around a random town`);
    const result = await benchResourceLookup({ databaseUrl: database.url, services: DIRECTORY_SERVICES, lookups: DIRECTORY_LOOKUPS });
    printFigure({
      metric: 'resource_lookup_ms',
      value: result.medianMs,
      unit: 'ms',
      statistic: 'median',
      database: 'postgres',
      services: result.services,
      lookups: DIRECTORY_LOOKUPS,
      p99_ms: result.p99Ms,
      mean_results: result.meanResults,
      empty_lookups: result.empty,
      seed_s: round(result.seedMs / 1000),
      plan: result.plan,
      text_plan: result.textPlan,
    });
  } finally {
    await database.drop().catch((error: unknown) => note(`could not drop the directory database: ${String(error)}`));
  }
}

/** Prints the reminder fan-out figures: carrier throughput, duplicates and occurrences not sent. */
async function benchFanout(server: Server, serverUrl: string, occurrences: number): Promise<void> {
  const metrics = [
    ['reminder_fanout_msgs_per_s', 'msg/s', undefined],
    ['reminder_fanout_duplicates', 'recipients', '= 0'],
    ['reminder_fanout_not_sent', 'occurrences', '= 0'],
  ] as const;
  const skip = (reason: string) => metrics.forEach(([metric, unit, target]) => printFigure(skippedFigure(metric, unit, target, reason)));
  if ('skipped' in server) return skip(server.skipped);
  note(`reminder fan-out: ${occurrences} occurrences due at once, 3 server processes, one killed with SIGKILL after a third of the texts`);
  const result = await benchReminderFanout({ serverUrl, occurrences });
  if ('skipped' in result) return skip(result.skipped);
  for (const figure of fanoutFigures(result)) printFigure(figure);
}

function fanoutFigures(result: FanoutResult): Figure[] {
  const { tally, rows } = result;
  const common = {
    database: 'postgres' as const,
    occurrences: result.occurrences,
    instances: result.instances,
    killed_after_messages: result.killedAfterMessages ?? null,
    ...(result.unfinished ? { unfinished: result.unfinished } : {}),
  };
  const dispatchS = seconds(result.dispatchMs);
  return [
    {
      metric: 'reminder_fanout_msgs_per_s',
      value: result.elapsedMs > 0 ? round((tally.messages / result.elapsedMs) * 1000) : 0,
      unit: 'msg/s',
      ...common,
      messages: tally.messages,
      elapsed_s: seconds(result.elapsedMs),
      first_message_s: seconds(result.firstMessageMs),
      rate_limit_per_instance: result.messagesPerSecondPerInstance,
      dispatch_per_s: dispatchS ? round(result.dispatchedFirstClaim / dispatchS) : null,
      dispatch_s: dispatchS,
      taken_over: rows.claimedTwice,
      taken_over_done_s: seconds(result.takenOverDoneMs),
      seed_s: seconds(result.seedMs),
    },
    {
      metric: 'reminder_fanout_duplicates',
      value: tally.duplicates,
      unit: 'recipients',
      target: '= 0',
      ...common,
      extra_texts: tally.extraTexts,
      duplicates_across_kill: result.duplicatesAcrossKill,
      texts_taken_over: rows.textsClaimedTwice,
    },
    {
      metric: 'reminder_fanout_not_sent',
      value: tally.notSent,
      unit: 'occurrences',
      target: '= 0',
      ...common,
      rows_sent: rows.sent,
      rows_pending: rows.pending,
      rows_skipped: rows.skipped,
      texts_queued: rows.queuedTexts,
      unexpected_texts: tally.unexpected,
      next_planned: rows.nextPlanned,
      instance_log_lines: result.instanceLogLines,
    },
  ];
}

// The targets for the mean segments per reply, by language.
const SEGMENT_TARGETS = { en: '<= 1.2', es: '<= 1.4', fr: '<= 1.4' } as const;

/** Prints segments per reply and per conversation of the scripted SMS conversations, per language. */
async function benchSegments(): Promise<void> {
  note('SMS segments: scripted conversations (enrollment, check-in, a goal, a lookup, the safety plan, a crisis) in en, es, fr');
  const results = await benchSmsSegments();
  const transcript = process.env.BENCH_SEGMENTS_TRANSCRIPT === '1';
  for (const { lang, perReply, perConversation, conversations } of results) {
    const mean = (values: readonly number[]) => round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), 2);
    printFigure({
      metric: 'sms_segments_per_reply',
      value: mean(perReply),
      unit: 'segments',
      target: SEGMENT_TARGETS[lang],
      database: 'pglite',
      lang,
      statistic: 'mean',
      p95: quantile(perReply, 0.95),
      max: Math.max(...perReply),
      replies: perReply.length,
      over_2: perReply.filter((count) => count > 2).length,
    });
    printFigure({
      metric: 'sms_segments_per_conversation',
      value: mean(perConversation),
      unit: 'segments',
      database: 'pglite',
      lang,
      statistic: 'mean',
      by_conversation: Object.fromEntries(conversations.map((c, index) => [c.conversation.name, perConversation[index] ?? 0])),
    });
    if (transcript) {
      for (const { conversation, turns } of conversations) {
        note(`--- ${lang} ${conversation.name}`);
        for (const turn of turns) {
          note(`> ${turn.line.text}`);
          turn.replies.forEach((reply, index) => note(`< [${segmentCount(reply)}/${replyBudget(turn.line, index)}] ${reply.replace(/\n/g, ' | ')}`));
        }
      }
    }
  }
}

const SECTIONS = ['crisis', 'start', 'sms', 'segments', 'history', 'resources', 'fanout'] as const;
type Section = (typeof SECTIONS)[number];

/** The sections to run: BENCH_ONLY (e.g. "sms,fanout") to re-measure some, else all of them. */
function sectionsToRun(): ReadonlySet<Section> {
  const raw = process.env.BENCH_ONLY?.trim();
  if (!raw) return new Set(SECTIONS);
  const asked = raw.split(',').map((name) => name.trim());
  const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown section ${unknown.join(', ')}; expected some of ${SECTIONS.join(', ')}`);
  return new Set(asked as Section[]);
}

async function main(): Promise<number> {
  // DATABASE_URL is read (and validated) the way the server reads it.
  const serverUrl = loadConfig().database.url ?? DEFAULT_SERVER_URL;
  const reminders = reminderCount();
  const run = sectionsToRun();
  const began = performance.now();
  const server = await createBenchDatabase(serverUrl);
  if ('skipped' in server) note(server.skipped);
  try {
    // The screen first: the start-up figures leave embedded databases' memory behind, and its
    // microseconds are what every message pays, not what a busy heap makes of them.
    if (run.has('crisis')) benchCrisis();
    if (run.has('start')) await benchStartUp(server);
    if (run.has('sms')) {
      const sms = await benchSms(server);
      const echo = await benchEcho();
      printFigure(
        sms === undefined
          ? { ...skippedFigure('sms_vs_echo_ratio', 'ratio', '>= 0.6', 'no SMS figure'), echo_turns_per_s: echo }
          : { metric: 'sms_vs_echo_ratio', value: round(sms / echo, 2), unit: 'ratio', target: '>= 0.6', database: 'postgres', sms_turns_per_s: sms, echo_turns_per_s: echo },
      );
    }
    if (run.has('segments')) await benchSegments();
    if (run.has('history')) {
      if (!('skipped' in server)) await benchHistory(serverUrl);
      else printFigure(skippedFigure('checkin_history_ms', 'ms', '< 10', server.skipped));
    }
    if (run.has('resources')) {
      if (!('skipped' in server)) await benchResources(serverUrl);
      else printFigure(skippedFigure('resource_lookup_ms', 'ms', undefined, server.skipped));
    }
    // Last: it takes minutes, and its server processes would weigh on the figures above.
    if (run.has('fanout')) await benchFanout(server, serverUrl, reminders);
  } finally {
    if (!('skipped' in server)) await server.drop().catch((error: unknown) => note(`could not drop the bench database: ${String(error)}`));
  }
  note(`done in ${round((performance.now() - began) / 1000)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  },
);
