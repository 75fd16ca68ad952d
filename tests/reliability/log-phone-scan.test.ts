/**
 * The suite-wide scan for full phone numbers in log lines (tests/helpers/log-hygiene-setup.ts): it finds a number
 * however it is written, and does not mistake the ids, times and hashes real log lines are full of for one.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/adapters/sms/phone.js';
import { maskNumbersIn, phoneNumbersIn } from '../helpers/log-scan.js';

/** Lines the suite's apps wrote (ids, times, hashes, stacks), none with a number. */
const REAL_LINES = [
  '{"level":30,"time":"2026-12-01T17:44:48.481Z","service":"peerline","outboundId":1,"to":"[redacted]","status":"queued","msg":"text sent"}',
  '{"level":40,"time":"2026-12-01T17:43:12.550Z","service":"peerline","participantId":"ecf7eb72-90b8-47df-93e1-0c9827d0f241","category":"suicide","rules":["en.suicide.intent_and_death","en.suicide.kill_self"],"event":"crisis","msg":"crisis detected"}',
  '{"level":20,"time":"2026-12-01T17:44:47.992Z","service":"peerline","messageSid":"SMaedc49872759715601bc596998466ee5","chars":2,"numMedia":0,"event":"sms_stored","msg":"inbound text stored"}',
  '{"level":20,"time":"2026-12-01T17:44:48.324Z","service":"peerline","inboundId":1,"attempts":1,"ms":256,"event":"sms_turn_done","msg":"inbound text answered"}',
  '{"level":30,"time":"2026-12-01T17:43:34.355Z","service":"peerline","occurrenceId":29,"kind":"goal_reminder","participantId":"82c1cd75-4d8a-4858-a282-297d3b4873cb","event":"reminder_sent","msg":"proactive message sent"}',
  '{"level":30,"time":"2026-12-01T17:44:56.879Z","service":"peerline","occurrenceId":18,"kind":"goal_reminder","participantId":"cff37e21-d948-4450-9e92-e5597477ce2b","event":"reminder_deferred","until":"2026-12-01T15:00:00.000Z","msg":"outside the person’s window: waiting"}',
  '{"level":40,"time":"2026-12-01T17:44:54.334Z","service":"peerline","outboundId":29,"errorCode":"20500","attempts":1,"retryInMs":991,"msg":"send failed; will retry"}',
  '{"level":40,"time":"2026-12-01T17:43:27.047Z","service":"peerline","err":{"type":"Error","message":"Failed query: delete from \\"bot_state\\" where \\"bot_state\\".\\"key_hash\\" in ($1)\\nparams: [redacted]","cause":{"type":"Error","message":"PGlite is closed","stack":"Error: PGlite is closed\\n    at q._checkReady (file:///work/main/node_modules/@electric-sql/pglite/dist/chunk-XZUEO4BZ.js:3:198805)\\n    at q.query (file:///work/main/node_modules/@electric-sql/pglite/dist/chunk-UYHX356B.js:8:266)"}},"msg":"could not clear conversation state"}',
  '{"level":30,"time":"2026-12-01T17:41:27.291Z","service":"peerline","event":"housekeeping","removed":{"processed_activities":0,"scheduled_messages":0,"handoff_messages":0,"unplanned_schedules":0},"msg":"housekeeping done"}',
  '{"level":30,"service":"peerline","to":"+1•••••••0100","msg":"text sent"}',
  '{"level":50,"service":"peerline","err":{"message":"connect ECONNREFUSED 127.0.0.1:5432 for [number …00]"},"msg":"x"}',
  '{"level":30,"database":"peerline_sms_3f2a9c01b7d4","at":1764610000123,"epoch":1764610000,"durationMs":1234567.891,"version":"20250101120000_init"}',
];

/** A number as people and systems write it, and the digits that make it. */
const WRITTEN: ReadonlyArray<[string, string]> = [
  ['+12025550123', '12025550123'],
  ['+1 (202) 555-0123', '12025550123'],
  ['+1 202 555 0123', '12025550123'],
  ['+1-202-555-0123', '12025550123'],
  ['+447700900123', '447700900123'],
  ['+44 7700 900123', '447700900123'],
  ['+33612345678', '33612345678'],
  ['12025550123', '12025550123'],
  ['1-202-555-0123', '12025550123'],
  ['1 (202) 555-0123', '12025550123'],
  ['2025550123', '2025550123'],
  ['(202) 555-0123', '2025550123'],
  ['(202)555-0123', '2025550123'],
  ['202-555-0123', '2025550123'],
  ['202.555.0123', '2025550123'],
  ['202 555 0123', '2025550123'],
  ['07700 900123', '07700900123'],
  ['0612345678', '0612345678'],
];

describe('finding full phone numbers in log lines', () => {
  it.each(WRITTEN)('finds %s in a message, a JSON string, a JSON number and an error', (written, digits) => {
    const places = [
      `{"level":30,"msg":"texted ${written} today"}`,
      `{"level":30,"phone":"${written}","msg":"x"}`,
      `{"level":50,"err":{"message":"Failed query: params: ${written},hello"},"msg":"x"}`,
      `${written}`,
    ];
    if (/^\d+$/.test(written)) places.push(`{"level":30,"callerId":${written},"msg":"x"}`);
    for (const line of places) {
      expect(phoneNumbersIn(line).map((found) => found.replace(/\D/g, '')), line).toEqual([digits]);
      expect(maskNumbersIn(line), line).not.toContain(written);
      expect(maskNumbersIn(line), line).toContain(`[number …${digits.slice(-2)}]`);
    }
  });

  it('finds two numbers in one line', () => {
    expect(phoneNumbersIn('{"from":"+12025550123","msg":"call me at (403) 555-0177"}')).toEqual(['+12025550123', '(403) 555-0177']);
  });

  it.each(REAL_LINES)('finds none in a real line: %s', (line) => {
    expect(phoneNumbersIn(line)).toEqual([]);
  });

  it('finds none in masked numbers, short codes, times, versions and counts', () => {
    for (const line of [maskPhone('+12025550123'), '988', '1-800-799', 'text START to 88788', '2026-12-01T17:44:48.481Z', '17:44:48', 'v20.11.1', '"ms":1234567890.5', 'port 54321', '12:34:56.789']) {
      expect(phoneNumbersIn(line), line).toEqual([]);
    }
  });

  it('finds none in 20,000 random UUIDs, MessageSids, hex hashes, ISO times and epoch milliseconds', () => {
    const lines: string[] = [];
    for (let index = 0; index < 4000; index += 1) {
      const millis = Date.UTC(2020, 0, 1) + Math.floor(Math.random() * 20 * 365 * 86_400_000);
      lines.push(
        `{"participantId":"${randomUUID()}"}`,
        `{"messageSid":"SM${randomBytes(16).toString('hex')}"}`,
        `{"keyHash":"${randomBytes(32).toString('hex')}"}`,
        `{"time":"${new Date(millis).toISOString()}","at":${millis}}`,
        `{"owner":"${randomUUID()}","lease":"${randomUUID().replace(/-/g, '')}"}`,
      );
    }
    expect(lines.filter((line) => phoneNumbersIn(line).length > 0)).toEqual([]);
  });
});
