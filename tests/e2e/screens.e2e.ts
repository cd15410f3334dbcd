import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers.ts';

const scenario: string = JSON.parse(readFileSync('rules/scenarios.json', 'utf8')).scenarios[0].id;

/** Every screen, both languages, phone and desktop: axe must find nothing; screenshots kept. */
const screens: [string, string, (page: Page) => Promise<unknown>][] = [
  ['start', '/', (p) => p.getByRole('search').waitFor()],
  ['question', '/d/no-route', (p) => p.getByRole('group').waitFor()],
  ['agent-question', '/d/no-response?agent', (p) => p.getByRole('group').waitFor()],
  [
    'stop',
    '/d/no-response?a=time-near-cutover.yes_screen-code.90_other-card-works.no_restart-helps.no',
    (p) => p.locator('h1').waitFor(),
  ],
  [
    'results',
    '/d/terminal-unusable/results?a=screen-code.A0_recent-repair.yes&x=fix-sign-in',
    (p) => p.getByRole('region').first().waitFor(),
  ],
  ['not-found', '/nowhere', (p) => p.locator('h1').waitFor()],
  ['catalogue', '/catalogue', (p) => p.getByRole('search').waitFor()],
  ['training', '/training', (p) => p.locator('h1').waitFor()],
  ['demo', `/training/${scenario}/demo?step=2`, (p) => p.locator('h1').waitFor()],
  ['quiz', `/training/${scenario}/quiz`, (p) => p.getByRole('radio').first().waitFor()],
];
const sizes = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

for (const lang of ['zh', 'en'] as const)
  for (const [size, viewport] of Object.entries(sizes))
    for (const [name, url, ready] of screens)
      test(`${name} (${lang}, ${size}) has no axe violations`, async ({ page }) => {
        // The catalogue is one long page: axe and the screenshot take a while on 2 cores.
        test.setTimeout(90_000);
        await page.setViewportSize(viewport);
        const agentMode = name.startsWith('agent');
        await page.addInitScript(
          ([l, agent]) => {
            if (!localStorage.getItem('pos-wizard'))
              localStorage.setItem(
                'pos-wizard',
                JSON.stringify({ state: { lang: l, agentMode: agent, cases: {} }, version: 1 }),
              );
          },
          [lang, agentMode] as const,
        );
        await page.goto(url);
        await ready(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        await expectNoAxeViolations(page);
        await page.screenshot({
          path: `test-results/screens/${name}-${lang}-${size}.png`,
          fullPage: name !== 'catalogue',
        });
      });
