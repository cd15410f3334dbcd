import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openFamily } from './helpers.ts';

test('a clerk reads out the code of a half-done case; an agent types it and sees the same case', async ({
  browser,
  page,
}) => {
  // The clerk, on a phone: two answers, then the results, where the code is.
  await page.goto('/');
  await openFamily(page, 0);
  for (let i = 0; i < 2; i++) {
    const before = page.url();
    await page.getByRole('group').getByRole('button').first().click();
    await expect(page).not.toHaveURL(before);
  }
  const clerkQuestion = await page.getByRole('heading', { level: 1 }).textContent();
  const answersOf = (p: typeof page) =>
    p
      .getByRole('region', { name: '已回答的问题' })
      .getByRole('combobox')
      .evaluateAll((all) =>
        all.map((s) => `${s.getAttribute('aria-label')}=${(s as HTMLSelectElement).value}`),
      );
  const clerkAnswers = await answersOf(page);
  expect(clerkAnswers).toHaveLength(2);
  await page.getByRole('button', { name: '直接看结果' }).click();
  const code = ((await page.getByTestId('case-code').textContent()) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  expect(code).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{1,4})+$/);

  // The agent, on a desktop in another browser: types what was read out.
  const desk = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const agent = await desk.newPage();
  await agent.goto('/');
  await agent.getByRole('link', { name: '打开案件码' }).click();
  await expect(agent.getByRole('heading', { level: 1 })).toHaveText('打开案件码');
  await expectNoAxeViolations(agent);
  await agent.getByRole('textbox', { name: '案件码' }).fill(code.toLowerCase());
  await agent.getByRole('button', { name: '打开', exact: true }).click();
  await expect(agent).toHaveURL(/\/d\/[a-z-]+\?/);
  await expect(agent.getByRole('heading', { level: 1 })).toHaveText(clerkQuestion ?? '');
  await expect.poll(() => answersOf(agent)).toEqual(clerkAnswers);
  await desk.close();
});

test('a misheard code is caught and nothing opens', async ({ page }) => {
  await page.goto('/c');
  await page.getByRole('textbox', { name: '案件码' }).fill('K3QZ-8M2T-1');
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/c$/);
});
