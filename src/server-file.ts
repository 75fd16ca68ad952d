import path from 'node:path';
import type { AppConfig } from './config.js';

/** Where a running server says how to reach it; `npm run chat` reads it (PGlite allows one process). */
export const serverFileFor = (config: AppConfig): string => path.join(config.database.dataDir, 'server.json');
