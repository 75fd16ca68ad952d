import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEALTHY_WITHIN_MS = 90_000;
const TAIL_LINES = 20;

/** A peerline server running as its own `node` process, as `npm start` runs it. */
export interface ServerProcess {
  readonly pid: number;
  readonly url: string;
  /** Log lines it wrote to stdout or stderr (at the level its LOG_LEVEL lets through). */
  readonly logLines: number;
  /** Its last log lines, for a failure report (pino JSON: no message bodies, masked numbers). */
  logTail(): readonly string[];
  /** Ends it at once with SIGKILL, as a crash would: nothing is handed back. */
  kill(): void;
  /** SIGTERM (a graceful stop), then SIGKILL if it is still there after `graceMs`; removes its DATA_DIR. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `node --import tsx src/index.ts` with exactly `env` (PORT 0 and a DATA_DIR of its own
 * are added) and resolves once its /healthz answers 200.
 */
export async function startServerProcess(env: Readonly<Record<string, string>>): Promise<ServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peerline-bench-instance-'));
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'src/index.ts'], {
    cwd: REPO_ROOT,
    env: { ...env, PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const tail: string[] = [];
  let logLines = 0;
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      logLines += 1;
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const gone = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const kill = (): void => {
    if (!gone()) child.kill('SIGKILL');
  };
  const stop = async (graceMs = 10_000): Promise<void> => {
    if (!gone()) {
      child.kill('SIGTERM');
      const timer = setTimeout(kill, graceMs);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  // A bench that ends abruptly must not leave servers behind.
  process.once('exit', kill);
  void exited.then(() => process.removeListener('exit', kill));
  try {
    const url = await untilHealthy(dataDir, gone, () => tail);
    return {
      pid: child.pid ?? -1,
      url,
      get logLines() {
        return logLines;
      },
      logTail: () => [...tail],
      kill,
      stop,
    };
  } catch (error) {
    await stop(1000);
    throw error;
  }
}

/** Waits for the server file index.ts writes after listening, then for a 200 from /healthz. */
async function untilHealthy(dataDir: string, gone: () => boolean, tail: () => readonly string[]): Promise<string> {
  const deadline = performance.now() + HEALTHY_WITHIN_MS;
  for (;;) {
    if (gone()) throw new Error(`a server process exited during start-up: ${tail().join(' | ')}`);
    const url = readServerUrl(dataDir);
    if (url) {
      const response = await fetch(`${url}/healthz`).catch(() => undefined);
      await response?.arrayBuffer();
      if (response?.status === 200) return url;
    }
    if (performance.now() > deadline) throw new Error(`a server process was not healthy within ${HEALTHY_WITHIN_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readServerUrl(dataDir: string): string | undefined {
  try {
    const { port } = JSON.parse(readFileSync(path.join(dataDir, 'server.json'), 'utf8')) as { port?: unknown };
    return typeof port === 'number' ? `http://127.0.0.1:${port}` : undefined;
  } catch {
    return undefined; // not written yet, or half-written
  }
}
