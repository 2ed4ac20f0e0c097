import type { Locator, Page } from '@playwright/test';
import { type Answer, verdictOf } from '../../src/lib/content/self-check.ts';
import { expect, test } from '../support/fixtures.ts';

/** The verdict titles of `content/check/en.yaml`, by verdict. */
const TITLES = {
  warning: 'Warning signs found',
  unsure: 'Find out more before you go',
  noSigns: 'These questions found no warning signs',
};
const LABELS: Record<Answer, string> = { yes: 'Yes', no: 'No', unsure: 'Don’t know' };

const form = (page: Page) => page.locator('form.self-check');
const offer = (page: Page, id: string) => page.locator(`section.offer[data-offer="${id}"]`);
const questions = (page: Page, id: string) => offer(page, id).locator('.question');
/** Verdict titles a reader can see anywhere in the form. */
const shownVerdicts = (page: Page) => form(page).locator('.verdict-title:visible');

async function choose(page: Page, label: string) {
  await page.getByRole('radio', { name: label, exact: true }).check();
}

async function answerAll(page: Page, id: string, answers: Answer[]) {
  const all = questions(page, id);
  for (const [index, answer] of answers.entries()) {
    await all.nth(index).getByRole('radio', { name: LABELS[answer], exact: true }).check();
  }
}

/** All "no", except the given answers at the given positions. */
async function answersFor(page: Page, id: string, changes: Record<number, Answer> = {}) {
  const count = await questions(page, id).count();
  return Array.from({ length: count }, (_, index) => changes[index] ?? ('no' as Answer));
}

