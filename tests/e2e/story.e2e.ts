import { expect, test, type Page } from '@playwright/test';
import { agentModeByKeyboard, expectNoAxeViolations, tabTo, tell } from './helpers.ts';

const ZH_STORY = '换完电池以后一刷卡就提示A0，重启也没用';
const EN_STORY = 'Since we changed the battery every card shows A0, restarting did not help';

const chip = (page: Page, name: RegExp) =>
  page
    .getByRole('region', { name: /^(从你的描述里听到：|From what you said:)$/ })
    .getByRole('button', { name });
const answers = (url: string) => new URL(url).searchParams.get('a') ?? '';

test('a clerk on a phone tells the story, removes a chip, and starts with those answers', async ({
  page,
}) => {
  await page.goto('/');
  await tell(page, ZH_STORY);
  await expect(chip(page, /应答码 A0/)).toHaveAttribute('aria-pressed', 'true');
  await expect(chip(page, /换过电池/)).toHaveAttribute('aria-pressed', 'true');
  const restart = chip(page, /重启也没用/);
  await expect(restart).toHaveAttribute('aria-pressed', 'true');
  await restart.click();
  await expect(restart).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('故障类型：POS机号（终端号）不能用')).toBeVisible();
  await expectNoAxeViolations(page);
  // A reload keeps the removed chip removed.
  await page.reload();
  await expect(chip(page, /重启也没用/)).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: '开始提问' }).click();
  await expect(page).toHaveURL(/\/d\/terminal-unusable\?/);
  const a = answers(page.url());
  expect(a).toContain('screen-code.A0');
  expect(a).toContain('recent-repair.yes');
  expect(a).not.toContain('restart-helps');
  expect(new URL(page.url()).searchParams.get('o')).toContain('obs-repaired');
  await expect(page.getByRole('region', { name: '已回答的问题' })).toContainText('来自你的描述');
  await page.reload();
  await expect(page.getByRole('region', { name: '已回答的问题' })).toContainText('来自你的描述');
});

test('the same in English', async ({ browser }) => {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto('/');
  await tell(page, EN_STORY);
  await expect(chip(page, /Response code A0/)).toHaveAttribute('aria-pressed', 'true');
  const restart = chip(page, /restart/i);
  await restart.click();
  await expect(restart).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expect(page).toHaveURL(/\/d\/terminal-unusable\?/);
  expect(answers(page.url())).toContain('recent-repair.yes');
  expect(answers(page.url())).not.toContain('restart-helps');
  await context.close();
});

test('the chips screen works with the keyboard alone in agent mode', async ({ page }) => {
  await page.goto('/');
  await agentModeByKeyboard(page);
  await page.getByRole('textbox', { name: '发生了什么？' }).focus();
  await page.keyboard.type(ZH_STORY);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tell\?/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const restart = chip(page, /重启也没用/);
  await tabTo(page, restart);
  await page.keyboard.press('Space');
  await expect(restart).toHaveAttribute('aria-pressed', 'false');
  const start = page.getByRole('button', { name: '开始提问' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/d\/terminal-unusable\?/);
  expect(answers(page.url())).not.toContain('restart-helps');
});

test('a tapped family offers what the clerk may already know; axe is clean in both languages', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('region', { name: '或者选择故障类型' })
    .getByRole('button', { name: /商户无应答/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '你已经知道哪些？' })).toBeVisible();
  const chips = page.locator('main fieldset button[aria-pressed]');
  expect(await chips.count()).toBeGreaterThan(2);
  await chips.first().click();
  await expect(chips.first()).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'What do you already know?' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expect(page).toHaveURL(/\/d\/no-response\?.*a=/);
});

test('a story with nothing recognisable says so and falls back to choosing the fault', async ({
  page,
}) => {
  await page.goto('/');
  await tell(page, '今天天气不错');
  await expect(page.getByText('没认出具体情况，请选一类故障。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '是哪一类故障？' })).toBeVisible();
});

test("a card-side code says at once that it is the customer's card", async ({ page }) => {
  await page.goto('/');
  await tell(page, '顾客刷卡提示51');
  await expect(
    page.getByRole('region', { name: '这是顾客的卡的问题，不是你的机器' }),
  ).toContainText('应答码 51');
});
