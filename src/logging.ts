import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

// Message bodies and addresses must never reach a log line, whatever a caller passes by mistake.
const REDACT_PATHS = [
  'text',
  'body',
  'Body',
  'phone',
  'address',
  'from',
  'to',
  'From',
  'To',
  'activity',
  '*.text',
  '*.body',
  '*.Body',
  '*.phone',
  '*.address',
  '*.activity',
];

const PHONE_LIKE = /\+?\d[\d\s().-]{6,}\d/g;

/** Masks phone-like digit runs and drops query parameters a driver put in a message. */
export function scrubLogText(text: string): string {
  return text
    .replace(/params:[\s\S]*$/i, 'params: [redacted]')
    .replace(PHONE_LIKE, (digits) => `[number …${digits.replace(/\D/g, '').slice(-2)}]`);
}

interface SafeError {
  type: string;
  code?: string;
  message: string;
  stack?: string;
  cause?: SafeError;
}

/** An error as it may be logged: driver messages can quote SQL parameters (numbers, bodies). */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: '[non-error thrown]' };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: scrubLogText(error.message),
    ...(error.stack ? { stack: scrubLogText(error.stack) } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: safeError(error.cause, depth + 1) } : {}),
  };
}

/** JSON logs on stdout (or `destination`), with bodies and addresses redacted. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'peerline' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: safeError, error: safeError },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** A logger that writes nothing, for tests and tools that do not care. */
export const silentLogger: Logger = pino({ level: 'silent' });
