import { z } from 'astro/zod';
import { expected } from './messages.ts';
import { PageSchema } from './page.ts';

/** Frontmatter of a warning-sign or rights article (`content/{signs,rights}/{mn,en}/*.mdx`). */
export function ArticleSchema() {
  return PageSchema().extend({
    /** Position in the section's list, from 1. Twins share it. */
    order: z
      .number({ error: expected('a whole number from 1') })
      .int('expected a whole number')
      .min(1, 'expected a whole number from 1'),
  });
}

export type ArticleFrontmatter = z.infer<ReturnType<typeof ArticleSchema>>;
