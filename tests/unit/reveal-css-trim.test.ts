import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimRevealCss } from '../../src/node/reveal-css-trim';
import { revealConfig } from '../../src/ui/reveal-config';

const css = readFileSync('node_modules/reveal.js/dist/reveal.css', 'utf8');
const trimmed = trimRevealCss(css);

describe('trimRevealCss', () => {
  it('drops the rules of features PressDeck turns off, about half the stylesheet', () => {
    expect(trimmed.length).toBeLessThan(css.length * 0.6);
    for (const gone of ['.reveal .controls', '.reveal .progress', '.r-overlay', 'data-transition~=zoom', '.reveal.convex', '.reveal .fragment', '.reveal-scroll ']) {
      expect(css).toContain(gone);
      expect(trimmed).not.toContain(gone);
    }
  });

  it('keeps what the deck uses: fade and none, the overview, the pause overlay, print, backgrounds', () => {
    for (const kept of ['section[data-transition=fade]', '.reveal.fade', 'section[data-transition=none]', '.reveal.overview', '.pause-overlay', 'html.reveal-print', '.backgrounds', '.jump-to-slide']) {
      expect(css).toContain(kept);
      expect(trimmed).toContain(kept);
    }
    // Every brace still pairs up.
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
  });

  it('is only safe while those features stay off in the reveal settings', () => {
    const c = revealConfig();
    expect([c.controls, c.progress, c.slideNumber, c.help, c.fragments, c.previewLinks ?? false, c.autoAnimate ?? false]).toEqual([false, false, false, false, false, false, false]);
    expect(['fade', 'none']).toContain(c.transition);
    expect(c.scrollActivationWidth).toBeNull();
    expect(c.view).toBeUndefined();
  });
});
