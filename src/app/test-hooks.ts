/**
 * Test-only settings, which a test harness puts on the page before it loads (Playwright's
 * addInitScript; bench/soak.ts). No URL, flag or config file reaches them, so what a visitor can
 * type never speeds up the booth.
 *   await page.addInitScript(() => { window.__PRESSDECK_TEST__ = { timeScale: 50 }; });
 */
export interface TestHooks {
  /** Kiosk slide times run this many times faster (1…1000; idle time stays real). */
  timeScale?: unknown;
}

export function testHooks(): TestHooks {
  const hooks = (window as { __PRESSDECK_TEST__?: unknown }).__PRESSDECK_TEST__;
  return typeof hooks === 'object' && hooks !== null ? (hooks as TestHooks) : {};
}
