import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logCaptures } from './helpers/log-scan.js';

// The commands exactly as the README gives them, as separate processes on a fresh DATA_DIR.
const run = (script: string, env: Record<string, string>, input?: string) =>
  spawn('npm', ['run', '--silent', script], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'info', ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });

const collect = (stream: NodeJS.ReadableStream | null) => {
  let text = '';
  stream?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return () => text;
};

const exited = (child: ReturnType<typeof spawn>) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('the commands the README gives', () => {
  it('npm run chat with lines piped in prints one reply block per line and exits at the end of input', async () => {
    const child = run('chat', { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'peerline-chat-')) }, '');
    const stdout = collect(child.stdout);
    child.stdin?.end('hi\nyes\nSam\nEdmonton\nare you a bot?\n');
    expect(await exited(child)).toBe(0);
    const transcript = stdout();
    expect(transcript).toContain('> hi\nHi! I\'m the peerline automated peer-support assistant, not a person.');
    expect(transcript).toContain('> Edmonton\nGot it: Edmonton, AB.');
    expect(transcript).toContain("You're all set, Sam.");
    expect(transcript).toMatch(/> are you a bot\?\nI'm the peerline automated assistant, a computer program, not a person\./);
  }, 60_000);

  it('npm start serves on the embedded database and stops gracefully on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'peerline-start-'));
    // What `npm start` runs, without npm in between: npm itself dies of the SIGTERM a
    // supervisor sends, and the signal is meant for the server.
    const child = spawn('node', ['--disable-warning=DEP0111', '--import', 'tsx', 'src/index.ts'], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'info', DATA_DIR: dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = collect(child.stdout);
    const serverFile = path.join(dataDir, 'server.json');
    for (let waited = 0; !existsSync(serverFile); waited += 100) {
      if (waited > 50_000) throw new Error(`the server did not start: ${stdout()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { port } = JSON.parse(readFileSync(serverFile, 'utf8')) as { port: number };
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    const logLines = stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    logCaptures().add({ lines: logLines });
    const lines = logLines.map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['peerline is listening', 'shutting down: finishing turns in flight', 'stopped']));
    expect(existsSync(serverFile)).toBe(false);
  }, 60_000);

  it('a malformed setting stops start-up with one message naming every bad key', async () => {
    const child = run('start', { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'peerline-bad-')), PORT: 'eighty', LOG_LEVEL: 'loud' });
    const stderr = collect(child.stderr);
    expect(await exited(child)).toBe(1);
    expect(stderr()).toMatch(/Invalid configuration:\n {2}- PORT: [^\n]+\n {2}- LOG_LEVEL: /);
  }, 60_000);
});
