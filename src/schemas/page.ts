/**
 * Frontmatter of a plain page (privacy, about, accessibility statement, face lab), MDX per language at the same
 * path, like chapters.
 */
import { z } from 'astro/zod';
import { isoDay } from './dates';

export const PAGE_IDS = ['privacy', 'about', 'accessibility', 'lab'] as const;

export const pageSchema = z.strictObject({
  /** Title shown as the page's h1. */
  title: z.string().trim().min(1),
  /** Meta description. */
  description: z.string().trim().min(20).max(200),
  /** Last substantive change (YYYY-MM-DD). */
  updated: isoDay,
  /** Source ids (content/sources/) listed under the page, as a chapter's are; most pages cite none. */
  sources: z.array(z.string().trim().min(1)).optional(),
});
