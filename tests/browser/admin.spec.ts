/**
 * The editing screen end to end: /admin in Chromium, saving through Decap's
 * local proxy server (`decap-server`) into a git copy of the project, with
 * every request outside the site refused (the fixtures) except the proxy.
 * What a save writes is compared with `git diff`: only the changed fields,
 * in the form Prettier leaves as it is, and content the build accepts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { format } from 'prettier';
import { LOCAL_PROXY_URL } from '../../src/lib/admin/backend.ts';
import { readYamlFrontmatter } from '../../src/lib/content/yaml-files.ts';
import { readContactFiles } from '../../src/loaders/content-files.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';
import { expect, test } from '../support/fixtures.ts';

// One proxy and one copy for the file, the tests one after another: each looks at what the last save wrote.
test.describe.configure({ mode: 'serial' });

let repository: string;
let proxy: ChildProcess;
let proxyOrigin: string;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repository, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

test.beforeAll(async () => {
  repository = mkdtempSync(join(tmpdir(), 'site-admin-'));
  cpSync(join(PROJECT_ROOT, 'content'), join(repository, 'content'), { recursive: true });
  git('init', '--quiet');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', 'content');
  const port = await freePort();
  proxyOrigin = `http://127.0.0.1:${port}`;
  proxy = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), GIT_REPO_DIRECTORY: repository, MODE: 'fs', BIND_HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  await expect
    .poll(
      async () => (await fetch(`${proxyOrigin}/api/v1`, { method: 'POST', body: '{}' }).catch(() => undefined))?.status,
      {
        timeout: 15_000,
      },
    )
    .toBeDefined();
});

test.afterAll(() => {
  proxy?.kill();
  rmSync(repository, { recursive: true, force: true });
});

/** Opens the screen, its proxy URL answered by the test's proxy server, and signs in. */
async function openScreen(page: Page) {
  const configured = new URL(LOCAL_PROXY_URL).origin;
  await page.route(`${configured}/**`, async (route) => {
    const url = route.request().url().replace(configured, proxyOrigin);
    try {
      const response = await route.fetch({ url });
      await route.fulfill({ status: response.status(), headers: response.headers(), body: await response.body() });
    } catch (error) {
      // A request the screen gave up on (it moved on to another view) has no one left to answer.
      if (!/disposed|already handled|closed/i.test(String(error))) throw error;
    }
  });
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Login' }).click();
}

/** Unfolds the first folded list item whose summary reads `summary`, with the toggle in its top bar. */
async function expandItem(page: Page, summary: string) {
  const item = page.getByText(summary, { exact: true }).first().locator('xpath=ancestor::div[.//button][1]');
  await item.getByRole('button').first().click();
}

/** Publishes the open entry and waits until it is saved. */
async function publish(page: Page) {
  const saved = page.getByText('Entry saved');
  // The notice of an earlier save goes first, so the one awaited below is this save's.
  await expect(saved).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();
  await expect(saved).toBeVisible({ timeout: 15_000 });
}

/** The changed lines of `file` in the copy, as `-old` and `+new`. */
function changedLines(file: string): string[] {
  return git('diff', '--unified=0', '--', file)
    .split('\n')
    .filter((line) => /^[-+](?![-+]{2} )/.test(line));
}

async function isFormatted(file: string): Promise<boolean> {
  const text = readFileSync(join(repository, file), 'utf8');
  const parser = file.endsWith('.mdx') ? 'mdx' : 'yaml';
  return (await format(text, { parser, printWidth: 120, singleQuote: true })) === text;
}

