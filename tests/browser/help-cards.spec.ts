import { expect, test } from '../support/fixtures.ts';

/**
 * The first emergency number and the Mongolian mission's main number of each
 * destination, written out here a second time from the research facts: a
 * change to either in the content must be a deliberate one.
 */
const EXPECTED: Record<string, { emergency: string; mission?: string }> = {
  ae: { emergency: 'tel:999' },
  ch: { emergency: 'tel:112' },
  cn: { emergency: 'tel:110', mission: 'tel:+861065326512' },
  cz: { emergency: 'tel:112', mission: 'tel:+420224311198' },
  de: { emergency: 'tel:112', mission: 'tel:+49304748060' },
  hk: { emergency: 'tel:999', mission: 'tel:+85225222400' },
  jp: { emergency: 'tel:110', mission: 'tel:+81334692195' },
  kr: { emergency: 'tel:112', mission: 'tel:+8227983464' },
  kz: { emergency: 'tel:112' },
  mo: { emergency: 'tel:999', mission: 'tel:+85225222400' },
  my: { emergency: 'tel:999', mission: 'tel:+6623811400' },
  ru: { emergency: 'tel:112', mission: 'tel:+74956906792' },
  th: { emergency: 'tel:191', mission: 'tel:+6623811400' },
  tr: { emergency: 'tel:112', mission: 'tel:+903124921028' },
  us: { emergency: 'tel:911', mission: 'tel:+12023337117' },
};

for (const [slug, expected] of Object.entries(EXPECTED)) {
  for (const prefix of ['', '/en']) {
    test(`${prefix}/abroad/${slug} leads with its emergency number and the Mongolian mission`, async ({ page }) => {
      await page.goto(`${prefix}/abroad/${slug}`);
      const emergency = page.locator('section[aria-labelledby="emergency"]');
      await expect(emergency.locator(`a[href="${expected.emergency}"]`).first()).toBeVisible();
      // The first number on the card is the emergency number.
      await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', expected.emergency);

      const strip = page.getByRole('complementary');
      await expect(strip.locator(`a[href="${expected.emergency}"]`)).toBeVisible();
      if (expected.mission) {
        await expect(strip.locator(`a[href="${expected.mission}"]`)).toBeVisible();
        await expect(page.locator(`section[aria-labelledby="mission"] a[href="${expected.mission}"]`)).toBeVisible();
      }
      // Every number says where it works.
      for (const number of await page.locator('main article a[href^="tel:"].text-2xl').all()) {
        await expect(number.locator('xpath=following-sibling::span[1]')).toHaveText(/\S/);
      }
    });
  }
}

test('the help-abroad page lists every destination with its emergency number', async ({ page }) => {
  for (const prefix of ['', '/en']) {
    await page.goto(`${prefix}/abroad`);
    for (const [slug, expected] of Object.entries(EXPECTED)) {
      const row = page.locator('main li', { has: page.locator(`a[href="${prefix}/abroad/${slug}"]`) });
      await expect(row.locator(`a[href="${expected.emergency}"]`)).toBeVisible();
      if (expected.mission) await expect(row.locator(`a[href="${expected.mission}"]`)).toBeVisible();
    }
  }
});

test('a destination saves all its numbers to the phone as one vCard', async ({ page, request }) => {
  await page.goto('/en/abroad/kr');
  const link = page.getByRole('link', { name: 'Save all these numbers to your phone' });
  await expect(link).toHaveAttribute('href', '/en/abroad/kr.vcf');
  const response = await request.get('/en/abroad/kr.vcf');
  expect(response.headers()['content-type']).toBe('text/vcard; charset=utf-8');
  const body = await response.text();
  expect(body).toContain('TEL;VALUE=uri;TYPE=voice:tel:112');
  expect(body).toContain('tel:+8227983464');
});

