import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const fixture = path.resolve('tests/fixtures/program.json');
const programFile = (content: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'peerline-config-')), 'program.json');
  writeFileSync(file, content);
  return file;
};
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
};

describe('configuration', () => {
  it('works out of the box with the bundled program file and documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, logLevel: 'info', twilio: undefined, botFramework: { appId: undefined } });
    expect(config.database.url).toBeUndefined();
    expect(config.database.dataDir).toBe(path.resolve('./data'));
    expect(config.program.crisisLines.US?.[0]?.contact).toBe('call or text 988');
    expect(config.program.proactiveWindow).toEqual({ start: '08:00', end: '21:00' });
  });

  it('sends accents GSM-7 lacks without them unless the program file keeps them (sms.keepAccents)', () => {
    expect(loadConfig({}).program.sms.keepAccents).toBe(false);
    const program = { ...JSON.parse(readFileSync(fixture, 'utf8')), sms: { keepAccents: true } };
    expect(loadConfig({ PROGRAM_CONFIG: programFile(JSON.stringify(program)) }).program.sms).toMatchObject({ keepAccents: true, messagesPerSecond: 1 });
  });

  it('reads every setting it documents', () => {
    const config = loadConfig({
      PORT: '4000',
      PUBLIC_URL: 'https://bot.example.org',
      DATABASE_URL: 'postgres://u@db.example.org:5432/peerline',
      DATA_DIR: '/var/lib/peerline',
      LOG_LEVEL: 'debug',
      PROGRAM_CONFIG: fixture,
      TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'secret',
      TWILIO_PHONE_NUMBER: '+15550100000',
      TWILIO_API_URL: 'http://127.0.0.1:9999',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'app-password',
      MicrosoftAppType: 'MultiTenant',
    });
    expect(config.port).toBe(4000);
    expect(config.twilio).toMatchObject({ phoneNumber: '+15550100000', apiUrl: 'http://127.0.0.1:9999', publicUrl: 'https://bot.example.org' });
    expect(config.botFramework).toMatchObject({ appId: 'app-id', appType: 'MultiTenant' });
    expect(config.database).toEqual({ url: 'postgres://u@db.example.org:5432/peerline', dataDir: '/var/lib/peerline' });
  });

  it('names every bad key at once, in one message', () => {
    const problems = problemsOf({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', TWILIO_ACCOUNT_SID: 'nope' });
    const keys = problems.map((problem) => problem.split(':')[0]);
    expect(keys).toEqual(expect.arrayContaining(['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_PHONE_NUMBER', 'PUBLIC_URL']));
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });

  it('a half-done Twilio set-up is refused rather than accepting texts it cannot answer', () => {
    expect(problemsOf({ TWILIO_AUTH_TOKEN: 'secret' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^TWILIO_ACCOUNT_SID/), expect.stringMatching(/^TWILIO_PHONE_NUMBER/), expect.stringMatching(/^PUBLIC_URL/)]),
    );
  });

  it('a program file that is not JSON, or is missing, says so', () => {
    expect(problemsOf({ PROGRAM_CONFIG: programFile('{ nope') })).toEqual([expect.stringMatching(/not valid JSON/)]);
    expect(problemsOf({ PROGRAM_CONFIG: '/nonexistent/program.json' })).toEqual([expect.stringMatching(/cannot be read/)]);
  });

  it('a program file with bad values names each, together with bad environment keys', () => {
    const problems = problemsOf({
      PORT: '-1',
      PROGRAM_CONFIG: programFile(
        JSON.stringify({
          programName: 'x',
          helpContact: 'y',
          messageFrequency: 'z',
          defaultRegion: 'MX',
          defaultTimeZone: 'Mars/Olympus',
          defaultCheckInTime: '25:00',
          proactiveWindow: { start: '8am', end: '21:00' },
          crisisLines: { US: [{ kind: 'emergency', name: '911', contact: 'call 911' }] },
          onCall: [{ name: 'Ana', role: 'peer' }],
        }),
      ),
    });
    const text = problems.join('\n');
    expect(text).toMatch(/^PORT/m);
    for (const key of ['defaultTimeZone', 'defaultCheckInTime', 'proactiveWindow.start', 'crisisLines.MX', 'crisisLines.US', 'onCall.0']) {
      expect(text).toContain(key);
    }
  });
});
