/**
 * Suite-wide log hygiene (vitest setupFiles): after each test file, no log line its apps wrote (every LogCapture,
 * and child processes' lines a test added to logCaptures) may hold a full phone number. The failure quotes each
 * offending line with its numbers masked.
 */
import { afterAll } from 'vitest';
import { logCaptures, maskNumbersIn, phoneNumbersIn } from './log-scan.js';

const MAX_QUOTED = 5;

// Registered before the file's own hooks, so it runs after them (vitest runs after-hooks as a stack):
// what apps log while closing is scanned too. Clearing after the scan keeps a reused worker from scanning a file twice.
afterAll(() => {
  const offending: string[] = [];
  for (const capture of logCaptures()) {
    for (const line of capture.lines) if (phoneNumbersIn(line).length > 0) offending.push(maskNumbersIn(line).slice(0, 400));
  }
  logCaptures().clear();
  if (offending.length === 0) return;
  const quoted = offending.slice(0, MAX_QUOTED).map((line) => `  ${line}`).join('\n');
  const more = offending.length > MAX_QUOTED ? `\n  …and ${offending.length - MAX_QUOTED} more` : '';
  throw new Error(`${offending.length} log line(s) hold a full phone number (masked here):\n${quoted}${more}`);
});
