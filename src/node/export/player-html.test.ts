import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playerIndex, playerTemplate, RELEASE_SLOT, scriptSafeJson } from './player-html';

const template = playerTemplate(readFileSync('src/index.html', 'utf8'));

describe('the offline player page', () => {
  it('keeps the app\'s policy, loads one classic script, and has no server or app:// to talk to', () => {
    const csp = /content="(default-src[^"]+)"/.exec(template)![1]!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('app://');
    expect(template).toContain('<script defer src="assets/player.js"></script>');
    expect(template).not.toContain('type="module"');
    expect(template).toContain(RELEASE_SLOT);
  });

  it('carries the release as JSON data no release text can break out of', () => {
    const text = 'title: "</script><script>alert(1)</script><!-- \u2028"';
    const html = playerIndex(template, { file: 'x.release.yaml', text, query: 'mode=kiosk' });
    const element = /<script type="application\/json" id="pressdeck-release">([^<]*)<\/script>/.exec(html);
    expect(element).not.toBeNull();
    expect(JSON.parse(element![1]!)).toEqual({ file: 'x.release.yaml', text, query: 'mode=kiosk' });
    // Exactly two script elements: the data and the player.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(scriptSafeJson('<>')).toBe('"\\u003c>"');
  });

  it('takes `$&` in release text literally', () => {
    const html = playerIndex(template, { file: 'x', text: 'price: $& $1 $$', query: '' });
    expect(html).toContain('price: $& $1 $$');
  });
});
