import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PROGRAM_FILE } from '../config.js';

/** A short code's standard pace, 100 texts a second per instance: the fan-out delivers at a real carrier's ceiling. */
export const MAX_MESSAGES_PER_SECOND = 100;

/**
 * Writes a copy of config/program.json into `dir` with SMS at its fastest allowed pace and
 * `changes` laid over the top-level keys; returns the file, for PROGRAM_CONFIG.
 */
export function writeBenchProgram(dir: string, changes: Readonly<Record<string, unknown>> = {}): string {
  const program = JSON.parse(readFileSync(DEFAULT_PROGRAM_FILE, 'utf8')) as Record<string, unknown>;
  const file = path.join(dir, 'program.json');
  const sms = { messagesPerSecond: MAX_MESSAGES_PER_SECOND, twilioHandlesOptOutKeywords: true };
  writeFileSync(file, JSON.stringify({ ...program, sms, ...changes }));
  return file;
}
