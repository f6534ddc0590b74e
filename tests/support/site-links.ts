/**
 * Internal link checker for a built site: every href/src that stays on the
 * site must reach a built file, and every #fragment an element id on the
 * target page. It reads files, like a static host would serve them, so it
 * runs on a base-path build too (BASE_PATH=/visage-public/): a link that
 * forgets the base points outside the site and is reported.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles, pagePath } from '../../scripts/lib/page-weight.mjs';

export interface LinkProblem { page: string; link: string; message: string }

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idCache.set(file, ids);
  }
  return ids;
}

/** The file a site path resolves to, or undefined. */
function fileFor(dist: string, sitePath: string): string | undefined {
  const p = join(dist, decodeURIComponent(sitePath));
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return undefined;
}

export function checkLinks(dist: string, base = '/', origin = 'https://visage-public.org'): { pages: number; links: number; problems: LinkProblem[] } {
  idCache.clear();
  const b = base.endsWith('/') ? base : `${base}/`;
  const problems: LinkProblem[] = [];
  let links = 0;
  const files = htmlFiles(dist);
  for (const file of files) {
    const page = `${b}${pagePath(dist, file).slice(1)}`;
    const html = readFileSync(file, 'utf8');
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const ref of refs) {
      let url: URL;
      try {
        url = new URL(ref, `${origin}${page}`);
      } catch {
        problems.push({ page, link: ref, message: 'not a valid URL' });
        continue;
      }
      if (url.origin !== origin) continue; // external: checked by readers, not by CI (no network)
      links++;
      if (!url.pathname.startsWith(b)) {
        problems.push({ page, link: ref, message: `leaves the base path ${b}` });
        continue;
      }
      const target = fileFor(dist, url.pathname.slice(b.length));
      if (!target) {
        problems.push({ page, link: ref, message: 'no such file in the build' });
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !idsOf(target).has(id)) {
          problems.push({ page, link: ref, message: `no element with id "${id}" in ${relative(dist, target)}` });
        }
      }
    }
  }
  return { pages: files.length, links, problems };
}
