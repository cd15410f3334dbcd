// `npm run bench:ui`: what one answer costs the real UI in Chromium, on the real
// catalogue and on a synthetic one ten times larger. A benchmark, not a test: it prints
// numbers (`-- --json` for JSON). Each sample is one click on an answer until the
// question screen has re-rendered (engine + React + DOM), measured in the page.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { build, preview, type Plugin } from 'vite';
import { cataloguePlugin } from '../src/catalogue/catalogue-plugin.ts';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { enlarge } from '../src/sim/synthetic.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

const ANSWERS_PER_FAMILY = 12;
const json = process.argv.includes('--json');

/** Stands in for vite-plugin-pwa: the benchmark's page registers no service worker. */
const noServiceWorker: Plugin = {
  name: 'bench-no-service-worker',
  resolveId: (id) => (id === 'virtual:pwa-register/react' ? '\0no-sw' : undefined),
  load: (id) =>
    id === '\0no-sw'
      ? 'export const useRegisterSW = () => ({ needRefresh: [false], updateServiceWorker: async () => {} });'
      : undefined,
};

/** Writes `factor` times the real catalogue as a rules folder and builds the app over it. */
async function buildWith(factor: number): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), `bench-ui-${factor}x-`));
  const rules = join(work, 'rules');
  mkdirSync(rules);
  const { vocabulary, ...sections } = enlarge(buildCatalogue(resolve('rules')), factor);
  writeFileSync(join(rules, 'vocabulary.json'), JSON.stringify(vocabulary));
  writeFileSync(join(rules, 'catalogue.json'), JSON.stringify({ ...sections, scenarios: [] }));
  const outDir = join(work, 'dist');
  // The app as built for users, minus what a benchmark does not need (service worker, CSP).
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), tailwindcss(), cataloguePlugin(rules), noServiceWorker],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Milliseconds from a click on the first answer until the page has changed. */
const timeOneAnswer = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const button = document.querySelector<HTMLButtonElement>('[role="group"] button');
        if (!button) return fail(new Error('no answer to click'));
        const main = document.querySelector('main')!;
        const observer = new MutationObserver(() => {
          observer.disconnect();
          done(performance.now() - t0);
        });
        observer.observe(main, { subtree: true, childList: true, characterData: true });
        const t0 = performance.now();
        button.click();
      }),
  );

async function measure(factor: number, port: number) {
  const outDir = await buildWith(factor);
  const server = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const times: number[] = [];
  try {
    const page = await browser.newPage();
    const families = [
      'no-route',
      'merchant-not-found',
      'no-response',
      'scan-pay-missing',
      'terminal-unusable',
    ];
    for (const family of families) {
      await page.goto(`http://127.0.0.1:${port}/d/${family}?id=bench`);
      await page.getByRole('group').waitFor();
      for (let i = 0; i < ANSWERS_PER_FAMILY; i++) {
        if (!(await page.getByRole('group').isVisible())) break;
        times.push(await timeOneAnswer(page));
        await page.waitForTimeout(50); // let the URL settle before the next click
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1));
  return { catalogue: `${factor}x`, samples: times.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

const results = [await measure(1, 4381), await measure(10, 4382)];
if (json) console.log(JSON.stringify(results));
else
  for (const r of results)
    console.log(
      `UI per answer, ${r.catalogue} catalogue: median ${r.medianMs} ms, p95 ${r.p95Ms} ms (${r.samples} answers; budget one frame, 16 ms)`,
    );
