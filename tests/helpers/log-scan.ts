/**
 * Full phone numbers in log lines: every line a test's apps log (each LogCapture, and child processes' lines a test
 * adds) is checked after each test file (tests/helpers/log-hygiene-setup.ts). A masked number (`+1•••••••0100`,
 * `[number …00]`) is not a full number.
 */


/**
 * E.164 and international forms: `+` then 10 to 15 digits, with or without the separators people type
 * (`+12025550100`, `+1 (202) 555-0100`, `+44 7700 900123`).
 */
const INTERNATIONAL = /(?<![\w+])\+\d(?:[ .()-]{0,2}\d){9,14}(?![\w])/g;

/**
 * National forms, digits only or with common separators: `(202) 555-0100`, `202-555-0100`, `202.555.0100`,
 * `202 555 0100`, `2025550100`, `1-202-555-0100`, `12025550100`, `07700 900123`.
 * Not inside a longer token (a MessageSid, a hash, a UUID, a database name), and not a time: a ten-digit run that
 * starts with 1 is Unix seconds, never a number (no area code or trunk prefix starts with 1).
 */
const NATIONAL =
  /(?<![\w+./-])(?:1[ .-]?\(?[2-9]\d\d\)?[ .-]?\d{3}[ .-]?\d{4}|\(?[02-9]\d\d\)?[ .-]?\d{3}[ .-]?\d{4}|0\d{4}[ .-]?\d{6})(?![\w-]|\.\d|:\d)/g;

/** The full phone numbers `line` holds, as written. */
export function phoneNumbersIn(line: string): string[] {
  const found = [...line.matchAll(INTERNATIONAL)].map((match) => match[0]);
  const rest = line.replace(INTERNATIONAL, ' ');
  for (const match of rest.matchAll(NATIONAL)) found.push(match[0]);
  return found;
}

/** `line` with every full phone number in it masked to its last two digits, for a failure message. */
export function maskNumbersIn(line: string): string {
  let masked = line;
  for (const number of phoneNumbersIn(line)) {
    masked = masked.split(number).join(`[number …${number.replace(/\D/g, '').slice(-2)}]`);
  }
  return masked;
}

/** Log lines an app wrote in a test: a LogCapture (tests/helpers/app.ts), or a child process's stdout split into lines. */
export interface CapturedLogLines {
  readonly lines: readonly string[];
}

const CAPTURES = Symbol.for('peerline.test.logCaptures');

/**
 * Every log capture of this test file: each LogCapture adds itself; a test that reads a child process's log lines
 * adds them. tests/helpers/log-hygiene-setup.ts scans them all after the file.
 */
export function logCaptures(): Set<CapturedLogLines> {
  const registry = globalThis as { [CAPTURES]?: Set<CapturedLogLines> };
  return (registry[CAPTURES] ??= new Set());
}
