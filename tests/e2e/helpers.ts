import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Answers questions (first answer each time) until the engine would stop; returns how
 * many. A fix offered inside the flow is put off ("keep asking"), so questions go on.
 */
export async function answerUntilStop(page: Page, max = 70): Promise<number> {
  for (let i = 0; i < max; i++) {
    const group = page.getByRole('group');
    const stop = page.getByRole('button', { name: /^(看结果|See results)$/ });
    await expect(group.or(stop).first()).toBeVisible();
    if (await stop.isVisible()) return i;
    const later = page.getByRole('button', { name: /^(先不试，继续问问题|Not now, keep asking)$/ });
    if (await later.isVisible()) {
      const at = page.url();
      await later.click();
      await expect(page).not.toHaveURL(at);
      continue;
    }
    const before = page.url();
    // Never "that fixed it": a fix offered in the flow whose "keep asking" line was not
    // yet shown (its words load a moment later) is answered "still failing" instead.
    await group
      .getByRole('button', { name: /\S/ })
      .filter({ hasNotText: /^(好了，能用了|That fixed it)$/ })
      .first()
      .click();
    await expect(page).not.toHaveURL(before);
  }
  return max;
}

/** axe finds nothing on the page as it stands. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

export const FAMILIES = [
  'no-route',
  'merchant-not-found',
  'no-response',
  'scan-pay-missing',
  'terminal-unusable',
];

/**
 * Waits until the app runs on the start screen: the identifiers form only appears then.
 * Before it, the prerendered header buttons (language, agent mode) do nothing
 * (decision 0007); a person sees the same page, so tests of them wait here first.
 */
export async function startScreenRunning(page: Page) {
  await expect(page.locator('#ids input').first()).toBeAttached();
}

/** Opens the start screen's merchant/terminal numbers (one line until opened). */
export async function openIdentifiers(page: Page) {
  await startScreenRunning(page);
  await page.locator('#ids summary').click();
  await expect(page.getByRole('textbox', { name: /^(商户号|Merchant number)$/ })).toBeVisible();
}

/** Starts the questions from the "what do you already know?" screen, as it stands. */
export async function startQuestions(page: Page) {
  await page.getByRole('button', { name: /^(开始提问|Start the questions)$/ }).click();
  await expect(page).toHaveURL(/\/d\/[a-z-]+\?/);
}

/** Taps a family on the start screen (the nth, or by name), then starts its questions. */
export async function openFamily(page: Page, which: number | RegExp = 0) {
  const families = page
    .getByRole('region', { name: /^(或者选择故障类型|Or pick the kind of fault)$/ })
    .getByRole('button');
  await (
    typeof which === 'number' ? families.nth(which) : families.filter({ hasText: which })
  ).click();
  await startQuestions(page);
}

/** Tells the story in the start screen's box and sends it. */
export async function tell(page: Page, story: string) {
  await page.getByRole('textbox', { name: /^(发生了什么？|What happened\?)$/ }).fill(story);
  await page.getByRole('button', { name: /^(下一步|Next)$/ }).click();
  await expect(page).toHaveURL(/\/tell\?/);
}

/** Presses Tab until `target` has the focus, as a keyboard user would (at most `max` times). */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Turns agent mode on from the keyboard, once the start screen runs. */
export async function agentModeByKeyboard(page: Page) {
  await startScreenRunning(page);
  const agent = page.getByRole('button', { name: '客服模式' });
  await agent.focus();
  await page.keyboard.press('Enter');
  await expect(agent).toHaveAttribute('aria-pressed', 'true');
}
