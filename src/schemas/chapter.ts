/**
 * Frontmatter of a chapter MDX file. One file per language at the same path:
 * content/chapters/fr/gdpr.mdx and content/chapters/en/gdpr.mdx. The id
 * (`gdpr`) comes from the file name and is language-neutral; never put a
 * `slug` here (it would make the two languages collide).
 */
import { z } from 'astro/zod';
import { isoDay } from './dates';

/** The course's chapters, in a fixed, language-neutral vocabulary. */
export const CHAPTER_IDS = [
  'clearview-case', 'scraping', 'biometric-templates', 'gdpr',
  'enforcement', 'police', 'your-rights', 'debate',
] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

export const chapterSchema = z.strictObject({
  /** Title shown as the page's h1. */
  title: z.string().trim().min(1),
  /** One-sentence summary: meta description and course map. */
  description: z.string().trim().min(20).max(200),
  /** Position in the course, from 1. Must be the same in both languages. */
  order: z.number().int().positive(),
  /** Reading time announced to students, in minutes. */
  minutes: z.number().int().positive().max(240),
  /** Who it is written for. */
  level: z.enum(['introduction', 'intermediate', 'advanced']),
  /** What a student can do after reading it (listed at the top). */
  objectives: z.array(z.string().trim().min(1)).min(2),
  /** Last substantive change (YYYY-MM-DD). */
  updated: isoDay,
  /** Source ids cited, in the order of the list printed at the end. */
  sources: z.array(z.string().min(1)).min(1),
});
export type ChapterData = z.infer<typeof chapterSchema>;
