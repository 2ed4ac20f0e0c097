/**
 * The editing screen's own script, bundled at build time with its
 * configuration (src/integrations/admin.ts): it registers how each kind of
 * content file is read and written, and a widget for fields that must not
 * change, then starts Decap CMS, which is served from this site too.
 */
import type { CmsCollection, CmsConfig } from '../lib/admin/cms-config.ts';
import { BODY_FIELD, SLUG_FIELD } from '../lib/admin/cms-config.ts';
import type { CmsField } from '../lib/admin/cms-fields.ts';
import { contentMdx, contentYaml, parseContentYaml, splitMdx } from '../lib/admin/content-form.ts';

declare const SITE_CMS_CONFIG: CmsConfig;
declare const SITE_CMS_SCRIPT: string;

type Data = Record<string, never>;

interface Decap {
  init(options: { config: CmsConfig }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): object; toFile(data: Data): string },
  ): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
}

interface ReactGlobals {
  h: (type: string, props: object | null, ...children: unknown[]) => unknown;
  createClass: (spec: object) => unknown;
  CMS: Decap;
  CMS_MANUAL_INIT?: boolean;
}

const languages = SITE_CMS_CONFIG.i18n.locales;

function without(data: Data, names: readonly string[]): Data {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !names.includes(key))) as Data;
}

/** How the files of `collection` are read and written: always in the one written form. */
function formatFor(collection: CmsCollection) {
  const fields: CmsField[] = collection.fields ?? collection.files?.[0]?.fields ?? [];
  if (collection.format === 'site-readonly') {
    return {
      fromFile: (text: string) => ({ text }),
      toFile: () => {
        throw new Error('This file is read-only here: it changes only through printing (npm run qr).');
      },
    };
  }
  if (collection.extension === 'mdx') {
    const frontmatterFields = fields.filter((field) => field.name !== BODY_FIELD && field.name !== SLUG_FIELD);
    return {
      fromFile: (text: string) => {
        const { frontmatter, body } = splitMdx(text);
        return { ...parseContentYaml(frontmatter), [BODY_FIELD]: body };
      },
      toFile: (data: Data) =>
        contentMdx(
          without(data, [BODY_FIELD, SLUG_FIELD]),
          String(data[BODY_FIELD] ?? ''),
          frontmatterFields,
          languages,
        ),
    };
  }
  return { fromFile: parseContentYaml, toFile: (data: Data) => contentYaml(data, fields, languages) };
}

/** Shows a value that must not change; a new item (no value yet) may be given one. */
function readOnlyWidget({ h, createClass }: ReactGlobals) {
  const control = createClass({
    getInitialState(this: { props: { value?: unknown } }) {
      return { fixed: this.props.value !== undefined && this.props.value !== null && this.props.value !== '' };
    },
    render(this: {
      props: { value?: unknown; forID: string; classNameWrapper: string; onChange(value: string): void };
      state: { fixed: boolean };
    }) {
      const { value, forID, classNameWrapper, onChange } = this.props;
      if (!this.state.fixed) {
        return h('input', {
          id: forID,
          className: classNameWrapper,
          type: 'text',
          value: typeof value === 'string' ? value : '',
          onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        });
      }
      const text = String(value);
      return h(
        text.includes('\n') ? 'pre' : 'p',
        { id: forID, className: classNameWrapper, 'aria-readonly': 'true', style: { whiteSpace: 'pre-wrap' } },
        text,
      );
    },
  });
  const preview = createClass({
    render(this: { props: { value?: unknown } }) {
      return h('p', null, String(this.props.value ?? ''));
    },
  });
  return { control, preview };
}

function start(globals: ReactGlobals) {
  for (const collection of SITE_CMS_CONFIG.collections) {
    globals.CMS.registerCustomFormat(collection.format, collection.extension ?? 'yaml', formatFor(collection));
  }
  const { control, preview } = readOnlyWidget(globals);
  globals.CMS.registerWidget('site-readonly', control, preview);
  globals.CMS.init({ config: SITE_CMS_CONFIG });
}

const globals = window as unknown as ReactGlobals;
// Decap starts only when told, once the formats and widgets above are registered.
globals.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = SITE_CMS_SCRIPT;
script.addEventListener('load', () => start(globals));
document.head.append(script);
