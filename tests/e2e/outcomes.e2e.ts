import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { answerUntilStop, expectNoAxeViolations, openFamily } from './helpers.ts';

/*
 * "What fixed it" in the built app: a log seeded in storage shows as tables; exported
 * as JSON, cleared, imported back, it shows the same numbers (issue 16).
 */

const outcome = (id: string, extra: Record<string, unknown>) => ({
  id,
  family: 'no-route',
  cause: 'route-channel-not-registered',
  fix: 'fix-wait-sync',
  questions: 4,
  minutes: 3.5,
  date: '2026-11-21',
  ...extra,
});
const LOG = [
  outcome('k1', {}),
  outcome('k2', { questions: 6, minutes: 8.1, date: '2026-11-22' }),
  outcome('k3', { cause: 'route-change-incomplete', fix: 'fix-route-resync-change' }),
  outcome('k4', {
    family: 'scan-pay-missing',
    cause: null,
    fix: null,
    questions: 11,
    minutes: 15,
  }),
];

/** Storage as the app writes it (src/store/persistence.ts), set once per test, not per load. */
async function seed(page: Page, lang: 'zh' | 'en', outcomes: unknown[]) {
  await page.addInitScript(
    ([l, list]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'pos-wizard',
          JSON.stringify({ state: { lang: l, cases: {}, outcomes: list }, version: 1 }),
        );
      }
    },
    [lang, outcomes] as const,
  );
}

