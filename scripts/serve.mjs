#!/usr/bin/env node
/**
 * A tiny static server for the built site, with no dependency: serves
 * `dist/` (or DIST) under BASE_PATH, like any static host would, and prints
 * its address. Used by `npm start` and by the Playwright tests.
 *
 *   node scripts/serve.mjs                 # http://localhost:4321/
 *   PORT=4500 DIST=dist-sub BASE_PATH=/visage-public/ node scripts/serve.mjs
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.env.DIST ?? 'dist');
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.gift': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2',
};

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Run "npm run build" first.`);
  process.exit(1);
}

// Text is compressed, as any real static host does (Lighthouse counts it).
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

function send(req, res, status, file) {
  const type = types[extname(file)] ?? 'application/octet-stream';
  const gzip = compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  const stream = createReadStream(file);
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let path = decodeURIComponent(url.pathname);
  const notFound = join(root, '404.html');
  if (!path.startsWith(base)) {
    if (`${path}/` === base) { res.writeHead(301, { Location: base }); res.end(); return; }
    return existsSync(notFound) ? send(req, res, 404, notFound) : (res.writeHead(404), res.end());
  }
  path = normalize(path.slice(base.length));
  if (path.startsWith('..')) { res.writeHead(400); res.end(); return; }
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) { res.writeHead(301, { Location: `${url.pathname}/` }); res.end(); return; }
    file = join(file, 'index.html');
  }
  if (existsSync(file) && statSync(file).isFile()) return send(req, res, 200, file);
  return existsSync(notFound) ? send(req, res, 404, notFound) : (res.writeHead(404), res.end());
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}  (Ctrl+C to stop)`);
});
