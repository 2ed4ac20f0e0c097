import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { HotlineSchema } from './schemas/contact.ts';
import { PageSchema } from './schemas/page.ts';

/** Prose pages such as About and Staying safe, one MDX file per language with the same name. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: PageSchema(),
});

/** Mongolia-wide phone lines, one YAML file each. */
const hotlines = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/hotlines' }),
  schema: HotlineSchema(),
});

export const collections = { pages, hotlines };
