import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logging.js';
import { round } from './stats.js';

/** What `startToHealthy` measured. */
export interface StartTiming {
  readonly ms: number;
}

/**
 * Time from `createApp` (database opened, migrations applied) through `listen` to the first
 * 200 from /healthz, then a graceful close (not timed).
 */
export async function startToHealthy(env: Readonly<Record<string, string>>): Promise<StartTiming> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env });
  const start = performance.now();
  const app = await createApp(config, { logger: createLogger('warn', process.stderr) });
  try {
    const { port } = await app.listen(0, '127.0.0.1');
    await untilHealthy(`http://127.0.0.1:${port}/healthz`);
    return { ms: round(performance.now() - start) };
  } finally {
    await app.close();
  }
}

/** A fresh, empty DATA_DIR for the embedded database, removed by the returned function. */
export function freshDataDir(): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'peerline-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function untilHealthy(url: string): Promise<void> {
  const deadline = performance.now() + 30_000;
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    await response?.arrayBuffer();
    if (response?.status === 200) return;
    if (performance.now() > deadline) throw new Error(`${url} not healthy within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
