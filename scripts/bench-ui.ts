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

/**
 * Durations (ms) of the page's main-thread tasks in a trace: what decides whether the
 * page can draw a frame, whatever React schedules around them.
 */
function mainThreadTasks(trace: Buffer): number[] {
  type Event = {
    name: string;
    ph: string;
    dur?: number;
    pid: number;
    tid: number;
    args?: { name?: string };
  };
  const events = (JSON.parse(trace.toString()) as { traceEvents: Event[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.dur ?? 0) / 1000);
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

/**
 * Waits out what a page does once after loading (fetching and compiling the next
 * screen's code when idle), which is not the cost of an answer.
 */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))),
  );
}

async function measure(factor: number, port: number) {
  const outDir = await buildWith(factor);
  const server = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const times: number[] = [];
  const tasks: number[] = [];
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
      await settle(page);
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      for (let i = 0; i < ANSWERS_PER_FAMILY; i++) {
        if (!(await page.getByRole('group').isVisible())) break;
        times.push(await timeOneAnswer(page));
        // Far shorter than a person takes to read a question; the screen's idle-time
        // preparation of the next answers (use-prepared-answers.ts) gets no more than this.
        await page.waitForTimeout(50);
      }
      tasks.push(...mainThreadTasks(await browser.stopTracing()));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const at = (xs: number[], q: number) =>
    Number(([...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0).toFixed(1));
  return {
    catalogue: `${factor}x`,
    samples: times.length,
    medianMs: at(times, 0.5),
    p95Ms: at(times, 0.95),
    longestTaskMs: at(tasks, 1),
    taskP99Ms: at(tasks, 0.99),
  };
}

const results = [await measure(1, 4381), await measure(10, 4382)];
if (json) console.log(JSON.stringify(results));
else
  for (const r of results)
    console.log(
      `UI per answer, ${r.catalogue} catalogue: click to screen updated median ${r.medianMs} ms, p95 ${r.p95Ms} ms; longest main-thread task ${r.longestTaskMs} ms, p99 ${r.taskP99Ms} ms (${r.samples} answers; one frame is 16 ms)`,
    );
