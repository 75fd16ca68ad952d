import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run resources:import -- PATH` as an operator runs it, on a fresh embedded database.
const importing = (target: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'resources:import', '--', target], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'peerline-import-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });

describe('npm run resources:import', () => {
  it('prints the counts per table and each skipped row by file and line', async () => {
    const { code, stdout } = await importing(path.resolve('tests/fixtures/hsds/dayton-v2'));
    expect(code).toBe(0);
    expect(stdout).toContain('Imported "dayton-test-211" from');
    expect(stdout).toContain('  services: 5 new, 0 updated');
    expect(stdout).toContain('7 rows skipped:');
    expect(stdout).toContain('  regular_schedules.csv line 8: opens_at "9am" is not a time like 09:00');
  }, 60_000);

  it('a path that is not there fails with a message and a non-zero code', async () => {
    const { code, stderr } = await importing('/nonexistent/hsds');
    expect(code).toBe(1);
    expect(stderr).toContain('no such file or folder: /nonexistent/hsds');
  }, 60_000);
});
