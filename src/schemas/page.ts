import { z } from 'astro/zod';
import { expected } from './messages.ts';

/** Longest title that still shows whole in search results and link previews. */
export const MAX_TITLE_LENGTH = 70;
/** Longest description that still shows whole in search results and link previews. */
export const MAX_DESCRIPTION_LENGTH = 200;

/** Frontmatter of a prose page (`content/pages/{mn,en}/*.mdx`). */
export function PageSchema() {
  return z.strictObject({
    /** The page's heading and the start of its `<title>`. */
    title: z
      .string({ error: expected('a title') })
      .trim()
      .min(1, 'the title is empty')
      .max(MAX_TITLE_LENGTH, `the title is longer than ${MAX_TITLE_LENGTH} characters`),
    /** One or two sentences for search results and link previews. */
    description: z
      .string({ error: expected('a description') })
      .trim()
      .min(1, 'the description is empty')
      .max(MAX_DESCRIPTION_LENGTH, `the description is longer than ${MAX_DESCRIPTION_LENGTH} characters`),
  });
}

export type PageFrontmatter = z.infer<ReturnType<typeof PageSchema>>;
