/**
 * The CLI's engine: Playwright drives a system Chromium over the built renderer. The renderer and
 * the release's folder are served through request interception on a private origin by the one
 * serving policy (src/node/serving.ts), so there is no port to pick and nothing else on the machine
 * can reach them; any other request is refused.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import type { Release } from '../../release/schema';
import { chromiumArgs, isRoot, NO_SANDBOX_NOTICE } from '../chromium';
import { releaseServables, serveFromRelease, serveFromRenderer, type Served } from '../serving';
import type { EnginePage, ExportEngine, Viewport } from './engine';

export interface ChromiumEngineOptions {
  chromiumPath: string;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  releasePath: string;
  /** The release as read: which images it names is what may be served from its folder. */
  release: Pick<Release, 'ceremony' | 'organizations'>;
  /** Things the person should know, such as Chromium running without its sandbox (as root). */
  onNotice?: (message: string) => void;
  /**
   * The theme, as src/node/read-theme.ts found it: a built-in's name, or the theme file and the
   * files it names, served under /theme/ only (the page reads and checks them as in the browser build).
   */
  theme?: { builtin: string } | { file: string; names: readonly string[] };
}

const ORIGIN = 'http://pressdeck.invalid';

/** Starts Chromium; the engine over it comes later, once the release is read (see prelaunch below). */
export async function launchChromium(chromiumPath: string, onNotice?: (message: string) => void): Promise<Browser> {
  try {
    const root = isRoot();
    if (root) onNotice?.(NO_SANDBOX_NOTICE);
    return await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs(root), headless: true });
  } catch (e) {
    throw new Error(`Chromium at ${chromiumPath} could not be started: ${firstLine((e as Error).message)}`);
  }
}

export async function startChromium(options: ChromiumEngineOptions): Promise<ExportEngine> {
  return chromiumEngine(await launchChromium(options.chromiumPath, options.onNotice), options);
}

/**
 * The CLI starts Chromium while it reads and checks the release: the browser's start (the longest
 * step before the page loads) overlaps the rest. `dispose` closes it when the export never asks.
 */
export function prelaunchChromium(chromiumPath: string, onNotice?: (message: string) => void) {
  const launching = launchChromium(chromiumPath);
  launching.catch(() => undefined);
  let taken = false;
  return {
    engine(options: Omit<ChromiumEngineOptions, 'chromiumPath' | 'onNotice'>): Promise<ExportEngine> {
      taken = true;
      // Said when the export uses the browser, not for a release that turns out invalid.
      if (isRoot()) onNotice?.(NO_SANDBOX_NOTICE);
      return launching.then((browser) => chromiumEngine(browser, { ...options, chromiumPath }));
    },
    async dispose(): Promise<void> {
      if (!taken) await launching.then((b) => b.close(), () => undefined).catch(() => undefined);
    },
  };
}

function chromiumEngine(browser: Browser, options: ChromiumEngineOptions): ExportEngine {
  const releaseFile = basename(options.releasePath);
  const servables = releaseServables(options.release, { releaseFile });
  const theme = options.theme && 'file' in options.theme ? { dir: dirname(options.theme.file), servables: new Set([basename(options.theme.file), ...options.theme.names]) } : undefined;
  const themeQuery = options.theme ? ('builtin' in options.theme ? options.theme.builtin : `/theme/${encodeURIComponent(basename(options.theme.file))}`) : undefined;
  let closing: Promise<void> | undefined;
  return {
    async open(query: string, viewport: Viewport): Promise<EnginePage> {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.scale,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await page.route('**/*', (route) => serve(route, options.rendererDir, dirname(options.releasePath), servables, theme));
      // An exception in the page must end the export with its message, not leave it waiting.
      const failed = new Promise<never>((_, reject) => {
        page.on('pageerror', (e) => reject(new Error(`the renderer failed: ${e.message}`)));
        page.on('crash', () => reject(new Error('the renderer crashed')));
      });
      failed.catch(() => undefined);
      const guard = <T>(p: Promise<T>) => Promise.race([p, failed]);
      const release = new URLSearchParams({ release: `/release/${encodeURIComponent(releaseFile)}`, ...(themeQuery ? { theme: themeQuery } : {}) });
      // Module scripts have run by DOMContentLoaded; the page script waits for everything else.
      await guard(page.goto(`${ORIGIN}/index.html?${query}&${release}`, { waitUntil: 'domcontentloaded' }));
      return chromiumPage(page, guard);
    },
    close: () => (closing ??= browser.close().catch(() => undefined)),
  };
}

function chromiumPage(page: Page, guard: <T>(p: Promise<T>) => Promise<T>): EnginePage {
  return {
    evaluate: <T>(script: string) => guard(page.evaluate(script) as Promise<T>),
    // No outline from Chromium (one entry per heading): pdf-finish.ts writes one bookmark per page instead.
    pdf: () => guard(page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } })),
    screenshot: () => guard(page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' })),
  };
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
