/**
 * Briefing mode in Chromium: the audience deck (?mode=audience) and the presenter view
 * (?mode=presenter) as two pages of the built renderer, kept in step over the same transport
 * abstraction Electron uses (a BroadcastChannel here, IPC through the main process there).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { planDeck } from '../../src/deck/plan';
import { DEFAULT_RELEASE_FILE } from '../../src/release/defaults';
import { parseRelease } from '../../src/release/parse';

const parsed = parseRelease(readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8'), DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const plan = planDeck(parsed.release);

const currentId = (audience: Page) => audience.locator('.reveal .slides > section.present');

/** Opens the audience deck and waits until its key map listens (reveal shows a slide a moment before). */
async function openAudience(page: Page): Promise<void> {
  await page.goto('index.html?mode=audience');
  // Paginating and starting reveal can take longer than the default wait on a loaded two-core machine.
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 30_000 });
  await expect(currentId(page)).toBeVisible();
}

async function openPair(page: Page) {
  const audience = page;
  await openAudience(audience);
  const presenter = await page.context().newPage();
  await presenter.setViewportSize({ width: 1440, height: 900 });
  await presenter.goto('index.html?mode=presenter');
  await expect(presenter.getByTestId('current-title')).toHaveText(plan.slides[0]!.title);
  // The presenter has the audience's own section list once they have met.
  const ids = await audience.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slideId!));
  await expect(presenter.getByTestId('slide-count')).toHaveText(String(ids.length));
  return { audience, presenter, ids };
}

test('next on either window moves the other', async ({ page }) => {
  const { audience, presenter, ids } = await openPair(page);
  await presenter.keyboard.press('ArrowRight');
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[1]!);
  await expect(presenter.getByTestId('slide-number')).toHaveText('2');

  await audience.keyboard.press('PageDown');
  await audience.keyboard.press('Space');
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[3]!);
  await expect(presenter.getByTestId('slide-number')).toHaveText('4');

  await presenter.keyboard.press('p');
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[2]!);
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[3]!);
  await audience.keyboard.press('End');
  await expect(presenter.getByTestId('slide-number')).toHaveText(String(ids.length));
  await expect(presenter.getByTestId('next-title')).toHaveText('end of the deck');
});

test('the presenter shows the right next-slide preview and notes', async ({ page }, testInfo) => {
  const { audience, presenter, ids } = await openPair(page);
  const org = plan.slides.findIndex((s) => s.id === 'org-itac');
  const section = plan.slides.findIndex((s) => s.kind === 'section' && s.notes);
  const jump = async (n: number) => {
    await presenter.keyboard.type(String(n));
    await presenter.keyboard.press('Enter');
  };

  // A slide with the author's notes.
  await jump(ids.indexOf(plan.slides[section]!.id) + 1);
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', plan.slides[section]!.id);
  await expect(presenter.getByTestId('notes')).toHaveText(plan.slides[section]!.notes!);
  await expect(presenter.getByText('written from the slide')).toHaveCount(0);

  // An organization profile has no notes in the release: its figures are the talking points.
  await jump(ids.indexOf('org-itac') + 1);
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', 'org-itac');
  // The profile runs over pages at this size: the title carries its page marker.
  await expect(presenter.getByTestId('current-title')).toContainText(plan.slides[org]!.title);
  await expect(presenter.getByText('written from the slide')).toBeVisible();
  await expect(presenter.getByTestId('notes')).toContainText(/Member companies, March 2017: ≈2,800\./);
  await expect(presenter.getByTestId('notes')).toContainText('Founded by: METI, MIC.');

  // The previews are the slides themselves, drawn small: current and next, by id and by content.
  const nextId = ids[ids.indexOf('org-itac') + 1]!;
  // The next stop may be a continuation page: its title is the one the audience's section carries.
  const nextTitle = (await audience.locator(`.reveal .slides > section[data-slide-id="${nextId}"]`).getAttribute('aria-label'))!;
  await expect(presenter.getByTestId('current-preview').locator('[data-preview-id]')).toHaveAttribute('data-preview-id', 'org-itac');
  await expect(presenter.getByTestId('current-preview').locator('section h2')).toContainText('ITAC');
  await expect(presenter.getByTestId('next-preview').locator('[data-preview-id]')).toHaveAttribute('data-preview-id', nextId);
  await expect(presenter.getByTestId('next-title')).toContainText(nextTitle);
  const box = await presenter.getByTestId('next-preview').locator('section').boundingBox();
  const frame = await presenter.getByTestId('next-preview').boundingBox();
  expect(box && frame && Math.abs(box.width - frame.width)).toBeLessThan(2); // scaled to fit, not cropped

  await presenter.waitForTimeout(300);
  await presenter.screenshot({ path: testInfo.outputPath('presenter-organization.png') });
  await audience.screenshot({ path: testInfo.outputPath('audience-organization.png') });
});

