import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../src/config/csp.ts';
import { sha256 } from '../../src/config/page-plugin.ts';
import { answerUntilStop, openFamily, openIdentifiers } from './helpers.ts';

const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Collects every Content-Security-Policy violation and page error from the first byte on. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  };
}

test('the built page carries the policy and a whole visit breaks none of it', async ({ page }) => {
  const w = await watch(page);
  await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  // The one inline style is the page's stylesheet, allowed by its hash and nothing else.
  const styles = await page.locator('style').allTextContents();
  expect(styles).toHaveLength(1);
  await expect(meta).toHaveAttribute('content', contentSecurityPolicy(sha256(styles[0]!)));
  await openFamily(page);
  // A few answers, then the results: the full walk is wizard.e2e.ts's.
  await answerUntilStop(page, 6);
  await page.getByRole('button', { name: '直接看结果' }).click();
  await expect(page.getByRole('region', { name: '可能的原因' })).toBeVisible();
  await page.goto('/catalogue');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/training');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await w.violations()).toEqual([]);
  expect(w.errors).toEqual([]);
});

test('script-like text in every free-text field stays text', async ({ page }) => {
  const w = await watch(page);
  await page.goto('/');
  await page.getByRole('textbox', { name: '发生了什么？' }).fill(SCRIPT);
  await openIdentifiers(page);
  await page.getByRole('textbox', { name: '商户号' }).fill(SCRIPT);
  await page.getByRole('textbox', { name: '终端号' }).fill(SCRIPT);
  await page.getByRole('textbox', { name: '机身序列号（SN）' }).fill(SCRIPT);
  await expect(page.getByRole('textbox', { name: '发生了什么？' })).toHaveValue(SCRIPT);
  // Merchant and terminal numbers are checked; the case does not open with them wrong.
  await page.getByRole('region', { name: '或者选择故障类型' }).getByRole('button').first().click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('textbox', { name: '商户号' }).fill('');
  await page.getByRole('textbox', { name: '终端号' }).fill('');
  await openFamily(page);
  await expect(page).toHaveURL(/\/d\/no-route/);
  const results = page.url().replace('/d/no-route?', '/d/no-route/results?');
  await page.goto(results);
  // The serial number the user typed comes back in the hotline packet, as text.
  await expect(page.getByRole('region', { name: '联系收单机构' })).toContainText(
    'window.__pwned=1',
  );
  await expect(page.locator('main img, main script')).toHaveCount(0);
  expect(await w.pwned()).toBeUndefined();
  expect(await w.violations()).toEqual([]);
});

test('an oversized or script-laden link is cut, reported as text, and the case still runs', async ({
  page,
}) => {
  const w = await watch(page);
  const huge = `q${'x'.repeat(5000)}`;
  await page.goto(
    `/d/no-response?a=signal-bars.none_${huge}.yes&m=${encodeURIComponent(SCRIPT)}&id=${encodeURIComponent('<b>')}`,
  );
  const status = page.getByRole('status');
  await expect(status).toContainText('a=');
  await expect(status).toContainText('m=<img src=x');
  await expect(page.getByRole('group')).toBeVisible();
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  expect(await w.pwned()).toBeUndefined();
});
