/**
 * The offline player carries a theme as data (src/node/export/player-html.ts embedTheme) and checks it
 * again when it opens (src/app/embedded.ts themeFiles → the one theme loader). Both ends, in Node.
 */
import { describe, expect, it } from 'vitest';
import { themeFiles } from '../../theme/embedded-theme';
import { loadThemeFile } from '../../theme/load';
import { readTheme } from '../read-theme';
import { embedTheme } from './player-html';

const BRAND = { value: 'tests/fixtures/themes/brand/brand.theme.yaml', base: process.cwd(), from: '--theme' };

describe('a theme inside the offline player', () => {
  it('opens as the theme it was exported with: colours, name and the logo’s bytes', async () => {
    const read = await readTheme(BRAND);
    if (!read.ok) throw new Error('fixture theme should be valid');
    const embedded = embedTheme(read.theme);
    expect(Object.keys(embedded.assets)).toEqual(['northwind.svg']);
    const opened = await loadThemeFile(themeFiles(embedded));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.theme.theme).toEqual(read.theme.theme);
    expect(opened.theme.name).toBe('Northwind Fair');
    expect(Buffer.from(opened.theme.logo!.bytes).equals(Buffer.from(read.theme.logo!.bytes))).toBe(true);
    expect(opened.theme.logo!.type).toBe('image/svg+xml');
  });

  it('refuses an edited player whose colours fail contrast, naming the pair', async () => {
    const read = await readTheme(BRAND);
    if (!read.ok) throw new Error('fixture theme should be valid');
    const embedded = embedTheme(read.theme);
    const settings = JSON.parse(embedded.text) as { colors: Record<string, string> };
    settings.colors.muted = '#c8c8c8';
    const opened = await loadThemeFile(themeFiles({ ...embedded, text: JSON.stringify(settings) }));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.problems.map((p) => `${p.field}: ${p.message}`).join('\n')).toMatch(/muted/);
  });

  it('refuses a logo the player does not carry, and bytes that are not base64', async () => {
    const read = await readTheme(BRAND);
    if (!read.ok) throw new Error('fixture theme should be valid');
    const embedded = embedTheme(read.theme);
    const missing = await loadThemeFile(themeFiles({ ...embedded, assets: {} }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems[0]!.message).toBe('not in this player: northwind.svg');
    const garbled = await loadThemeFile(themeFiles({ ...embedded, assets: { 'northwind.svg': '%%%' } }));
    expect(garbled.ok).toBe(false);
  });
});
