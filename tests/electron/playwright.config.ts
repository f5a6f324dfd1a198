/**
 * Electron-level tests (Playwright's `_electron`): they run the built app (`npx electron-vite build`
 * first) and skip with a message where no Electron binary is available.
 *   npx playwright test -c tests/electron/playwright.config.ts
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
});
