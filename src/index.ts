import { rmSync, writeFileSync } from 'node:fs';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { serverFileFor } from './server-file.js';
import { READ_CULTURES, warmRecognizers } from './understanding/recognizers.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const app = await createApp(config);
  const address = await app.listen();
  const serverFile = serverFileFor(config);
  writeFileSync(serverFile, JSON.stringify({ pid: process.pid, port: address.port }));
  app.logger.info(
    { port: address.port, database: app.database.kind, sms: config.twilio !== undefined, teamsAuth: config.botFramework.appId !== undefined },
    'peerline is listening',
  );

  // The recognizers compile their French and Spanish models on first use; do it now, between requests.
  const warming = performance.now();
  void warmRecognizers(READ_CULTURES).then(
    () => app.logger.info({ ms: Math.round(performance.now() - warming) }, 'language recognizers ready'),
    (error: unknown) => app.logger.warn({ err: error }, 'could not warm the language recognizers'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down: finishing turns in flight');
    rmSync(serverFile, { force: true });
    await app.close();
    app.logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('peerline failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
