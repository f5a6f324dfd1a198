import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium';

const PORT = Number(process.env.PRESSDECK_TEST_PORT ?? 4173);
const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found for the end-to-end tests: apt-get install -y chromium, or set PRESSDECK_CHROMIUM to a Chromium binary.');
}

export default defineConfig({
  // Renderer in Chromium; Electron-level tests skip themselves where the Electron binary is absent.
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  outputDir: 'test-results',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `tsx tests/support/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
