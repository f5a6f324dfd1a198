/**
 * What the accessibility specs check on a deck in Chromium, shared by tests/e2e/a11y.spec.ts and
 * tests/e2e/themes.spec.ts: opening a deck and waiting on its readiness signal, the present slide,
 * a settled transition, and whether anything on the present slide is clipped.
 */
import { expect, type Page } from '@playwright/test';

export const AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function open(page: Page, query: string) {
  await page.goto(`index.html?${query}`);
  // A Japanese deck fetches dozens of font subsets before it paginates: on a busy machine that takes
  // more than the default 5 s. Wait on the deck's own signal.
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('.reveal .slides > section.present')).toBeVisible();
}

export const present = (page: Page) => page.locator('.reveal .slides > section.present');

/** Waits for the slide transition (if any) to end, so checks see what a visitor sees. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** The present slide's problems: content outside the canvas's content box, or any box that scrolls. */
export async function overflowOf(page: Page): Promise<string[]> {
  return present(page).evaluate((section) => {
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const s = section as HTMLElement;
    if (s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1) problems.push(`section scrolls ${s.scrollWidth}×${s.scrollHeight}`);
    const css = getComputedStyle(s);
    const box = s.getBoundingClientRect();
    // The slides are scaled to the window: compare in the section's own scale.
    const k = box.width / s.offsetWidth;
    const inner = { left: box.left + parseFloat(css.paddingLeft) * k, right: box.right - parseFloat(css.paddingRight) * k, top: box.top + parseFloat(css.paddingTop) * k, bottom: box.bottom - parseFloat(css.paddingBottom) * k };
    for (const el of s.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.notes')) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue;
      if (r.bottom > inner.bottom + 2 || r.right > inner.right + 2 || r.left < inner.left - 2 || r.top < inner.top - 2) problems.push(`outside the canvas: ${name(el)}`);
      // Glyph overhang (descenders below a tight line box) is not clipping unless the box clips: allow
      // 0.3 em of the largest type inside a box that does not clip.
      const st = getComputedStyle(el);
      const biggest = Math.max(parseFloat(st.fontSize), ...[...el.querySelectorAll('*')].map((d) => parseFloat(getComputedStyle(d).fontSize)));
      const overhang = st.overflowX !== 'visible' || st.overflowY !== 'visible' ? 1 : 0.3 * biggest;
      if (el.clientWidth > 0 && st.display !== 'inline' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + overhang)) problems.push(`scrolls: ${name(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
    }
    return problems;
  });
}

