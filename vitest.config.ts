import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The long reliability tests run apart: `npm run test:reliability` (vitest.reliability.config.ts).
    exclude: ['tests/reliability-long/**', '**/node_modules/**'],
    // After every test file: no captured log line holds a full phone number.
    setupFiles: ['tests/helpers/log-hygiene-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // restify touches process.binding('http_parser'); the warning is noise in every worker.
    execArgv: ['--disable-warning=DEP0111'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Tests assert behaviour, not timing; keep output readable for CI.
    reporters: ['default'],
  },
});
