/**
 * Run inside the print-mode page by either exporter (Playwright's evaluate, Electron's
 * executeJavaScript): resolves once the renderer has raised its print-ready flag, with what the
 * pages are, read from the laid-out DOM (so continuation slides of large font modes count), or
 * rejects with the renderer's own message. No timeout: large decks just take longer.
 */
export interface PrintedPage {
  /** The slide's title (its aria-label): one bookmark per page. */
  title: string;
  kind: string;
  id: string;
}

export const WAIT_FOR_PRINT_PAGES = `new Promise((resolve, reject) => {
  const root = document.documentElement;
  const pages = () => [...document.querySelectorAll('.reveal .slides > section')].map((s) => (
    { title: s.getAttribute('aria-label') || '', kind: s.dataset.slideKind || '', id: s.dataset.slideId || '' }
  ));
  const check = () => {
    if (root.dataset.printError) { observer.disconnect(); reject(new Error(root.dataset.printError)); return true; }
    if (root.dataset.printReady === 'true') { observer.disconnect(); resolve(pages()); return true; }
    return false;
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { attributes: true, attributeFilter: ['data-print-ready', 'data-print-error'] });
  check();
})`;
