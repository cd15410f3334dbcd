import { expect, test } from '@playwright/test';

const open = async (page: import('@playwright/test').Page) => {
  await page.goto('/d/no-route/results?id=lay1&a=screen-code.92');
  const causes = page.getByRole('region', { name: '可能的原因' });
  const plan = page.getByRole('region', { name: '处理步骤（先做最省事的）' });
  await expect(plan).toBeVisible();
  return { causes: (await causes.boundingBox())!, plan: (await plan.boundingBox())! };
};

test('on a desktop the causes stand beside the plan and the packet', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { causes, plan } = await open(page);
  expect(plan.x).toBeGreaterThanOrEqual(causes.x + causes.width);
  expect(plan.y).toBeLessThan(causes.y + causes.height);
  // The page uses the width: wider than the 768 px reading column.
  expect(plan.x + plan.width - causes.x).toBeGreaterThan(900);
});

test('on a phone the results are one column, causes first', async ({ page }) => {
  const { causes, plan } = await open(page);
  expect(plan.y).toBeGreaterThanOrEqual(causes.y + causes.height);
  expect(Math.abs(plan.x - causes.x)).toBeLessThan(2);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
