/**
 * The explorables' content and words as the tests read them: the YAML files
 * of content/ parsed with the same Zod schemas as the build, and the JSON
 * dictionaries of src/i18n/<locale>/ read from disk (the end-to-end tests run
 * outside Vite, where src/i18n/index.ts cannot load them).
 *
 *   lawTrees().applies.nodes.personal.kind   // 'question'
 *   crawlWeb('fr').pages['chirp.example/']  // the page, its title in French
 *   words('crawl', 'en').step               // 'Step'
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { lawTreeSchema } from '../../src/schemas/law-tree';
import { crawlWebSchema, type CrawlWebFile } from '../../src/schemas/crawl-web';
import { webFor, type Web } from '../../src/lib/crawl/web';
import type { LawTreeData } from '../../src/lib/law-trees';
import type { Areas, Locale } from '../../src/i18n';

const content = resolve(process.env.CONTENT_DIR ?? 'content');

/** Every tree of content/law-trees/, by id (the file name). */
export function lawTrees(dir = join(content, 'law-trees')): Record<string, LawTreeData> {
  const out: Record<string, LawTreeData> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    const id = f.replace(/\.yaml$/, '');
    out[id] = { id, ...lawTreeSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) };
  }
  return out;
}

/** content/crawl/web.yaml, parsed. */
export function crawlWebFile(file = join(content, 'crawl', 'web.yaml')): CrawlWebFile {
  return crawlWebSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** The crawl explorable's web in one language, as the component builds it. */
export const crawlWeb = (lang: Locale): Web => webFor(crawlWebFile(), lang);

/** One area of src/i18n/<lang>/ (a real language), read from disk. */
export function words<A extends keyof Areas>(area: A, lang: 'fr' | 'en'): Areas[A] {
  return JSON.parse(readFileSync(resolve('src/i18n', lang, `${area}.json`), 'utf8')) as Areas[A];
}
