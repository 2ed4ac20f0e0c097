/**
 * The editing screen's configuration (Decap CMS), made at build time from the
 * content schemas and the locale list: which files it edits, with which
 * fields, and where it saves them. Nothing here is typed twice: a schema's
 * field is a field of the screen, and its words for editors live in
 * `cms-words.ts`.
 */
import { LOCALES, DEFAULT_LOCALE } from '../locales.ts';
import { fieldsOf, type CmsField } from './cms-fields.ts';
import { CMS_WORDS } from './cms-words.ts';

/** The schemas the screen edits with, passed in by the build (lib/ does not import schemas). */
export interface EditableSchemas {
  hotline: unknown;
  country: unknown;
  selfCheck: unknown;
  page: unknown;
  article: unknown;
  campaign: unknown;
  reports: unknown;
}

/** Where the screen saves: the site's repository on GitHub, or a local proxy for tests and development. */
export type CmsBackend =
  { name: 'github'; repo: string; branch: string } | { name: 'proxy'; url: string; branch: string };

/** A collection of the screen; `format` names the file writer registered for it in the admin script. */
export interface CmsCollection {
  name: string;
  label: string;
  format: string;
  extension?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  fields?: CmsField[];
  create: boolean;
  delete: boolean;
  identifier_field?: string;
  summary?: string;
  slug?: string;
  i18n?: boolean;
  sortable_fields?: string[];
  editor?: { preview: boolean };
}

export interface CmsConfig {
  backend: Record<string, string>;
  load_config_file: false;
  media_folder: string;
  site_url?: string;
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  collections: CmsCollection[];
}

/** The CMS-only field naming a new article's file; never written into it. */
export const SLUG_FIELD = 'slug';
/** The CMS-only field holding an article's text below its frontmatter. */
export const BODY_FIELD = 'body';

/** A text field in every language; for the prose collections, each language is its own file. */
function asTranslated(fields: CmsField[]): (CmsField & { i18n: boolean | 'duplicate' })[] {
  return fields.map((field) => ({
    ...field,
    i18n: ['title', 'description'].includes(field.name) ? true : 'duplicate',
  }));
}

const PROSE = [
  { name: 'signs', label: 'Warning signs / Анхааруулах шинж', schema: 'article', create: true },
  { name: 'rights', label: 'Rights / Эрх', schema: 'article', create: true },
  { name: 'campaigns', label: 'Campaigns / Аян', schema: 'campaign', create: true },
  { name: 'pages', label: 'Pages / Хуудас', schema: 'page', create: false },
] as const;

/** The configuration for `schemas`, saving to `backend`. */
export function cmsConfig(schemas: EditableSchemas, backend: CmsBackend, siteUrl?: string): CmsConfig {
  const words = CMS_WORDS;
  const fields = (schema: unknown, path = '') => fieldsOf(schema as never, path, words);
  const readOnlyFile = (name: string, label: string, file: string) => ({
    name,
    label,
    file,
    fields: [{ name: 'text', label: 'Content / Агуулга', widget: 'site-readonly' as const }],
  });
  return {
    backend:
      backend.name === 'github'
        ? { name: 'github', repo: backend.repo, branch: backend.branch }
        : { name: 'proxy', proxy_url: backend.url, branch: backend.branch },
    load_config_file: false,
    // Nothing is uploaded: pages use no pictures an editor adds.
    media_folder: 'public/uploads',
    ...(siteUrl && { site_url: siteUrl }),
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
    collections: [
      {
        name: 'hotlines',
        label: 'Help lines in Mongolia / Монгол дахь утас',
        folder: 'content/hotlines',
        extension: 'yaml',
        format: 'site-yaml-hotlines',
        create: false,
        delete: false,
        identifier_field: 'name',
        summary: `{{name.${DEFAULT_LOCALE}}}`,
        fields: fields(schemas.hotline),
        editor: { preview: false },
      },
      {
        name: 'countries',
        label: 'Destinations / Улс орон',
        folder: 'content/countries',
        extension: 'yaml',
        format: 'site-yaml-countries',
        create: false,
        delete: false,
        identifier_field: 'country',
        summary: `{{name.${DEFAULT_LOCALE}}} ({{country}})`,
        fields: fields(schemas.country),
        editor: { preview: false },
      },
      {
        name: 'check',
        label: 'Self-check / Өөрийгөө шалгах',
        format: 'site-yaml-check',
        create: false,
        delete: false,
        files: LOCALES.map((locale) => ({
          name: locale,
          label: locale,
          file: `content/check/${locale}.yaml`,
          fields: fields(schemas.selfCheck),
        })),
        editor: { preview: false },
      },
      {
        name: 'settings',
        label: 'Settings / Тохиргоо',
        format: 'site-yaml-settings',
        create: false,
        delete: false,
        files: [
          {
            name: 'reports',
            label: "Where readers' reports go / Уншигчдын мэдэгдэл хүлээн авах хаяг",
            file: 'content/reports.yaml',
            fields: fields(schemas.reports),
          },
        ],
        editor: { preview: false },
      },
      ...PROSE.map((prose): CmsCollection => ({
        name: prose.name,
        label: prose.label,
        folder: `content/${prose.name}`,
        extension: 'mdx',
        format: `site-mdx-${prose.name}`,
        create: prose.create,
        delete: false,
        i18n: true,
        identifier_field: 'title',
        slug: `{{fields.${SLUG_FIELD}}}`,
        fields: [
          ...(prose.create
            ? [
                {
                  name: SLUG_FIELD,
                  label: 'Address (new articles only) / Хаяг (зөвхөн шинэ нийтлэлд)',
                  widget: 'string' as const,
                  required: false,
                  hint: words.hints[SLUG_FIELD],
                  pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Latin lowercase letters, digits and hyphens'] as [
                    string,
                    string,
                  ],
                  i18n: 'duplicate' as const,
                },
              ]
            : []),
          ...asTranslated(fields(schemas[prose.schema])),
          {
            name: BODY_FIELD,
            label: 'Text / Бичвэр',
            widget: 'text',
            hint: words.hints[BODY_FIELD],
            i18n: true,
          },
        ],
      })),
      {
        name: 'printed',
        label: 'Printed links (read-only) / Хэвлэсэн холбоос (зөвхөн унших)',
        format: 'site-readonly',
        create: false,
        delete: false,
        files: [
          readOnlyFile('links', 'Short links / Богино холбоос', 'content/links.yaml'),
          readOnlyFile('printed-links', 'Printed codes / Хэвлэсэн код', 'content/printed-links.json'),
          readOnlyFile('print-runs', 'Print runs / Хэвлэлт', 'content/print-runs.json'),
        ],
        editor: { preview: false },
      },
    ],
  };
}
