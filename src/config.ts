import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The bundled program file, used when PROGRAM_CONFIG is not set. */
export const DEFAULT_PROGRAM_FILE = fileURLToPath(new URL('../config/program.json', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const isIanaZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');
const timeZone = z.string().refine(isIanaZone, 'expected an IANA time zone such as America/New_York');
const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 phone number such as +15551234567');

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    PROGRAM_CONFIG: optionalText,
    TWILIO_ACCOUNT_SID: optionalText.pipe(z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'expected AC followed by 32 hex digits').optional()),
    TWILIO_AUTH_TOKEN: optionalText,
    TWILIO_PHONE_NUMBER: optionalText.pipe(e164.optional()),
    TWILIO_MESSAGING_SERVICE_SID: optionalText.pipe(z.string().regex(/^MG[0-9a-fA-F]{32}$/, 'expected MG followed by 32 hex digits').optional()),
    TWILIO_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional().or(z.literal('').transform(() => undefined)),
    MicrosoftAppTenantId: optionalText,
  });

const present = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/** Settings that only make sense together; checked on the raw values so they join every other problem. */
function crossFieldProblems(source: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const twilioKeys = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_PHONE_NUMBER', 'TWILIO_MESSAGING_SERVICE_SID'];
  if (twilioKeys.some((key) => present(source[key]))) {
    // Half a Twilio set-up would accept webhooks it can never answer: name what is missing.
    if (!present(source.TWILIO_ACCOUNT_SID)) problems.push('TWILIO_ACCOUNT_SID: required when any TWILIO_ setting is given');
    if (!present(source.TWILIO_AUTH_TOKEN)) problems.push('TWILIO_AUTH_TOKEN: required when any TWILIO_ setting is given');
    if (!present(source.TWILIO_PHONE_NUMBER) && !present(source.TWILIO_MESSAGING_SERVICE_SID)) {
      problems.push('TWILIO_PHONE_NUMBER: TWILIO_PHONE_NUMBER or TWILIO_MESSAGING_SERVICE_SID is required');
    }
    if (!present(source.PUBLIC_URL)) problems.push('PUBLIC_URL: required for SMS, Twilio signatures are checked against it');
  }
  if (present(source.MicrosoftAppId) && !present(source.MicrosoftAppPassword) && source.MicrosoftAppType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  return problems;
}

const lineText = z.object({ name: z.string().min(1), contact: z.string().min(1) });

const crisisLineSchema = z.object({
  kind: z.enum(['crisis', 'emergency', 'poison', 'domestic_violence', 'other']),
  name: z.string().min(1),
  contact: z.string().min(1),
  /** What to dial or text, alone ("911", "1-800-222-1222"): the short form a crisis script says ("call 911 now"). */
  number: z.string().min(1).max(20).optional(),
  /** The same line's name and how to reach it in Spanish and French. */
  localized: z.object({ es: lineText.optional(), fr: lineText.optional() }).optional(),
});

const staffSchema = z
  .object({
    name: z.string().min(1),
    role: z.enum(['peer', 'supervisor', 'backup']),
    phone: e164.optional(),
    teamsUserId: z.string().min(1).optional(),
  })
  .refine((staff) => staff.phone !== undefined || staff.teamsUserId !== undefined, 'needs a phone or a teamsUserId');

const programSchema = z
  .object({
    programName: z.string().min(1).max(40),
    helpContact: z.string().min(1).max(200),
    messageFrequency: z.string().min(1).max(60),
    defaultRegion: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code'),
    defaultTimeZone: timeZone,
    defaultCheckInTime: clockTime,
    proactiveWindow: z.object({ start: clockTime, end: clockTime }),
    crisisLines: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(crisisLineSchema).min(1)),
    onCall: z.array(staffSchema).default([]),
    /**
     * When peers answer ordinary requests (ISO weekdays, 1 = Monday). Outside them a person who
     * asks for a peer is told when to expect one, and the request does not escalate overnight.
     * Absent: staffed around the clock. Crisis hand-offs alert the on-call staff at any hour.
     */
    officeHours: z
      .object({ timeZone, days: z.array(z.number().int().min(1).max(7)).min(1), start: clockTime, end: clockTime })
      .refine((hours) => hours.start < hours.end, 'start must be before end')
      .optional(),
    /** The program's contact and message frequency in Spanish and French (English otherwise). */
    localized: z
      .object({
        es: z.object({ helpContact: z.string().min(1).max(200).optional(), messageFrequency: z.string().min(1).max(60).optional() }).optional(),
        fr: z.object({ helpContact: z.string().min(1).max(200).optional(), messageFrequency: z.string().min(1).max(60).optional() }).optional(),
      })
      .optional(),
    escalationMinutes: z.number().positive().max(120).default(5),
    /** How long an ordinary request for a peer waits before it is re-sent and the backup told. */
    requestEscalationMinutes: z.number().positive().max(24 * 60).default(60),
    /** How many days the relay transcript of a hand-off (what the person and the peer wrote) is kept. */
    transcriptDays: z.number().int().min(1).max(365).default(30),
    checkIn: z
      .object({
        /** Ask "have you used since your last check-in?" (programs decide; off unless turned on). */
        askAboutUse: z.boolean().default(false),
      })
      .default({ askAboutUse: false }),
    reminders: z
      .object({
        /** A reminder due outside the window waits for its start ('defer') or is not sent ('drop'). */
        outsideWindow: z.enum(['defer', 'drop']).default('defer'),
        /** A proactive message this many minutes late (after an outage, say) is dropped, not sent out of context. */
        staleAfterMinutes: z.number().int().positive().max(24 * 60).default(180),
        /** At most this many proactive messages per person per local day; keep it within what `messageFrequency` promised. */
        maxPerDay: z.number().int().min(1).max(20).default(3),
      })
      .default({ outsideWindow: 'defer', staleAfterMinutes: 180, maxPerDay: 3 }),
    sms: z
      .object({
        messagesPerSecond: z.number().positive().max(1000).default(1),
        twilioHandlesOptOutKeywords: z.boolean().default(true),
        /** Keep accented letters GSM-7 lacks (á, ê, ç…) in outbound texts; by default they lose the accent, so one letter does not halve a segment. */
        keepAccents: z.boolean().default(false),
        /** More than `texts` from one sender within `windowSeconds` is a flood: one notice, no answer to each (bots/steps/flood-step). */
        flood: z
          .object({ texts: z.number().int().min(2).max(10_000).default(10), windowSeconds: z.number().int().min(1).max(3600).default(30) })
          .default({ texts: 10, windowSeconds: 30 }),
      })
      .default({ messagesPerSecond: 1, twilioHandlesOptOutKeywords: true, keepAccents: false, flood: { texts: 10, windowSeconds: 30 } }),
  })
  .superRefine((program, ctx) => {
    if (!program.crisisLines[program.defaultRegion]) {
      ctx.addIssue({ code: 'custom', path: ['crisisLines', program.defaultRegion], message: 'the default region needs crisis lines' });
    }
    for (const [region, lines] of Object.entries(program.crisisLines)) {
      if (!lines.some((line) => line.kind === 'crisis')) {
        ctx.addIssue({ code: 'custom', path: ['crisisLines', region], message: 'needs at least one line of kind "crisis"' });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;
export type ProgramConfig = z.infer<typeof programSchema>;
export type CrisisLine = z.infer<typeof crisisLineSchema>;
export type StaffContact = z.infer<typeof staffSchema>;

/** Twilio settings, present only when the SMS channel is fully configured. */
export interface TwilioConfig {
  readonly accountSid: string;
  readonly authToken: string;
  readonly phoneNumber?: string;
  readonly messagingServiceSid?: string;
  readonly apiUrl?: string;
  readonly publicUrl: string;
}

/** Bot Framework credentials; absent means anonymous (local Emulator, tests). */
export interface BotFrameworkConfig {
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType?: string;
  readonly tenantId?: string;
}

export interface AppConfig {
  readonly port: number;
  readonly publicUrl?: string;
  readonly database: { readonly url?: string; readonly dataDir: string };
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly program: ProgramConfig;
  readonly programFile: string;
  readonly twilio?: TwilioConfig;
  readonly botFramework: BotFrameworkConfig;
}

/** A configuration that cannot run; the message names every bad key. */
export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const describeIssues = (prefix: string, issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((issue) => `${prefix}${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);

/** Reads and validates the program file; problems are returned, not thrown, so they join the env's. */
export function parseProgramFile(file: string): { program?: ProgramConfig; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'cannot be read';
    return { problems: [`PROGRAM_CONFIG: ${file} ${reason}`] };
  }
  const parsed = programSchema.safeParse(raw);
  if (!parsed.success) return { problems: describeIssues(`PROGRAM_CONFIG ${path.basename(file)} `, parsed.error.issues) };
  return { program: parsed.data, problems: [] };
}

/** Parses the environment and the program file; the only reader of process.env is the caller of this. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsedEnv = envSchema.safeParse(source);
  const problems = [...(parsedEnv.success ? [] : describeIssues('', parsedEnv.error.issues)), ...crossFieldProblems(source)];
  const programFile = path.resolve(
    (parsedEnv.success ? parsedEnv.data.PROGRAM_CONFIG : source.PROGRAM_CONFIG?.trim() || undefined) ?? DEFAULT_PROGRAM_FILE,
  );
  const { program, problems: programProblems } = parseProgramFile(programFile);
  problems.push(...programProblems);
  if (!parsedEnv.success || !program || problems.length > 0) throw new ConfigError(problems);

  const env = parsedEnv.data;
  const twilio: TwilioConfig | undefined =
    env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.PUBLIC_URL
      ? {
          accountSid: env.TWILIO_ACCOUNT_SID,
          authToken: env.TWILIO_AUTH_TOKEN,
          phoneNumber: env.TWILIO_PHONE_NUMBER,
          messagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID,
          apiUrl: env.TWILIO_API_URL,
          publicUrl: env.PUBLIC_URL,
        }
      : undefined;

  return {
    port: env.PORT,
    publicUrl: env.PUBLIC_URL,
    database: { url: env.DATABASE_URL, dataDir: path.resolve(env.DATA_DIR) },
    logLevel: env.LOG_LEVEL,
    program,
    programFile,
    twilio,
    botFramework: {
      appId: env.MicrosoftAppId,
      appPassword: env.MicrosoftAppPassword,
      appType: env.MicrosoftAppType,
      tenantId: env.MicrosoftAppTenantId,
    },
  };
}