/** Every table's cell texts, to compare before and after. */
const tableTexts = (page: Page) =>
  page
    .getByRole('table')
    .evaluateAll((tables) =>
      tables.map((t) => [...t.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
    );

test('export as JSON, clear, import the file back: the same numbers', async ({ page }) => {
  await seed(page, 'zh', LOG);
  await page.goto('/');
  await page.getByRole('link', { name: '什么办法管用' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '什么办法管用' })).toBeVisible();
  await expect(page.getByText('一般要问 5 个问题，用时 5.8 分钟（中位数）。')).toBeVisible();
  const families = page.getByRole('table', { name: /^每类故障的排查次数/ });
  await expect(families.getByRole('row')).toHaveCount(3);
  await expect(families.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('3');
  const before = await tableTexts(page);
  expect(before).toHaveLength(3);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pos-outcomes-\d{4}-\d\d-\d\d\.json$/);
  mkdirSync('test-results/e2e', { recursive: true });
  const file = `test-results/e2e/outcomes-${test.info().workerIndex}.json`;
  await download.saveAs(file);

  await page.getByRole('link', { name: 'POS 故障诊断' }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '清除本机数据' }).click();
  await expect(page.getByRole('button', { name: '清除本机数据' })).toHaveCount(0);
  const stored = await page.evaluate(() => localStorage.getItem('pos-wizard'));
  expect(JSON.parse(stored!).state.outcomes).toEqual([]);

  await page.getByRole('link', { name: '什么办法管用' }).click();
  await expect(page.getByText(/^还没有记录。/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByLabel('导入文件（CSV 或 JSON，不超过 5 MB）').setInputFiles(file);
  await expect(page.getByRole('status')).toHaveText(
    '导入完成：新增 4 条，本机已有 0 条，跳过 0 条。',
  );
  expect(await tableTexts(page)).toEqual(before);

  // The same file again: recognised, nothing doubled.
  await page.getByLabel('导入文件（CSV 或 JSON，不超过 5 MB）').setInputFiles(file);
  await expect(page.getByRole('status')).toHaveText(
    '导入完成：新增 0 条，本机已有 4 条，跳过 0 条。',
  );
  expect(await tableTexts(page)).toEqual(before);
});

test('a file that is not an outcome log is refused and changes nothing', async ({ page }) => {
  await seed(page, 'en', LOG);
  await page.goto('/outcomes');
  await expect(page.getByRole('table')).toHaveCount(3);
  const before = await tableTexts(page);
  const stored = await page.evaluate(() => localStorage.getItem('pos-wizard'));
  await page.getByLabel('Import a file (CSV or JSON, up to 5 MB)').setInputFiles({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,phone\nWang,138\n'),
  });
  await expect(page.getByRole('status')).toHaveText(/^Wrong columns: missing id, date/);
  expect(await tableTexts(page)).toEqual(before);
  expect(await page.evaluate(() => localStorage.getItem('pos-wizard'))).toBe(stored);
});

for (const lang of ['zh', 'en'] as const)
  test(`What fixed it (${lang}, phone) has no axe violations and fits 360 px`, async ({ page }) => {
    test.setTimeout(60_000);
    await seed(page, lang, LOG);
    await page.goto('/outcomes');
    await expect(page.getByRole('table')).toHaveCount(3);
    // An import report with skipped rows, so its list is checked too.
    await page.locator('input[type=file]').setInputFiles({
      name: 'shop.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '\uFEFFid,date,family,cause,fix,questions,minutes\r\nk9,2026-11-23,no-route,,,2,1\r\nk10,someday,no-route,,,2,1\r\n',
      ),
    });
    await expect(page.getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({
      path: `test-results/screens/outcomes-${lang}-phone.png`,
      fullPage: true,
    });
  });

test('an empty log says what will appear (en, phone) with no axe violations', async ({ page }) => {
  await seed(page, 'en', []);
  await page.goto('/outcomes');
  await expect(page.getByText(/^Nothing logged yet\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export JSON' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the learned-prior setting changes the ranking and the results say so', async ({ page }) => {
  // 40 cases on this device where routing was left incomplete after a record change: a
  // cause the catalogue alone ranks fourth in "no routing merchant info found".
  const many = Array.from({ length: 40 }, (_, i) =>
    outcome(`h${i}`, { cause: 'route-change-incomplete', fix: 'fix-route-resync-change' }),
  );
  await seed(page, 'en', many);
  const results = '/d/no-route/results?id=learn1';
  const causes = page.getByRole('region', { name: 'Likely causes' });
  const first = causes.getByRole('heading', { level: 2 }).first();
  await page.goto(results);
  await expect(first).not.toHaveText('Routing left incomplete after a record change');
  await expect(page.getByTestId('learned-note')).toHaveCount(0);

  await page.goto('/outcomes');
  const setting = page.getByRole('checkbox', {
    name: 'Use the causes confirmed on this device when ranking',
  });
  await expect(setting).not.toBeChecked();
  await expect(page.getByText('Confirmed outcomes it can learn from: 40.')).toBeVisible();
  await setting.check();
  await expectNoAxeViolations(page);

  await page.goto(results);
  await expect(first).toHaveText('Routing left incomplete after a record change');
  await expect(page.getByTestId('learned-note')).toContainText(
    'This ranking weighs 40 confirmed cases of this kind on this device',
  );
  // "Change" leads back to the setting, which a reload kept on; turning it off undoes it.
  await page.getByRole('link', { name: 'Change' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: "Weigh causes by this device's history" }),
  ).toBeFocused();
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await page.goto(results);
  await expect(first).not.toHaveText('Routing left incomplete after a record change');
  await expect(page.getByTestId('learned-note')).toHaveCount(0);
});

test('a full case ends "solved" and appears on What fixed it', async ({ page }) => {
  await page.goto('/');
  await openFamily(page, /商户无应答/);
  await answerUntilStop(page);
  await page.getByRole('button', { name: '看结果', exact: true }).click();
  const plan = page.getByRole('region', { name: '处理步骤（先做最省事的）' });
  const fix = (await plan.locator('h3').first().textContent()) ?? '';
  await plan.getByRole('button', { name: '解决了' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: fix })).toBeVisible();

  await page.goto('/outcomes');
  const families = page.getByRole('table', { name: /^每类故障的排查次数/ });
  await expect(families.getByRole('row')).toHaveCount(2);
  await expect(families.getByRole('row').nth(1)).toContainText('商户无应答');
  const fixes = page.getByRole('table', { name: '每个办法解决问题的次数' });
  await expect(fixes.getByRole('row').nth(1)).toContainText(fix);
  await expect(fixes.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
});
