/**
 * Pagination reads shorter pages from one layout of a longer page (src/ui/measure/flow-fit.ts).
 * Checked against the reference, `?measure=every`, which lays out every candidate page on its own:
 * for every deck and font mode both give the same pages, word for word.
 */
import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ mode: 'parallel' });

const DECKS = {
  default: '',
  stress: 'release=/fixtures/releases/stress-long.release.yaml',
  japanese: 'release=/fixtures/releases/japanese.release.yaml',
};

/** Every page of the deck as shown: id, page marker and text. */
async function pages(page: Page, query: string): Promise<string[]> {
  await page.goto(`index.html?${query}&motion=reduced`);
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 60_000 });
  return page.locator('.reveal .slides > section').evaluateAll((els) =>
    els.map((e) => `${(e as HTMLElement).dataset.slideId} ${(e as HTMLElement).dataset.page ?? ''}: ${(e.textContent ?? '').replace(/\s+/g, ' ').trim()}`),
  );
}

for (const [deck, query] of Object.entries(DECKS)) {
  test(`${deck} deck: pages read from one layout are the pages laid out one by one, in every font mode`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const font of ['standard', 'large', 'xlarge']) {
      const read = await pages(page, `${query}&font=${font}`);
      const every = await pages(page, `${query}&font=${font}&measure=every`);
      expect(read, `${deck}, ${font}`).toEqual(every);
      expect(read.length).toBeGreaterThan(10);
    }
  });
}
