/**
 * A static server for the end-to-end tests: the built renderer at /, and test fixtures at
 * /fixtures/. Loopback only.
 *   tsx tests/support/serve.ts 4173
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.yaml': 'text/yaml; charset=utf-8', '.yml': 'text/yaml; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp',
};

export function startServer(port: number, roots: Record<string, string> = { '/': resolve('out/renderer'), '/fixtures/': resolve('tests/fixtures') }) {
  const mounts = Object.entries(roots).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end();
    const rel = normalize(path.slice(mount[0].length) || 'index.html');
    if (rel.startsWith('..')) return void res.writeHead(403).end();
    const file = join(mount[1], rel);
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise<typeof server>((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1]?.endsWith('serve.ts')) {
  const port = Number(process.argv[2] ?? 4173);
  startServer(port).then(() => process.stdout.write(`serving on http://127.0.0.1:${port}/\n`));
}
