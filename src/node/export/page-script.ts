/**
 * Run inside the print-mode page by either engine (Playwright's evaluate, Electron's
 * executeJavaScript): resolves once the renderer has raised its print-ready flag, with what the
 * pages are, read from the laid-out DOM (so continuation slides of large font modes count), or
 * rejects with the renderer's own message (`data-print-error`: an invalid release, slides that could
 * not be laid out). The flags are the readiness signal; the time limit is only a backstop so that an
 * export never waits forever on a renderer that raises neither (the 476-page xlarge stress deck is
 * ready in seconds, far inside it).
 */
export interface PrintedPage {
  /** The slide's title (its aria-label): one bookmark per page. */
  title: string;
  kind: string;
  id: string;
  /** Seconds on screen in the kiosk loop (the page's share after pagination; absent: the floor). */
  seconds?: number;
}

export const PRINT_TIMEOUT_MS = 5 * 60_000;

export function waitForPrintPages(timeoutMs: number = PRINT_TIMEOUT_MS): string {
  const seconds = Math.round(timeoutMs / 1000);
  return `new Promise((resolve, reject) => {
  const root = document.documentElement;
  const pages = () => [...document.querySelectorAll('.reveal .slides > section')].map((s) => (
    { title: s.getAttribute('aria-label') || '', kind: s.dataset.slideKind || '', id: s.dataset.slideId || '', seconds: s.dataset.seconds === undefined ? undefined : Number(s.dataset.seconds) }
  ));
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error('the renderer did not finish laying out the slides within ${seconds} s'));
  }, ${Math.max(0, Math.floor(timeoutMs))});
  const check = () => {
    if (root.dataset.printError) { observer.disconnect(); clearTimeout(timer); reject(new Error(root.dataset.printError)); return true; }
    if (root.dataset.printReady === 'true') { observer.disconnect(); clearTimeout(timer); resolve(pages()); return true; }
    return false;
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { attributes: true, attributeFilter: ['data-print-ready', 'data-print-error'] });
  check();
})`;
}

export const WAIT_FOR_PRINT_PAGES = waitForPrintPages();
