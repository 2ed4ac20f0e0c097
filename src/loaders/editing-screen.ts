/**
 * The schemas the editing screen at /admin edits each kind of content with:
 * the same factories the content collections and loaders read the files
 * with, so the screen's fields are the schemas' fields.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cmsConfig, type CmsBackend, type CmsConfig, type EditableSchemas } from '../lib/admin/cms-config.ts';
import type { CmsField } from '../lib/admin/cms-fields.ts';
import { LOCALES } from '../lib/locales.ts';
import { ArticleSchema } from '../schemas/article.ts';
import { CampaignSchema } from '../schemas/campaign.ts';
import { PageSchema } from '../schemas/page.ts';
import { YAML_FILES, YAML_FOLDERS } from './content-files.ts';

export function editableSchemas(): EditableSchemas {
  return {
    hotline: YAML_FOLDERS.hotlines.schema(),
    country: YAML_FOLDERS.countries.schema(),
    selfCheck: YAML_FOLDERS.check.schema(),
    page: PageSchema(),
    article: ArticleSchema(),
    campaign: CampaignSchema(),
    reports: YAML_FILES.reports.schema(),
  };
}

/** The screen's configuration, saving to `backend`. */
export function editingScreenConfig(backend: CmsBackend, siteUrl?: string) {
  return cmsConfig(editableSchemas(), backend, siteUrl);
}

/** Every file the screen edits, with its collection's fields: `content/hotlines/police.yaml`, `content/signs/mn/….mdx`. */
export function editableFiles(root: string, config: CmsConfig): { file: string; fields: CmsField[] }[] {
  return config.collections.flatMap((collection) => {
    if (collection.format === 'site-readonly') return [];
    if (collection.files) return collection.files.map(({ file, fields }) => ({ file, fields }));
    const folders = collection.i18n ? LOCALES.map((locale) => `${collection.folder}/${locale}`) : [collection.folder!];
    return folders.flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => name.endsWith(`.${collection.extension}`))
        .sort()
        .map((name) => ({ file: `${folder}/${name}`, fields: collection.fields! })),
    );
  });
}
