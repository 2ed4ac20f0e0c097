import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIME_VOCABULARY } from './runtime-vocabulary.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE = join(ROOT, 'src');

/** The code pages run in the browser: each component's `<script>` and the site modules it imports. */
function clientScripts(): { file: string; code: string }[] {
  const astroFiles = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(SOURCE, file));
  const scripts: { file: string; code: string }[] = [];
  const seen = new Set<string>();
  const add = (file: string, code: string) => {
    scripts.push({ file: relative(ROOT, file), code });
    for (const [, specifier] of code.matchAll(/\bfrom\s*['"](\.[^'"]+)['"]/g)) {
      const imported = resolve(dirname(file), specifier!);
      if (seen.has(imported) || !existsSync(imported)) continue;
      seen.add(imported);
      add(imported, readFileSync(imported, 'utf8'));
    }
  };
  for (const file of astroFiles) {
    for (const [, attributes, code] of readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/type="application\/ld\+json"/.test(attributes!)) add(file, code!);
    }
  }
  return scripts;
}

const SCRIPTS = clientScripts();
const STRING = /^\s*(['"`])([^'"`$]*)\1\s*$/;

/**
 * Each value a script gives classes (`className =`, `classList.add(…)`,
 * `setAttribute('class', …)`, `class="…"` in markup it writes): the classes
 * when the value is written out in strings, `undefined` when it is computed.
 */
function classSettings(scripts = SCRIPTS): { file: string; text: string; classes: string[] | undefined }[] {
  const computed = [
    /\.className\s*=\s*([^;\n]+)/g,
    /\.classList\.(?:add|replace)\(([^)]*)\)/g,
    // Its second argument says whether, not what.
    /\.classList\.toggle\(([^,)]*)/g,
    /\.setAttribute\(\s*['"]class['"]\s*,\s*([^)]+)\)/g,
  ];
  return scripts.flatMap(({ file, code }) => [
    ...computed.flatMap((pattern) =>
      [...code.matchAll(pattern)].map(([, text]) => {
        const strings = text!.split(',').map((argument) => STRING.exec(argument)?.[2]);
        const classes = strings.every((value) => value !== undefined) ? strings.flatMap(words) : undefined;
        return { file, text: text!.trim(), classes };
      }),
    ),
    ...[...code.matchAll(/\bclass=\\?["']([^"'\\]*)/g)].map(([text, value]) => ({
      file,
      text,
      classes: words(value!),
    })),
  ]);
}

const words = (value: string) => value.split(/\s+/).filter(Boolean);

describe('RUNTIME_VOCABULARY', () => {
  it('is read from real scripts: the search script is among them', () => {
    expect(SCRIPTS.map(({ file }) => file)).toContain('src/components/SiteSearch.astro');
  });

  it('finds classes set in every way a script can', () => {
    const scan = (code: string) => classSettings([{ file: 'example.ts', code }]);
    expect(
      scan(
        `a.className = 'x y'; b.classList.toggle("z", on); c.setAttribute('class', name); d.innerHTML = '<p class="w">';`,
      ),
    ).toEqual([
      { file: 'example.ts', text: "'x y'", classes: ['x', 'y'] },
      { file: 'example.ts', text: '"z"', classes: ['z'] },
      { file: 'example.ts', text: 'name', classes: undefined },
      { file: 'example.ts', text: 'class="w', classes: ['w'] },
    ]);
  });

  it('sets classes only from plain strings, so every class can be listed', () => {
    const computed = classSettings().filter(({ classes }) => classes === undefined);
    expect(computed.map(({ file, text }) => `${file}: ${text}`)).toEqual([]);
  });

  it('lists exactly the classes the scripts add', () => {
    const added = classSettings().flatMap(({ classes }) => classes ?? []);
    expect([...new Set(added)].sort()).toEqual([...RUNTIME_VOCABULARY.classes].sort());
  });

  it('lists every element the scripts create, and those Pagefind excerpts hold', () => {
    const created = SCRIPTS.flatMap(({ code }) =>
      [...code.matchAll(/\bcreateElement(?:NS)?\((?:[^,()]+,\s*)?(['"])([\w-]+)\1/g)].map(([, , name]) => name!),
    );
    expect([...new Set([...created, 'mark'])].sort()).toEqual([...RUNTIME_VOCABULARY.elements].sort());
  });

  it('inserts HTML only where it is the search excerpt (text and <mark>)', () => {
    const inserting = SCRIPTS.filter(({ code }) => /\.(?:inner|outer)HTML\s*=|insertAdjacentHTML\(/.test(code));
    expect(inserting.map(({ file, code }) => [file, code.match(/\S+\.(?:inner|outer)HTML\s*=\s*[^;]+/g)])).toEqual([
      ['src/components/SiteSearch.astro', ['excerpt.innerHTML = data.excerpt']],
    ]);
  });
});
