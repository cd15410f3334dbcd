import { expect, test } from '@playwright/test';
import { openFamily, openIdentifiers } from './helpers.ts';

const CASE =
  '/d/no-response/results?a=screen-code.68_signal-bars.weak_other-device-online.no&x=fix-restart-terminal';

test('copy for ticket puts the whole case on the clipboard in both languages', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await openIdentifiers(page);
  await page.getByRole('textbox', { name: '终端号' }).fill('12345678');
  await openFamily(page, 2);
  const results =
    page.url().replace('/d/no-response?', '/d/no-response/results?') + '&a=signal-bars.weak';
  await page.goto(results);
  await page.getByRole('button', { name: '复制到工单（中英文）' }).click();
  await expect(page.getByRole('region', { name: '排查记录' })).toContainText('已复制');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('终端号：12345678');
  expect(text).toContain('Terminal no.: 12345678');
  expect(text).toMatch(/1\. POS机屏幕上的信号格.* — /);
  expect(text).toContain('Likely causes:');
});

test('a share link reopens the same case elsewhere; a tampered one says what it dropped', async ({
  page,
  browser,
}) => {
  await page.goto(CASE);
  const leading = await page.locator('main ol > li h2').first().textContent();
  const link = await page.getByRole('textbox', { name: '分享链接' }).inputValue();
  expect(link).not.toContain('id=');
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto(link);
  await expect(page2.locator('main ol > li h2').first()).toHaveText(leading ?? '');
  await page2.goto(`${link}&a=zz.9&t=1234`);
  await expect(page2.getByRole('status')).toContainText('t=1234');
  await other.close();
});

test('the print view fits on one A4 page', async ({ page }) => {
  await page.goto(CASE);
  await page.locator('main ol > li').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