async function expectVerdict(page: Page, id: string, title: string) {
  await expect(shownVerdicts(page)).toHaveCount(1);
  await expect(offer(page, id).locator('.verdict-title:visible')).toHaveText(title);
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`self-check of an offer, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, viewport: { width: 360, height: 800 } });

    test('shows no verdict, no questions and no answer on load', async ({ page }) => {
      await page.goto('/en/check');
      await expect(page.getByRole('group', { name: 'What offer did you receive?' })).toBeVisible();
      await expect(shownVerdicts(page)).toHaveCount(0);
      await expect(form(page).locator('.question:visible')).toHaveCount(0);
      await expect(form(page).getByRole('link')).toHaveCount(0);
      await expect(page.getByText(TITLES.noSigns).filter({ visible: true })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
    });

    test('shows only the chosen offer, and no verdict until each of its questions is answered', async ({ page }) => {
      await page.goto('/en/check');
      await choose(page, 'A job abroad');
      await expect(offer(page, 'job')).toBeVisible();
      await expect(offer(page, 'study')).toBeHidden();
      await expect(offer(page, 'marriage')).toBeHidden();
      await expect(offer(page, 'job').getByText('The verdict appears here once')).toBeVisible();

      const answers = await answersFor(page, 'job');
      await answerAll(page, 'job', answers.slice(0, -1));
      await expect(shownVerdicts(page)).toHaveCount(0);
      await answerAll(page, 'job', answers);
      await expectVerdict(page, 'job', TITLES.noSigns);
      await expect(offer(page, 'job').getByText('The verdict appears here once')).toBeHidden();

      await choose(page, 'Marriage abroad');
      await expect(offer(page, 'job')).toBeHidden();
      await expect(offer(page, 'marriage')).toBeVisible();
      await expect(shownVerdicts(page)).toHaveCount(0);
    });

    test('a yes gives the warning and that question’s advice', async ({ page }) => {
      await page.goto('/en/check');
      await choose(page, 'Study abroad');
      await answerAll(page, 'study', await answersFor(page, 'study', { 2: 'yes', 4: 'unsure' }));
      await expectVerdict(page, 'study', TITLES.warning);
      const advice = questions(page, 'study').nth(2).locator('.advice');
      await expect(advice).toBeVisible();
      await expect(advice).toContainText('If yes:', { useInnerText: true });
      await expect(questions(page, 'study').nth(0).locator('.advice')).toBeHidden();
    });

    test('all no finds no warning signs, and shows no advice', async ({ page }) => {
      await page.goto('/en/check');
      await choose(page, 'Marriage abroad');
      await answerAll(page, 'marriage', await answersFor(page, 'marriage'));
      await expectVerdict(page, 'marriage', TITLES.noSigns);
      await expect(offer(page, 'marriage').locator('.advice:visible')).toHaveCount(0);
    });

    test('a don’t know asks to find out first, with its advice', async ({ page }) => {
      await page.goto('/en/check');
      await choose(page, 'A job abroad');
      await answerAll(page, 'job', await answersFor(page, 'job', { 1: 'unsure' }));
      await expectVerdict(page, 'job', TITLES.unsure);
      const advice = questions(page, 'job').nth(1).locator('.advice');
      await expect(advice).toBeVisible();
      await expect(advice).toContainText('Find out before you go:', { useInnerText: true });
      await expect(advice).not.toContainText('If yes:', { useInnerText: true });
      await expect(advice).toContainText("Don't pay until you have checked");
    });

    test('puts 24-hour lines to call right under the verdict, in view after the last answer', async ({ page }) => {
      await page.goto('/en/check');
      await choose(page, 'A job abroad');
      await answerAll(page, 'job', await answersFor(page, 'job', { 0: 'yes' }));
      await questions(page, 'job')
        .last()
        .evaluate((question) => question.scrollIntoView({ block: 'center' }));

      const verdict = offer(page, 'job').locator('.verdict-box');
      const police = verdict.getByRole('link', { name: /102/ });
      await expect(police).toHaveAttribute('href', 'tel:102');
      await expect(verdict.getByRole('link', { name: /108/ })).toHaveAttribute('href', 'tel:108');
      await expect(verdict.getByRole('link', { name: /abroad/ })).toHaveAttribute('href', '/en/abroad');
      await expect(verdict.getByText(/8304\s?2222/)).toHaveCount(0);
      await expect(page.locator('main').getByText(/8304\s?2222/)).toHaveCount(0);
      await expect(police).toBeInViewport();

      // The numbers come straight after the verdict's title, before its explanation.
      const [title, firstLine, text] = await Promise.all(
        [verdict.locator('.verdict-title:visible'), police, verdict.locator('.verdict-text:visible')].map((locator) =>
          locator.boundingBox(),
        ),
      );
      expect(firstLine!.y).toBeGreaterThan(title!.y);
      expect(firstLine!.y).toBeLessThan(text!.y);
      expect(firstLine!.y - (title!.y + title!.height)).toBeLessThan(80);
    });

    test('start again clears every answer and the verdict', async ({ page }) => {
      await page.goto('/en/check');
      await choose(page, 'A job abroad');
      await answerAll(page, 'job', await answersFor(page, 'job', { 0: 'yes' }));
      await expectVerdict(page, 'job', TITLES.warning);
      await page.getByRole('button', { name: 'Start again' }).click();
      await expect(form(page).locator('input:checked')).toHaveCount(0);
      await expect(shownVerdicts(page)).toHaveCount(0);
      await expect(offer(page, 'job')).toBeHidden();
      await expect(page).toHaveURL(/\/en\/check\/?$/);
    });

    test('sends nothing and puts no answer in the address', async ({ page }) => {
      await page.goto('/en/check');
      await choose(page, 'A job abroad');
      const first = questions(page, 'job').first().getByRole('radio', { name: 'Yes', exact: true });
      await first.check();
      await first.press('Enter');
      await first.press('Space');
      await expect(page).toHaveURL(/\/en\/check\/?$/);
      await expect(first).toBeChecked();
    });
  });
}

test.describe('self-check of an offer', () => {
  test('gives the verdict verdictOf() gives, for each kind of answer set', async ({ page }) => {
    await page.goto('/en/check');
    await choose(page, 'A job abroad');
    const count = await questions(page, 'job').count();
    const cases: Answer[][] = [
      Array(count).fill('no'),
      Array(count).fill('unsure'),
      Array(count).fill('yes'),
      Array.from({ length: count }, (_, index) => (index === count - 1 ? 'yes' : 'unsure')),
      Array.from({ length: count }, (_, index) => (index % 2 ? 'unsure' : 'no')),
    ];
    for (const answers of cases) {
      await answerAll(page, 'job', answers);
      await expectVerdict(page, 'job', TITLES[verdictOf(answers)!]);
    }
  });

  test('speaks Mongolian on the Mongolian page, with don’t know and start again', async ({ page }) => {
    await page.goto('/check');
    await expect(
      page.getByText('Эдгээр асуултаар анхааруулах шинж тэмдэг илэрсэнгүй').filter({ visible: true }),
    ).toHaveCount(0);
    await choose(page, 'Гадаадад ажиллах санал');
    const all = questions(page, 'job');
    const count = await all.count();
    for (let index = 0; index < count; index += 1) {
      await all
        .nth(index)
        .getByRole('radio', { name: index === 0 ? 'Мэдэхгүй' : 'Үгүй', exact: true })
        .check();
    }
    await expect(offer(page, 'job').locator('.verdict-title:visible')).toHaveText(
      'Явахаасаа өмнө тодруулах зүйл байна',
    );
    await expect(all.first().locator('.advice')).toContainText('Явахаасаа өмнө тодруулаарай:', { useInnerText: true });
    await page.getByRole('button', { name: 'Дахин эхлэх' }).click();
    await expect(shownVerdicts(page)).toHaveCount(0);
  });

  test('is usable by keyboard and screen reader: named groups, a live verdict, big targets', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/en/check');
    await choose(page, 'A job abroad');
    const first = questions(page, 'job').first();
    const legend = await first.locator('legend').textContent();
    await expect(page.getByRole('group', { name: legend!.trim() })).toBeVisible();
    await expect(offer(page, 'job').getByRole('status')).toHaveCount(1);

    // Arrow keys move between the answers of one question, as in any radio group.
    await first.getByRole('radio', { name: 'Yes', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(first.getByRole('radio', { name: 'No', exact: true })).toBeChecked();

    const targets: Locator[] = [
      ...(await first.locator('label').all()),
      ...(await form(page).locator('label.offer-choice').all()),
    ];
    for (const target of targets) {
      const box = (await target.boundingBox())!;
      const name = await target.innerText();
      expect(box.height, name).toBeGreaterThanOrEqual(44);
      expect(box.width, name).toBeGreaterThanOrEqual(44);
    }
  });

  test('asks the same questions in both languages', async ({ page }) => {
    await page.goto('/check');
    const names = (inputs: Element[]) =>
      inputs.map((input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`);
    const mongolian = await page.locator('input[type="radio"]').evaluateAll(names);
    await page.goto('/en/check');
    const english = await page.locator('input[type="radio"]').evaluateAll(names);
    expect(english).toEqual(mongolian);
    expect(mongolian.length).toBeGreaterThanOrEqual(3 + 3 * 3 * 6);
  });
});
