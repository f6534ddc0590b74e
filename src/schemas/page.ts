/**
 * Frontmatter of a plain page (privacy, about, accessibility statement), MDX per language at the same
 * path, like chapters.
 */
import { z } from 'astro/zod';
import { isoDay } from './dates';

export const PAGE_IDS = ['privacy', 'about', 'accessibility'] as const;

export const pageSchema = z.strictObject({
  /** Title shown as the page's h1. */
  title: z.string().trim().min(1),
  /** Meta description. */
  description: z.string().trim().min(20).max(200),
  /** Last substantive change (YYYY-MM-DD). */
  updated: isoDay,
});
