/**
 * Content collections, loaded from the top-level `content/` folder (or
 * CONTENT_DIR, which the tests point at broken fixtures).
 *
 * Zod validates each entry's shape here; cross-references (a source id that
 * points nowhere, a chapter without its twin) are checked by the
 * content-integrity integration before the build starts, because a schema
 * sees one entry at a time.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, eventSchema, glossarySchema, pageSchema, quizSchema, sourceSchema } from './schemas';
import { finesFileSchema } from './schemas/fine';
import { breachesFileSchema } from './schemas/breach';
import { correctionsSchema } from './schemas/correction';
import { lawTreeSchema } from './schemas/law-tree';
import { crawlWebSchema } from './schemas/crawl-web';
import { sequenceSchema } from './schemas/sequence';

const root = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `${root}/chapters` }), schema: chapterSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `${root}/pages` }), schema: pageSchema }),
  events: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/events` }), schema: eventSchema }),
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/sources` }), schema: sourceSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/glossary` }), schema: glossarySchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/quizzes` }), schema: quizSchema }),
  // One entry, `fines`: the whole file (rates, fines, omitted), read by the fines chart.
  fines: defineCollection({ loader: glob({ pattern: 'fines.yaml', base: `${root}/charts` }), schema: finesFileSchema }),
  // One entry, `breaches`: the articles each authority found breached, read by the breach table.
  breaches: defineCollection({ loader: glob({ pattern: 'breaches.yaml', base: `${root}/charts` }), schema: breachesFileSchema }),
  // One entry per chapter (its id): the chapter's corrections log, shown on the chapter and in the Atom feeds.
  corrections: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/corrections` }), schema: correctionsSchema }),
  // One entry per ready-made sequence of the teachers' hub (its id: one-hour, two-hours, unit).
  sequences: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/sequences` }), schema: sequenceSchema }),
  // One entry per GDPR decision tree of chapter 4 (its id: applies, lawful-basis), read by <LawTree tree="…" />.
  lawTrees: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/law-trees` }), schema: lawTreeSchema }),
  // One entry, `web`: the invented web of the crawl explorable (chapter 2), read by <CrawlExplorer />.
  crawl: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/crawl` }), schema: crawlWebSchema }),
};
