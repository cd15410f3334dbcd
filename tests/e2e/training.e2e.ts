import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

type Text = { zh: string; en: string };
type Scenario = { id: string; truth: string; title: Text; situation: Text; opening: Text };
const { scenarios } = JSON.parse(readFileSync('rules/scenarios.json', 'utf8')) as {
  scenarios: Scenario[];
};
const first = scenarios[0]!;

/** Opens the app in `lang` (the setting it keeps), before the page's own script runs. */
async function inLanguage(page: Page, lang: 'zh' | 'en') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('pos-wizard'))
      localStorage.setItem(
        'pos-wizard',
        JSON.stringify({ state: { lang: l, agentMode: false, cases: {} }, version: 1 }),
      );
  }, lang);
}

test('a trainer demonstrates a scenario step by step to the causes and the plan', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: '培训练习' }).click();
  // The list shows what each caller says first; the titles give the answer away.
  await expect(page.getByRole('listitem').filter({ hasText: first.opening.zh })).toBeVisible();
  await expect(page.getByText(first.title.zh)).toHaveCount(0);
  await page.getByRole('checkbox', { name: /^显示标题和完整经过/ }).check();
  const item = page.getByRole('listitem').filter({ hasText: first.title.zh });
  await item.getByRole('link', { name: '演示' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第 1 步');
  const next = page.getByRole('link', { name: /^(下一步|看结果)$/ });
  for (let i = 0; i < 40 && (await next.isVisible()); i++) await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('演示结束');
  await expect(page.getByRole('status')).toContainText('实际原因');
  await expect(page.getByRole('heading', { name: '向导最后的原因排序' })).toBeVisible();
  await expect(page.getByRole('region', { name: '处理步骤（先做最省事的）' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a trainee hears the opening line only, asks, and is scored', async ({ page }) => {
  await page.goto(`/training/${first.id}/quiz`);
  await expect(page.getByText(first.opening.zh)).toBeVisible();
  await expect(page.getByText(first.situation.zh)).toHaveCount(0);
  const ask = page.getByRole('region', { name: '先问来电人' });
  const question = ask.getByRole('combobox', { name: '要问的问题' });
  for (const n of [1, 1]) {
    await question.selectOption({ index: n });
    await ask.getByRole('button', { name: '问', exact: true }).click();
  }
  await expect(ask.getByRole('listitem')).toHaveCount(2);
  await expect(ask.getByRole('listitem').first()).toContainText('来电人答：');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: '提交' }).click();
  const result = page.getByRole('status');
  await expect(result).toContainText('实际原因');
  await expect(result).toContainText('向导自己提问后的判断');
  await expect(result).toContainText('你问了 2 个问题');
  await expect(result).toContainText('本次练习得分：');
  await expect(page.getByText(first.situation.zh)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('on an English phone, each cause to pick is a full-size radio in a 44 px row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await inLanguage(page, 'en');
  for (const s of scenarios) {
    await page.goto(`/training/${s.id}/quiz`);
    const radios = page.getByRole('radio');
    await radios.first().waitFor();
    const sizes = await radios.evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const row = el.closest('label')!.getBoundingClientRect();
        return { width: box.width, height: box.height, row: row.height };
      }),
    );
    expect(sizes.length, s.id).toBeGreaterThan(1);
    for (const size of sizes) {
      expect(Math.min(size.width, size.height), s.id).toBeGreaterThanOrEqual(20);
      expect(size.row, s.id).toBeGreaterThanOrEqual(44);
    }
  }
});

for (const lang of ['zh', 'en'] as const)
  test(`the catalogue opens short on a phone, and axe finds nothing (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 360, height: 780 });
    await inLanguage(page, lang);
    await page.goto('/catalogue');
    await page.getByRole('search').waitFor();
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6000);
    await expectNoAxeViolations(page);
    // Opened, a family is still clean; and a search that finds nothing says what to do.
    await page
      .getByRole('navigation', { name: /^(跳到|Jump to)$/ })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('button', { expanded: true })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await page.getByRole('searchbox').fill('zzzzzz');
    await expect(
      page.getByRole('button', { name: /^(清除搜索和筛选|Clear search and filter)$/ }),
    ).toBeVisible();
  });
