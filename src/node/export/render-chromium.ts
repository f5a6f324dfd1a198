/**
 * Headless rendering for the CLI: Playwright drives a system Chromium over the built renderer in
 * print mode. The renderer and the release's folder are served through request interception on a
 * private origin, so there is no port to pick and nothing else on the machine can reach them.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import type { Release } from '../../release/schema';
import { chromiumArgs, isRoot, NO_SANDBOX_NOTICE } from '../chromium';
import { releaseServables, serveFromRelease, serveFromRenderer, type Served } from '../serving';
import { WAIT_FOR_PRINT_PAGES, type PrintedPage } from './page-script';
import { printQuery, type PrintSettings } from './print-url';

export interface RenderRequest {
  chromiumPath: string;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  releasePath: string;
  /** The release as read: which images it names is what may be served from its folder. */
  release: Pick<Release, 'ceremony' | 'organizations'>;
  settings: Omit<PrintSettings, 'release' | 'theme'>;
  /**
   * The theme, as src/node/read-theme.ts found it: a built-in's name, or the theme file and the
   * files it names, served under /theme/ only (the page reads and checks them as in the browser build).
   */
  theme?: { builtin: string } | { file: string; names: readonly string[] };
  onStage?: (stage: 'browser' | 'layout' | 'print', detail?: number) => void;
  /** Things the person should know, such as Chromium running without its sandbox (as root). */
  onNotice?: (message: string) => void;
}

export interface Rendered {
  pdf: Uint8Array;
  pages: PrintedPage[];
  /** Resolves when Chromium has exited: closing runs while the PDF is finished and written. */
  closed?: Promise<void>;
}

const ORIGIN = 'http://pressdeck.invalid';

export async function renderWithChromium(request: RenderRequest): Promise<Rendered> {
  request.onStage?.('browser');
  const browser = await launch(request);
  try {
    const { page, pages, failed } = await openPrintLayout(browser, request, request.settings);
    request.onStage?.('layout', pages.length);
    request.onStage?.('print', pages.length);
    const pdf = await Promise.race([
      page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } }),
      failed,
    ]);
    return { pdf, pages, closed: browser.close().catch(() => undefined) };
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}

/**
 * The pages the print layout makes for each of `layouts` (font modes, say), without printing:
 * `pressdeck plan --font` counts continuation pages with the very layout the PDF gets.
 */
export async function layOutWithChromium(
  request: Omit<RenderRequest, 'settings' | 'onStage'> & { layouts: readonly RenderRequest['settings'][] },
): Promise<PrintedPage[][]> {
  const browser = await launch(request);
  try {
    const result: PrintedPage[][] = [];
    for (const settings of request.layouts) {
      const { page, pages } = await openPrintLayout(browser, request, settings);
      result.push(pages);
      await page.context().close();
    }
    return result;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function launch(request: Pick<RenderRequest, 'chromiumPath' | 'onNotice'>): Promise<Browser> {
  try {
    const root = isRoot();
    if (root) request.onNotice?.(NO_SANDBOX_NOTICE);
    return await chromium.launch({ executablePath: request.chromiumPath, args: chromiumArgs(root), headless: true });
  } catch (e) {
    throw new Error(`Chromium at ${request.chromiumPath} could not be started: ${firstLine((e as Error).message)}`);
  }
}

/** The renderer in print mode, laid out and print-ready, with the pages it made. */
async function openPrintLayout(
  browser: Browser,
  request: Pick<RenderRequest, 'rendererDir' | 'releasePath' | 'release' | 'theme'>,
  settings: RenderRequest['settings'],
): Promise<{ page: Page; pages: PrintedPage[]; failed: Promise<never> }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const releaseFile = basename(request.releasePath);
  const servables = releaseServables(request.release, { releaseFile });
  const theme = request.theme && 'file' in request.theme ? { dir: dirname(request.theme.file), servables: new Set([basename(request.theme.file), ...request.theme.names]) } : undefined;
  await page.route('**/*', (route) => serve(route, request.rendererDir, dirname(request.releasePath), servables, theme));
  // An exception in the page must end the export with its message, not leave it waiting.
  const failed = new Promise<never>((_, reject) => {
    page.on('pageerror', (e) => reject(new Error(`the renderer failed: ${e.message}`)));
    page.on('crash', () => reject(new Error('the renderer crashed')));
  });
  // Nobody may be waiting on `failed` when a later page fails after the layout is read.
  failed.catch(() => undefined);
  const themeQuery = request.theme ? ('builtin' in request.theme ? request.theme.builtin : `/theme/${encodeURIComponent(basename(request.theme.file))}`) : undefined;
  const query = printQuery({ ...settings, release: `/release/${encodeURIComponent(releaseFile)}`, ...(themeQuery ? { theme: themeQuery } : {}) });
  // Module scripts have run by DOMContentLoaded; the page script below waits for everything else.
  await Promise.race([page.goto(`${ORIGIN}/index.html?${query}`, { waitUntil: 'domcontentloaded' }), failed]);
  const pages = await Promise.race([page.evaluate(WAIT_FOR_PRINT_PAGES) as Promise<PrintedPage[]>, failed]);
  return { page, pages, failed };
}

async function serve(route: Route, rendererDir: string, releaseDir: string, servables: ReadonlySet<string>, theme?: { dir: string; servables: ReadonlySet<string> }): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
  // The release and the images it names come from /release/, as app://release/ serves them in the
  // app; the theme file, its logo and font from /theme/, by the same policy (named files only).
  const served: Served = url.pathname.startsWith('/release/')
    ? await serveFromRelease(releaseDir, servables, url.pathname.slice('/release'.length))
    : url.pathname.startsWith('/theme/') && theme
      ? await serveFromRelease(theme.dir, theme.servables, url.pathname.slice('/theme'.length))
      : await serveFromRenderer(rendererDir, url.pathname);
  if (!served.ok) return route.fulfill({ status: served.status, body: served.status === 403 ? 'Forbidden' : 'Not found' });
  try {
    return route.fulfill({ status: 200, body: await readFile(served.file), contentType: served.type });
  } catch {
    return route.fulfill({ status: 404, body: 'Not found' });
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim())?.trim() ?? text;
}
