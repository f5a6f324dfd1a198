/**
 * `pressdeck plan <release.yaml> [--json] [--font standard|large|xlarge|all]`: the slides a release
 * makes, before pagination (pure, instant), and with --font the pages a person sees at that font
 * mode, counted in Chromium with the print layout the PDF export uses: text that does not fit a
 * slide runs onto continuation pages, so the deck shows more pages than the plan has slides.
 */
import { resolve } from 'node:path';
import { planDeck, type DeckPlan } from '../../src/deck/plan';
import { count, printable, printableJson } from '../../src/release/messages';
import type { Release } from '../../src/release/schema';
import { FONT_MODES, type FontMode } from '../../src/node/export/options';
import { readReleaseOrReport } from '../../src/node/read-release';
import { defineCommand } from '../command';
import { printLayout } from '../print-layout';

export const plan = defineCommand({
  summary: 'list the slides a release makes (kind, id, title, time on screen) and the kiosk loop; --font counts the pages shown',
  operands: '<release.yaml>',
  options: {
    font: {
      type: 'string',
      choices: [...FONT_MODES, 'all'],
      help: 'also count the pages shown at this font mode (all: each), laid out in Chromium as the PDF is; needs `npm run build`',
    },
    json: { type: 'boolean', help: 'the full plan as JSON, with the page counts when --font is given' },
  },
  examples: ['slides/meti-2017-03-21-itac-aioti-mou.release.yaml --font all'],
  notes: [
    'Without --font the count is of planned slides: a slide whose text does not fit runs onto',
    'continuation pages ("Background (2/3)"), more of them at larger font modes. They share the',
    'slide’s time on screen, so the loop length is the same at every font mode.',
  ],
  async run({ positional, values, usage }) {
    if (positional.length !== 1) return usage(positional.length === 0 ? 'name one release file' : `expected one release file, got ${positional.length}: ${positional.join(' ')}`);
    const file = positional[0]!;
    const result = await readReleaseOrReport(file);
    if (!result.ok) return 1;
    const deck = planDeck(result.release);
    const fonts: FontMode[] = values.font === undefined ? [] : values.font === 'all' ? [...FONT_MODES] : [values.font];
    const counted = fonts.length > 0 ? await countPages(file, result.release, fonts) : undefined;
    if (counted && !counted.ok) process.stderr.write(`pressdeck plan: pages not counted: ${printable(counted.error)}; the count below is of planned slides\n`);
    const pages = counted?.ok ? counted.pages : undefined;
    if (values.json) {
      const json = { ...deck, plannedSlides: deck.slides.length, ...(pages ? { pages } : {}), ...(counted && !counted.ok ? { pagesNotCounted: counted.error } : {}) };
      process.stdout.write(`${printableJson(JSON.stringify(json, null, 2))}\n`);
      return 0;
    }
    process.stdout.write(table(deck, pages));
    return 0;
  },
});

/** Pages shown at one font mode: in all, and per planned slide id. */
export interface PageCount {
  count: number;
  perSlide: Record<string, number>;
}

type Counted = { ok: true; pages: Partial<Record<FontMode, PageCount>> } | { ok: false; error: string };

async function countPages(file: string, release: Release, fonts: readonly FontMode[]): Promise<Counted> {
  const layout = printLayout();
  if (!layout.ok) return layout;
  if (process.stderr.isTTY) process.stderr.write(`Laying the deck out at ${fonts.join(', ')} in Chromium…\n`);
  const [{ layOut }, { startChromium }] = await Promise.all([import('../../src/node/export/pipeline'), import('../../src/node/export/engine-chromium')]);
  const engine = await startChromium({
    chromiumPath: layout.chromiumPath,
    rendererDir: layout.rendererDir,
    releasePath: resolve(file),
    release,
    onNotice: (message) => process.stderr.write(`pressdeck plan: ${message}\n`),
  });
  const laidOut = await layOut(engine, fonts.map((font) => ({ format: 'pdf' as const, font })));
  const pages: Partial<Record<FontMode, PageCount>> = {};
  fonts.forEach((font, i) => {
    const perSlide: Record<string, number> = {};
    // Continuation pages carry `<stem>~<n>`: they count for the planned slide `<stem>`.
    for (const p of laidOut[i]!) perSlide[p.id.split('~')[0]!] = (perSlide[p.id.split('~')[0]!] ?? 0) + 1;
    pages[font] = { count: laidOut[i]!.length, perSlide };
  });
  return { ok: true, pages };
}

function table(deck: DeckPlan, pages: Partial<Record<FontMode, PageCount>> | undefined): string {
  const fonts = FONT_MODES.filter((f) => pages?.[f]);
  const pageHeads = fonts.length === 1 ? ['pages'] : fonts;
  const head = ['#', 'kind', 'id', 'time', ...pageHeads, 'title'];
  const rows = deck.slides.map((s, i) => [
    String(i + 1),
    s.kind,
    s.id,
    `${s.seconds}s${s.secondsFrom === 'release' ? '*' : ''}`,
    ...fonts.map((f) => String(pages![f]!.perSlide[s.id] ?? 0)),
    printable(s.title),
  ]);
  const last = head.length - 1;
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  // Numbers right-aligned, words left-aligned, the title as it is.
  const right = (c: number) => c === 0 || c >= 3;
  const line = (r: string[]) => r.map((cell, c) => (c === last ? cell : right(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
  const m = Math.floor(deck.loopSeconds / 60);
  const s = deck.loopSeconds % 60;
  const loop = `kiosk loop ${m}:${String(s).padStart(2, '0')} (${deck.loopSeconds}s)`;
  const planned = count(deck.slides.length, 'planned slide');
  const summary = fonts.length > 0
    ? [
        `${planned}; pages shown: ${fonts.map((f) => `${pages![f]!.count} at ${f}`).join(', ')} (continuation pages for text that does not fit)`,
        `${loop} at every font mode: continuation pages share their slide’s time`,
      ]
    : [
        `${planned}; ${loop}`,
        'Pages shown can be more: text that does not fit runs onto continuation pages, more at larger',
        'font modes. --font standard|large|xlarge|all counts them (Chromium and `npm run build` needed).',
      ];
  const starred = deck.slides.some((x) => x.secondsFrom === 'release') ? ['* = duration set in the release'] : [];
  return `${[line(head), ...rows.map(line)].join('\n')}\n\n${[...summary, ...starred].join('\n')}\n`;
}