test('black and white screen from the keyboard, and any navigation key brings the slide back', async ({ page }, testInfo) => {
  const { audience, presenter, ids } = await openPair(page);
  await presenter.keyboard.press('ArrowRight');
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[1]!);

  await presenter.keyboard.press('b');
  const blank = audience.locator('[data-blackout]');
  await expect(blank).toHaveAttribute('data-blackout', 'black');
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(audience.locator('.reveal')).toHaveAttribute('aria-hidden', 'true');
  await expect(presenter.getByTestId('blackout-state')).toHaveText('Audience sees a black screen');
  await presenter.screenshot({ path: testInfo.outputPath('presenter-black.png') });

  await audience.keyboard.press('w'); // the clicker may be paired with the audience machine
  await expect(blank).toHaveAttribute('data-blackout', 'white');
  await expect(blank).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(presenter.getByTestId('blackout-state')).toHaveText('Audience sees a white screen');

  // Next returns to the same slide rather than skipping one the room did not see.
  await presenter.keyboard.press('ArrowRight');
  await expect(blank).toHaveCount(0);
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[1]!);
  await expect(audience.locator('.reveal')).not.toHaveAttribute('aria-hidden', 'true');

  await presenter.keyboard.press('.');
  await expect(blank).toHaveAttribute('data-blackout', 'black');
  await presenter.keyboard.press('.');
  await expect(blank).toHaveCount(0);
});

test('number + Enter jumps, shown discreetly while typed; Esc and O open and close the overview', async ({ page }, testInfo) => {
  const { audience, presenter, ids } = await openPair(page);
  await audience.keyboard.type('1');
  await audience.keyboard.type('0');
  await expect(audience.getByRole('status')).toHaveText('Go to slide 10 ⏎');
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[0]!);
  await audience.keyboard.press('Enter');
  await expect(audience.getByRole('status')).toHaveCount(0);
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[9]!);
  await expect(presenter.getByTestId('slide-number')).toHaveText('10');

  await presenter.keyboard.press('Home');
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[0]!);

  await presenter.keyboard.press('Escape');
  await expect(audience.locator('.reveal')).toHaveClass(/\boverview\b/);
  await audience.waitForTimeout(500);
  await audience.screenshot({ path: testInfo.outputPath('audience-overview.png') });
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[2]!);
  await audience.keyboard.press('o');
  await expect(audience.locator('.reveal')).not.toHaveClass(/\boverview\b/);
  await expect(currentId(audience)).toHaveAttribute('data-slide-id', ids[2]!);

  await audience.keyboard.press('o');
  await expect(audience.locator('.reveal')).toHaveClass(/\boverview\b/);
  // Enter with no number typed leaves the overview on the selected slide.
  await presenter.keyboard.press('Enter');
  await expect(audience.locator('.reveal')).not.toHaveClass(/\boverview\b/);
});

