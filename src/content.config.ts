import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { yamlFile, yamlFolder } from './loaders/collections.ts';
import { proseFolder } from './loaders/prose.ts';
import { YAML_FILES, YAML_FOLDERS } from './loaders/content-files.ts';
import { ArticleSchema } from './schemas/article.ts';
import { CampaignSchema } from './schemas/campaign.ts';
import { PageSchema } from './schemas/page.ts';
import { ShortLinkSchema } from './schemas/short-link.ts';
import { SourceListSchema } from './schemas/source.ts';

/** Prose pages such as About and Staying safe, one MDX file per language with the same name. */
const pages = defineCollection({
  loader: proseFolder('content/pages'),
  schema: PageSchema(),
});

/** Warning signs of trafficking schemes, in both languages. */
const signs = defineCollection({
  loader: proseFolder('content/signs'),
  schema: ArticleSchema(),
});

/** Rights under Mongolian law, in both languages. */
const rights = defineCollection({
  loader: proseFolder('content/rights'),
  schema: ArticleSchema(),
});

/** Awareness campaigns with their dates and call to action, in both languages. */
const campaigns = defineCollection({
  loader: proseFolder('content/campaigns'),
  schema: CampaignSchema(),
});

// The YAML content is read by src/loaders/, as the command-line tools read it; each loader validates
// with the schema its file is declared with there, and the schemas below only type the entries.

/** Mongolia-wide phone lines, one YAML file each; the file name is the line's id. */
const hotlines = defineCollection({
  loader: yamlFolder(YAML_FOLDERS.hotlines.directory, YAML_FOLDERS.hotlines.schema()),
});

/** Destinations, one YAML file each, named by ISO 3166-1 alpha-2 code. */
const countries = defineCollection({
  loader: yamlFolder(YAML_FOLDERS.countries.directory, YAML_FOLDERS.countries.schema()),
});

/** The self-check of an offer, one YAML file per language. */
const check = defineCollection({
  loader: yamlFolder(YAML_FOLDERS.check.directory, YAML_FOLDERS.check.schema()),
});

/** The help cards' "show this screen" phrases, one YAML file per destination language, named by its tag. */
const phrases = defineCollection({
  loader: yamlFolder(YAML_FOLDERS.phrases.directory, YAML_FOLDERS.phrases.schema()),
});

/** Printed short links, keyed by code: `/go/<code>`. */
const links = defineCollection({
  loader: yamlFile(YAML_FILES.links.file, YAML_FILES.links.schema(), (data) => Object.entries(data)),
  schema: ShortLinkSchema(),
});

/** Lists that many sources copy, so that copies count as one source. */
const sourceLists = defineCollection({
  loader: yamlFile(YAML_FILES.sourceLists.file, YAML_FILES.sourceLists.schema(), (data) =>
    data.map((list) => [list.id, list]),
  ),
  schema: SourceListSchema(),
});

/** The record of printed codes: one entry, `printed-links`, holding `links` (a collection may not be empty). */
const printedLinks = defineCollection({
  loader: yamlFile(YAML_FILES.printedLinks.file, YAML_FILES.printedLinks.schema(), (links) => [
    ['printed-links', { links }],
  ]),
  schema: z.object({ links: YAML_FILES.printedLinks.schema() }),
});

/** The register of print runs: one entry, `print-runs`, holding `runs`. */
const printRuns = defineCollection({
  loader: yamlFile(YAML_FILES.printRuns.file, YAML_FILES.printRuns.schema(), (runs) => [['print-runs', { runs }]]),
  schema: z.object({ runs: YAML_FILES.printRuns.schema() }),
});

/** Which Mongolia-wide lines lead where space is short: one entry, `lead-lines`. */
const leadLines = defineCollection({
  loader: yamlFile(YAML_FILES.leadLines.file, YAML_FILES.leadLines.schema()),
  schema: YAML_FILES.leadLines.schema(),
});

/** The sites the content may link to: one entry, `link-domains`, holding `domains`. */
const linkDomains = defineCollection({
  loader: yamlFile(YAML_FILES.linkDomains.file, YAML_FILES.linkDomains.schema(), (domains) => [
    ['link-domains', { domains }],
  ]),
  schema: z.object({ domains: z.array(z.string()) }),
});

/** Where readers' reports of a number that did not work go: one entry, `reports`. */
const reports = defineCollection({
  loader: yamlFile(YAML_FILES.reports.file, YAML_FILES.reports.schema()),
  schema: z.object({ email: z.string(), sms: z.string().optional() }),
});

export const collections = {
  pages,
  signs,
  rights,
  campaigns,
  hotlines,
  countries,
  check,
  phrases,
  links,
  sourceLists,
  printedLinks,
  printRuns,
  leadLines,
  linkDomains,
  reports,
};
