/**
 * A glossary term, with the French and English legal vocabulary side by side
 * (mise en demeure / formal notice, astreinte / periodic penalty payment).
 */
import { z } from 'astro/zod';
import { localized } from './localized';

export const glossarySchema = z.strictObject({
  /** The term in each language. */
  term: localized,
  /** A plain definition in each language. */
  definition: localized,
  /** Ids of related glossary terms. */
  related: z.array(z.string()).default([]),
  /** Source ids supporting the definition, if any. */
  sources: z.array(z.string()).default([]),
});
export type GlossaryTerm = z.infer<typeof glossarySchema>;