test('the hotlines page offers the Mongolian lines as calls, police first', async ({ page }) => {
  for (const prefix of ['', '/en']) {
    await page.goto(`${prefix}/hotlines`);
    await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:102');
    for (const href of ['tel:103', 'tel:107', 'tel:108', 'tel:18001280', 'tel:+97683042222']) {
      await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
    }
  }
});

for (const [slug, expected] of Object.entries(EXPECTED)) {
  test(`the printed short link for ${slug} opens on the help in both cases`, async ({ page }) => {
    for (const path of [`/GO/${slug.toUpperCase()}`, `/go/${slug}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.request().redirectedFrom(), `${path} answers without a redirect`).toBeNull();
      await expect(page.locator(`main a[href="${expected.emergency}"]`).first()).toBeVisible();
      await expect(page.getByRole('complementary').locator(`a[href="${expected.emergency}"]`)).toBeVisible();
    }
  });
}

test('other spellings of a short link lead to its page with one redirect', async ({ page }) => {
  for (const [path, target] of [
    ['/go/KR', '/go/kr'],
    ['/Go/kr', '/go/kr'],
    ['/en/go/KR', '/en/go/kr'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(new URL(page.url()).pathname, path).toBe(target);
    expect(response?.request().redirectedFrom()?.redirectedFrom(), `${path}: one redirect`).toBeNull();
    await expect(page.locator(`main a[href="${EXPECTED.kr!.emergency}"]`).first()).toBeVisible();
  }
});

test('the printed spellings answer in English too, and every capital spelling leads there with one redirect', async ({
  page,
}) => {
  const response = await page.goto('/en/GO/KR');
  expect(response?.status()).toBe(200);
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator(`main a[href="${EXPECTED.kr!.emergency}"]`).first()).toBeVisible();

  for (const path of ['/EN/GO/KR', '/en/go/KR', '/en/Go/kr']) {
    const redirected = await page.goto(path);
    expect(redirected?.status(), path).toBe(200);
    expect(new URL(page.url()).pathname, path).toBe('/en/go/kr');
    expect(redirected?.request().redirectedFrom()?.redirectedFrom(), `${path}: one redirect`).toBeNull();
  }
});

test('a mistyped short link answers 404 with every country’s help and, with JavaScript, the code it most likely meant', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const [path, lang, guess] of [
    ['/GO/KORE', 'mn', 'Өмнөд Солонгос'],
    ['/GO/KOREA', 'mn', 'Өмнөд Солонгос'],
    ['/go/kore', 'mn', 'Өмнөд Солонгос'],
    ['/en/GO/KORE', 'en', 'Republic of Korea'],
    ['/en/go/jpn', 'en', 'Japan'],
    ['/go/hlep', 'mn', 'Гадаадад тусламж'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    const prefix = lang === 'en' ? '/en' : '';
    // Without JavaScript too: every destination's card and emergency number.
    for (const [slug, expected] of Object.entries(EXPECTED)) {
      const row = page.locator(`main li[data-target="abroad/${slug}"]`);
      await expect(row.locator(`a[href="${prefix}/abroad/${slug}"]`), `${path}: ${slug}`).toBeVisible();
      await expect(row.locator(`a[href="${expected.emergency}"]`), `${path}: ${slug}`).toBeVisible();
    }
    const link = page.locator('short-link-guess a').first();
    await expect(link, path).toHaveText(guess);
    await expect(link, path).toHaveAttribute('href', new RegExp(`^${prefix}/abroad(/kr|/jp)?$`));
    // The strip of a page about abroad offers every country's emergency number, and never a number of home.
    const strip = page.getByRole('complementary');
    for (const href of await strip
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href, path).toMatch(/^tel:\+/);
    }
    await expect(strip.locator('a[href$="#emergency-numbers"]'), path).toBeVisible();
  }

  await page.goto('/GO/ZZZZZZ');
  await expect(page.locator('short-link-guess > div')).toBeHidden();
  await expect(page.locator('main li[data-target="abroad/kr"] a[href="/abroad/kr"]')).toBeVisible();
});
