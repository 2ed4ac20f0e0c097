import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { CampaignSchema } from './schemas/campaign.ts';
import { HotlineSchema } from './schemas/contact.ts';
import { CountrySchema } from './schemas/country.ts';
import { PageSchema } from './schemas/page.ts';
import { SelfCheckSchema } from './schemas/self-check.ts';
import { ShortLinkSchema } from './schemas/short-link.ts';
import { SourceListSchema } from './schemas/source.ts';

/** Prose pages such as About and Staying safe, one MDX file per language with the same name. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: PageSchema(),
});

/** Warning signs of trafficking schemes, in both languages. */
const signs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/signs' }),
  schema: ArticleSchema(),
});

/** Rights under Mongolian law, in both languages. */
const rights = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/rights' }),
  schema: ArticleSchema(),
});

/** Awareness campaigns with their dates and call to action, in both languages. */
const campaigns = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/campaigns' }),
  schema: CampaignSchema(),
});

/** Mongolia-wide phone lines, one YAML file each; the file name is the line's id. */
const hotlines = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/hotlines' }),
  schema: HotlineSchema(),
});

/** Destinations, one YAML file each, named by ISO 3166-1 alpha-2 code. */
const countries = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/countries' }),
  schema: CountrySchema(),
});

/** The self-check of an offer, one YAML file per language. */
const check = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/check' }),
  schema: SelfCheckSchema(),
});

/** Printed short links, keyed by code: `/go/<code>`. */
const links = defineCollection({
  loader: file('./content/links.yaml'),
  schema: ShortLinkSchema(),
});

/** Lists that many sources copy, so that copies count as one source. */
const sourceLists = defineCollection({
  loader: file('./content/source-lists.yaml'),
  schema: SourceListSchema(),
});

export const collections = { pages, signs, rights, campaigns, hotlines, countries, check, links, sourceLists };
