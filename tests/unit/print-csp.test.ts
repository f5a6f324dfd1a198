/**
 * reveal's print view injects two <style> elements; the CSP in src/index.html allows exactly those
 * texts by hash. This recomputes the texts from the installed reveal.js source, so an upgrade that
 * changes them fails here instead of silently printing Letter-sized pages.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The ES module build is the one Vite bundles into the renderer (reveal.js's "import" export).
const revealSource = readFileSync(fileURLToPath(import.meta.resolve('reveal.js')), 'utf8');
const html = readFileSync('src/index.html', 'utf8');
// The slide canvas, and the taller page of an export with speaker notes (src/print/print-view.ts).
const PAGES = [{ width: 1920, height: 1080 }, { width: 1920, height: 1620 }];

/** The print view's style texts: each `"…" + width + "…" + height + "…"` argument, filled in. */
function injectedPrintStyles(source: string, canvas: { width: number; height: number }): string[] {
  const start = source.indexOf('"@page{size:"');
  expect(start, 'reveal.js no longer injects an @page rule where expected').toBeGreaterThan(0);
  const line = source.slice(source.lastIndexOf('\n', start), source.indexOf('\n', start));
  // A call taking a concatenation of string literals and two identifiers (width, then height).
  const calls = [...line.matchAll(/\w\(((?:"[^"]*"|\w+)(?:\s*\+\s*(?:"[^"]*"|\w+))+)\)/g)].map((m) => m[1]!);
  return calls
    .filter((expr) => expr.includes('"'))
    .map((expr) => {
      let n = 0;
      return expr
        .split(/\s*\+\s*/)
        .map((part) => (part.startsWith('"') ? JSON.parse(part) as string : String(n++ === 0 ? canvas.width : canvas.height)))
        .join('');
    });
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe.each(PAGES)('CSP allowance for reveal.js print styles, $width×$height', (canvas) => {
  const styles = injectedPrintStyles(revealSource, canvas);

  it('finds the @page rule and the media size limits in reveal.js', () => {
    expect(styles).toContain(`@page{size:${canvas.width}px ${canvas.height}px; margin: 0px;}`);
    expect(styles.some((s) => s.includes(`max-width: ${canvas.width}px`) && s.includes(`max-height:${canvas.height}px`))).toBe(true);
  });

  it('allows each injected style text by its SHA-256 in style-src', () => {
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const styleSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src')) ?? '';
    for (const style of styles) expect(styleSrc, `missing hash for ${style}`).toContain(hash(style));
    expect(styleSrc).not.toContain("'unsafe-inline'");
  });
});
