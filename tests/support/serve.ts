/**
 * The end-to-end tests' server: the built renderer and the release on two origins, as the app has
 * app://renderer and app://release, so a policy that would block release images in the app blocks
 * them here too.
 *
 *   http://127.0.0.1:<port>/   the renderer (out/renderer), index.html with its exact CSP except one
 *                              substitution: app://release → http://localhost:<port>
 *                              (src/node/csp.ts, checked by tests/unit/shell/csp.test.ts);
 *                              release and theme files (*.yaml) under the other mounts, such as
 *                              /fixtures/, and whatever the page fetch()es from them (a theme's
 *                              logo and font): the app hands the renderer those over IPC;
 *                              anything else under those mounts: a redirect to the release origin
 *   http://localhost:<port>/   the release origin: files under the mounts other than '/'
 *
 * So specs keep loading `?release=/fixtures/x.release.yaml`, and the images the release names are
 * fetched from the other origin, checked by the page's img-src. Paths and types follow the one
 * serving policy (src/node/serving.ts). Loopback only.
 *   tsx tests/support/serve.ts 4173
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import { withReleaseOrigin } from '../../src/node/csp';
import { realFileInside, resolveInside, serveFromRenderer, type Served } from '../../src/node/serving';

export const RELEASE_HOST = 'localhost';

export function startServer(port: number, roots: Record<string, string> = { '/': resolve('out/renderer'), '/fixtures/': resolve('tests/fixtures') }) {
  const rendererDir = roots['/'];
  const mounts = Object.entries(roots).filter(([prefix]) => prefix !== '/').sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.writeHead(500).end());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const port = (server.address() as { port: number }).port;
    const releaseOrigin = `http://${RELEASE_HOST}:${port}`;
    const onReleaseOrigin = (req.headers.host ?? '').split(':')[0] === RELEASE_HOST;
    const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));

    if (mount) {
      // What the page reads as data with fetch() (release and theme text, a theme's logo and font
      // bytes) stays on the page's origin, as the app hands it over IPC; what it shows by URL (release
      // images) comes from the release origin, through the page's img-src.
      const isPageData = /\.ya?ml$/i.test(url.pathname) || req.headers['sec-fetch-dest'] === 'empty';
      if (!onReleaseOrigin && !isPageData) return void res.writeHead(302, { location: `${releaseOrigin}${url.pathname}${url.search}` }).end();
      const candidate = resolveInside(mount[1], url.pathname.slice(mount[0].length - 1));
      return send(res, candidate ? await realFileInside(mount[1], candidate) : { ok: false, status: 404, reason: 'outside' });
    }
    if (onReleaseOrigin || !rendererDir) return void res.writeHead(404).end();
    const served = await serveFromRenderer(rendererDir, url.pathname);
    if (served.ok && extname(served.file) === '.html') {
      const html = withReleaseOrigin(await readFile(served.file, 'utf8'), releaseOrigin);
      return void res.writeHead(200, { 'content-type': served.type, 'cache-control': 'no-store' }).end(html);
    }
    return send(res, served);
  }

  return new Promise<typeof server>((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

function send(res: ServerResponse, served: Served): void {
  if (!served.ok) return void res.writeHead(served.status).end();
  res.writeHead(200, { 'content-type': served.type, 'cache-control': 'no-store' });
  createReadStream(served.file).pipe(res);
}

if (process.argv[1]?.endsWith('serve.ts')) {
  const port = Number(process.argv[2] ?? 4173);
  startServer(port).then(() => process.stdout.write(`serving on http://127.0.0.1:${port}/ (release origin http://${RELEASE_HOST}:${port}/)\n`));
}