test('a presenter opened after the audience has moved starts where the audience is', async ({ page }) => {
  await openAudience(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const id = await currentId(page).getAttribute('data-slide-id');
  const presenter = await page.context().newPage();
  await presenter.goto('index.html?mode=presenter');
  await expect(presenter.getByTestId('slide-number')).toHaveText('3');
  await expect(presenter.getByTestId('current-preview').locator('[data-preview-id]')).toHaveAttribute('data-preview-id', id!);
});

test('the elapsed timer pauses and resets', async ({ page }) => {
  const presenter = page;
  await presenter.clock.install();
  await presenter.goto('index.html?mode=presenter');
  // Installed, the fake clock still moves with real time: on a loaded machine a second passed between
  // runFor and the check. Paused, only runFor moves it; Reset starts the count at the paused time.
  await presenter.clock.pauseAt(Date.now() + 60_000);
  await presenter.getByRole('button', { name: 'Reset' }).click();
  await expect(presenter.getByTestId('elapsed')).toHaveText('0:00');
  await presenter.clock.runFor(65_000);
  await expect(presenter.getByTestId('elapsed')).toHaveText('1:05');
  await presenter.getByRole('button', { name: 'Pause' }).click();
  await presenter.clock.runFor(30_000);
  await expect(presenter.getByTestId('elapsed')).toHaveText('1:05');
  await presenter.getByRole('button', { name: 'Resume' }).click();
  await presenter.clock.runFor(5_000);
  await expect(presenter.getByTestId('elapsed')).toHaveText('1:10');
  await presenter.getByRole('button', { name: 'Reset' }).click();
  await presenter.clock.runFor(1_000);
  await expect(presenter.getByTestId('elapsed')).toHaveText('0:01');
});

// The presenter used to look the audience's page ids up in its own pagination: with the room at
// xlarge and the speaker's window at standard, a page such as `org-itac~3` did not exist there and
// "Now" went blank; "(continued)" compared a page id with itself and never showed.
test('the presenter names the page the room sees when the two windows paginate differently', async ({ page }) => {
  const audience = page;
  await audience.goto('index.html?mode=audience&font=xlarge');
  await expect(audience.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 30_000 });
  const presenter = await page.context().newPage();
  await presenter.setViewportSize({ width: 1440, height: 900 });
  await presenter.goto('index.html?mode=presenter&font=standard');
  const sections = await audience.locator('.reveal .slides > section').evaluateAll((els) =>
    els.map((e) => ({ id: (e as HTMLElement).dataset.slideId!, title: e.getAttribute('aria-label')! })),
  );
  await expect(presenter.getByTestId('slide-count')).toHaveText(String(sections.length));
  // The last page of the slide that runs longest at xlarge: the standard-size deck has no such page.
  const stems = sections.map((s) => s.id.split('~')[0]!);
  const longest = [...new Set(stems)].sort((a, b) => stems.filter((x) => x === b).length - stems.filter((x) => x === a).length)[0]!;
  const pages = sections.filter((s) => s.id.split('~')[0] === longest);
  expect(pages.length, `${longest} runs over pages at xlarge`).toBeGreaterThanOrEqual(3);
  const first = sections.indexOf(pages[0]!);
  const last = sections.indexOf(pages.at(-1)!);

  await presenter.keyboard.type(String(first + 1));
  await presenter.keyboard.press('Enter');
  await expect(audience.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide-id', pages[0]!.id);
  // The next stop is the same slide's next page: the speaker is told it continues.
  await expect(presenter.getByTestId('next-title')).toHaveText(`${pages[1]!.title} (continued)`);

  await audience.keyboard.type(String(last + 1));
  await audience.keyboard.press('Enter');
  await expect(presenter.getByTestId('slide-number')).toHaveText(String(last + 1));
  await expect(presenter.getByTestId('current-title')).toHaveText(pages.at(-1)!.title);
  // The preview shows that slide (its page in the speaker's own layout), never an empty frame.
  await expect(presenter.getByTestId('current-preview').locator('[data-preview-id]')).toHaveAttribute('data-preview-id', new RegExp(`^${longest}(~\\d+)?$`));
  await expect(presenter.getByTestId('next-title')).not.toContainText('(continued)');
});
