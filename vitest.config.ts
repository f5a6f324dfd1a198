import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Unit tests never load the real Electron module: it would try to download its binary.
    alias: { electron: fileURLToPath(new URL('./tests/support/fake-electron.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts', 'electron/**/*.test.ts', 'cli/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The command-line tests run the built CLI: built here first when it is missing or stale.
    globalSetup: ['tests/support/build-cli.ts'],
  },
});