test('changes a contact’s number and a Mongolian article, and writes only those lines', async ({ page, watch }) => {
  await openScreen(page);
  await page.getByRole('link', { name: /Help lines in Mongolia/ }).click();
  await page.getByRole('link', { name: /Консулын газар \(Улаанбаатар\)/ }).click();
  // The number as written with a dash, as other sources write it: the same number, so its source still supports it.
  const number = page.locator('input[value="83042222"]:visible');
  await expandItem(page, '83042222');
  await number.fill('8304-2222');
  await expandItem(page, 'https://ugluu.mn/441888.html');
  await number.fill('8304-2222');
  await publish(page);
  const hotline = 'content/hotlines/mfa-consular.yaml';
  expect(changedLines(hotline)).toEqual([
    "-  - number: '83042222'",
    "+  - number: '8304-2222'",
    "-    states: ['83042222']",
    "+    states: ['8304-2222']",
  ]);
  expect(await isFormatted(hotline)).toBe(true);

  await page.goto('/admin#/collections/signs');
  await page.getByRole('link', { name: /хуурамч ажлын санал/ }).click();
  const body = page.getByLabel(/Бичвэр/).first();
  await expect(body).toHaveValue(/<Call id="police" \/>/);
  await body.fill((await body.inputValue()).replace('Facebook зэрэг', 'Facebook, Instagram зэрэг'));
  await publish(page);
  const article = 'content/signs/mn/fake-job-offers.mdx';
  const changed = changedLines(article);
  expect(changed).toHaveLength(2);
  expect(changed[1]).toContain('Facebook, Instagram зэрэг');
  expect(changed[0]!.replace('Facebook зэрэг', 'Facebook, Instagram зэрэг').slice(1)).toBe(changed[1]!.slice(1));
  expect(changedLines('content/signs/en/fake-job-offers.mdx')).toEqual([]);
  expect(await isFormatted(article)).toBe(true);
  expect(git('status', '--porcelain').trimEnd().split('\n').sort()).toEqual([` M ${hotline}`, ` M ${article}`].sort());

  // What the build checks: the contacts with their sources, and the article's fields.
  await expect(readContactFiles(repository)).resolves.toBeDefined();
  expect(readYamlFrontmatter(repository, article, ArticleSchema()).title).toBeTruthy();
  expect(watch.offsite).toEqual([]);
});

test('adds a new warning sign in both languages', async ({ page, watch }) => {
  await openScreen(page);
  await page.goto('/admin#/collections/signs');
  await page.locator('a[href$="/collections/signs/new"]').click();
  const field = (label: string, side: 0 | 1) => page.getByLabel(label, { exact: true }).nth(side);
  await page
    .getByLabel(/^Address/)
    .first()
    .fill('fake-visas');
  await field('Title', 0).fill('Хуурамч виз');
  await field('Title', 1).fill('Fake visas');
  await field('Description', 0).fill('Виз гаргаж өгнө гэж мөнгө авдаг хуурамч зуучлагчийг хэрхэн таних вэ.');
  await field('Description', 1).fill('How to recognise a fake broker who takes money to arrange a visa.');
  await field('Order', 0).fill('9');
  await page
    .getByLabel(/Бичвэр/)
    .nth(0)
    .fill('Виз гаргаж өгнө гэсэн хүн мөнгө нэхвэл болгоомжил.\n\n- Цагдаа: <Call id="police" />\n');
  await page
    .getByLabel(/Бичвэр/)
    .nth(1)
    .fill('Be careful when someone asks for money to arrange a visa.\n\n- Police: <Call id="police" />\n');
  await publish(page);

  const files = ['mn', 'en'].map((locale) => `content/signs/${locale}/fake-visas.mdx`);
  expect(
    git('status', '--porcelain', '--untracked-files=all', 'content/signs')
      .trimEnd()
      .split('\n')
      .filter((line) => line.startsWith('??'))
      .sort(),
  ).toEqual(files.map((file) => `?? ${file}`).sort());
  expect(readFileSync(join(repository, files[0]!), 'utf8')).toBe(
    [
      '---',
      'title: Хуурамч виз',
      'description: Виз гаргаж өгнө гэж мөнгө авдаг хуурамч зуучлагчийг хэрхэн таних вэ.',
      'order: 9',
      '---',
      '',
      'Виз гаргаж өгнө гэсэн хүн мөнгө нэхвэл болгоомжил.',
      '',
      '- Цагдаа: <Call id="police" />',
      '',
    ].join('\n'),
  );
  expect(readFileSync(join(repository, files[1]!), 'utf8')).toContain('title: Fake visas\n');
  for (const file of files) {
    expect(await isFormatted(file), file).toBe(true);
    expect(readYamlFrontmatter(repository, file, ArticleSchema()).order).toBe(9);
  }
  expect(watch.offsite).toEqual([]);
});
