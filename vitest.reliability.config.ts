import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The long reliability tests (database outages, killed servers): `npm run test:reliability`, not `npm test`.
export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/reliability-long/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // Each file puts load on the machine and times recovery: one at a time.
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
