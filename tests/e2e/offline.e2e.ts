import { expect, test, type Page } from '@playwright/test';
import { answerUntilStop, openFamily } from './helpers.ts';

test('installable: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

/** Visits once and reloads until the service worker controls the page. */
async function install(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  // The first load was not controlled by the worker; once it is, everything comes from the cache.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
}

test('after the first visit, a full case runs with the network off', async ({ page, context }) => {
  await install(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('收款出了什么问题？');
  await openFamily(page);
  // A few answers, then the results: the full walk is wizard.e2e.ts's.
  await answerUntilStop(page, 6);
  await page.getByRole('button', { name: '直接看结果' }).click();
  await expect(page.locator('main ol > li h2').first()).not.toBeEmpty();
  await page.goto('/catalogue');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('故障库');
  await context.setOffline(false);
});

test('once installed, a link into a case is answered without the prerendered start screen', async ({
  page,
}) => {
  await install(page);
  const response = await page.goto('/d/no-route?id=k1');
  expect(response?.fromServiceWorker()).toBe(true);
  const html = await response!.text();
  expect(html).toContain('<div id="root">');
  expect(html).not.toContain('收款出了什么问题');
  await expect(page.getByRole('group')).toBeVisible();
});
