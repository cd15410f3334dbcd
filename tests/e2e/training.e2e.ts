import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

type Scenario = { id: string; truth: string; title: { zh: string } };
const { scenarios } = JSON.parse(readFileSync('rules/scenarios.json', 'utf8')) as {
  scenarios: Scenario[];
};
const first = scenarios[0]!;

test('a trainer demonstrates a scenario step by step to the end', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '培训练习' }).click();
  const item = page.getByRole('listitem').filter({ hasText: first.title.zh });
  await item.getByRole('link', { name: '演示' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第 1 步');
  await expect(page.getByText('为什么问这个')).toBeVisible();
  for (let i = 0; i < 25 && (await page.getByRole('link', { name: '下一步' }).isVisible()); i++)
    await page.getByRole('link', { name: '下一步' }).click();
  await expect(page.getByRole('status')).toContainText('实际原因');
});

test('a trainee takes a quiz and is scored against the engine and the truth', async ({ page }) => {
  await page.goto(`/training/${first.id}/quiz`);
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
});
