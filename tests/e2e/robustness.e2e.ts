import { expect, test, type Page } from '@playwright/test';
import { openFamily, startQuestions, startScreenRunning, tabTo } from './helpers.ts';

test('works at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/', '/d/no-response', '/d/no-response/results?a=signal-bars.none']) {
    await page.goto(url);
    await page.locator('h1').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test('a case can be run with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: '发生了什么？' }).focus();
  await page.keyboard.type('98');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tell\?/);
  const start = page.getByRole('button', { name: '开始提问' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/screen-code\.98/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  const first = await heading.textContent();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group').getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).not.toHaveText(first ?? '');
  await expect(heading).toBeFocused();
});

test('corrupt saved data is reset with a notice, not a blank page', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pos-wizard', '{"state": {"cases": [oops'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('收款出了什么问题？');
  await expect(page.getByRole('status')).toHaveText('本机保存的记录格式有误，已重置。');
});

test('saved data from an older version keeps its valid cases', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'pos-wizard',
      JSON.stringify({
        version: 0,
        state: {
          language: 'en',
          recent: [
            {
              id: 'old1',
              family: 'no-response',
              search: '?a=signal-bars.none&id=old1',
              updatedAt: 1,
            },
            { id: '<x>' },
          ],
        },
      }),
    ),
  );
  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recent cases' });
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await recent.getByRole('link', { name: 'Resume' }).click();
  await expect(page).toHaveURL(/\/d\/no-response\?a=signal-bars\.none&id=old1/);
});

test('private mode (no storage at all) still runs a case and says nothing will be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText(/本机存储不可用/);
  await openFamily(page);
  await page.getByRole('group').getByRole('button').first().click();
  await expect(page.getByRole('region', { name: '已回答的问题' })).toBeVisible();
});

test('a full disk keeps the case going and says so once', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await openFamily(page);
  await expect(page.getByRole('status')).toHaveText(/本机存储不可用/);
  await page.getByRole('group').getByRole('button').first().click();
  await expect(page.getByRole('region', { name: '已回答的问题' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(1);
});

/** Records, from before the app's first script runs, whether "Loading…" is ever shown. */
/** Holds requests for `url` until the test lets them through. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds the app's script until the test lets it through. */
const holdScript = (page: Page) => hold(page, /\/assets\/index-[^/]*\.js$/);

/**
 * Presses agent mode until it is on: a tap before the app runs does nothing on this
 * button (decision 0007); once it runs, one does.
 */
async function turnOnAgentMode(page: Page) {
  const agent = page.getByRole('button', { name: '客服模式' });
  await expect(async () => {
    if ((await agent.getAttribute('aria-pressed')) !== 'true') await agent.click();
    await expect(agent).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
}

const watchForLoading = () =>
  new MutationObserver(() => {
    if (document.body?.textContent?.includes('正在加载'))
      (window as unknown as { sawLoading: boolean }).sawLoading = true;
  }).observe(document, { subtree: true, childList: true, characterData: true });

test('the first paint is the whole start screen, without "Loading…" first', async ({ page }) => {
  await page.addInitScript(watchForLoading);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('收款出了什么问题？');
  expect(await page.evaluate(() => 'sawLoading' in window)).toBe(false);
});

test('a start index that hangs shows "Loading…", then the screen when it arrives', async ({
  browser,
}) => {
  // English: a first visit in Chinese keeps the prerendered screen instead (next test).
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const release = await hold(page, /index-en.*\.json$/);
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText('Loading');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What went wrong with the payment?',
  );
  await context.close();
});

test('a slow start index leaves the prerendered screen up until the app takes it over', async ({
  page,
}) => {
  const release = await hold(page, /index-zh.*\.json$/);
  await page.addInitScript(watchForLoading);
  await page.goto('/');
  await page.waitForTimeout(2000); // past the 1.5 s the app waits for its data
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('收款出了什么问题？');
  release();
  await turnOnAgentMode(page);
  expect(await page.evaluate(() => 'sawLoading' in window)).toBe(false);
});

test('before any script runs, the page already shows the Chinese start screen', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('收款出了什么问题？');
  const families = page.getByRole('region', { name: '或者选择故障类型' }).getByRole('button');
  await expect(families).toHaveCount(5);
  await expect(families.first()).toContainText('未找到路由商户信息');
  await context.close();
});

test('a first visit takes over the prerendered screen as it is, without errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const release = await holdScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('收款出了什么问题？');
  await page.evaluate(() => {
    (window as unknown as { before: Element | null }).before = document.querySelector('h1');
  });
  release();
  await turnOnAgentMode(page);
  // Hydrated, not rendered again: the same heading element, one header, no mismatch.
  expect(
    await page.evaluate(
      () => (window as unknown as { before: Element }).before === document.querySelector('h1'),
    ),
  ).toBe(true);
  await expect(page.locator('header')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('an English browser gets the English start screen, with no Chinese left over', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await startScreenRunning(page);
  await expect(page.locator('#ids summary')).toHaveText(/^Merchant and terminal numbers/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText('收款出了什么问题');
  await context.close();
});

test('what is typed before the script arrives stays in the box, with its focus', async ({
  page,
}) => {
  const release = await holdScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  const box = page.getByRole('textbox', { name: '发生了什么？' });
  await box.fill('A0');
  release();
  await startScreenRunning(page);
  await expect(box).toHaveValue('A0');
  await expect(box).toBeFocused();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/tell\?.*q=A0/);
  await startQuestions(page);
  await expect(page).toHaveURL(/\/d\/terminal-unusable\?.*a=screen-code\.A0/);
});

test('a lookup sent before the script arrives is still made', async ({ page }) => {
  const release = await holdScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('textbox', { name: '发生了什么？' }).fill('A0');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.waitForURL(/\/tell\?q=A0$/, { waitUntil: 'commit' });
  release();
  await startQuestions(page);
  await expect(page).toHaveURL(/\/d\/terminal-unusable\?.*a=screen-code\.A0/);
});

test('a family tapped before the script arrives opens once the app runs', async ({ page }) => {
  const release = await holdScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page
    .getByRole('region', { name: '或者选择故障类型' })
    .getByRole('button', { name: /商户无应答/ })
    .click();
  release();
  await expect(page).toHaveURL(/\/tell\?f=no-response$/);
  await startQuestions(page);
  await expect(page).toHaveURL(/\/d\/no-response\?id=/);
});

test('on a phone the merchant and terminal numbers are one tap away, above the kinds of fault', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await startScreenRunning(page);
  const summary = page.locator('#ids summary');
  const box = await summary.boundingBox();
  expect(box && box.y + box.height).toBeLessThan(844);
  const families = await page.getByRole('region', { name: '或者选择故障类型' }).boundingBox();
  expect(box!.y).toBeLessThan(families!.y);
  // Keyboard: Enter on the summary opens it, and the first field is next.
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: '商户号' })).toBeFocused();
});
