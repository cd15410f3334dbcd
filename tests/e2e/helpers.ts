import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Answers questions (first answer each time) until the engine would stop; returns how many. */
export async function answerUntilStop(page: Page, max = 20): Promise<number> {
  for (let i = 0; i < max; i++) {
    const group = page.getByRole('group');
    const stop = page.getByRole('button', { name: /^(看结果|See results)$/ });
    await expect(group.or(stop).first()).toBeVisible();
    if (await stop.isVisible()) return i;
    const before = page.url();
    await group.getByRole('button').first().click();
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
  await expect(page.getByRole('textbox', { name: /^(商户号|Merchant number)$/ })).toBeVisible();
}
