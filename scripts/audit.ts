/**
 * `npm run audit`: builds the app and a bare React page, reports the first download
 * (gzip), the precache, and Lighthouse on the served build (mobile both simulated and
 * with throttling applied to the load, desktop simulated); exits 1 over a size budget.
 * `npm run audit -- --size-only` skips Lighthouse (CI gates on size; Lighthouse scores
 * are reported, not gated, because they are noisy on shared machines).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { lighthouse, type LighthouseResult } from './audit/lighthouse.ts';
import {
  catalogueFiles,
  initialAssets,
  jsFiles,
  precacheFiles,
  rawBytes,
  total,
} from './audit/sizes.ts';

/** The budgets of issue 6, in bytes (1 kB = 1000 B, as the build reports). */
export const BUDGET = { initialJs: 92_000, ratioToBareReact: 1.35 } as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medianResult = (rs: LighthouseResult[]): LighthouseResult => ({
  formFactor: rs[0]!.formFactor,
  throttling: rs[0]!.throttling,
  performance: median(rs.map((r) => r.performance)),
  accessibility: median(rs.map((r) => r.accessibility)),
  bestPractices: median(rs.map((r) => r.bestPractices)),
  fcpMs: median(rs.map((r) => r.fcpMs)),
  lcpMs: median(rs.map((r) => r.lcpMs)),
  tbtMs: median(rs.map((r) => r.tbtMs)),
  cls: median(rs.map((r) => r.cls)),
});

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const sizeOnly = process.argv.includes('--size-only');

async function main() {
  const dist = resolve('dist');
  await build({ logLevel: 'warn' });
  const bareOut = mkdtempSync(join(tmpdir(), 'bare-react-'));
  await build({
    configFile: false,
    root: resolve('scripts/audit/bare-react'),
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: bareOut, emptyOutDir: true },
  });

  const initial = initialAssets(dist);
  const sizes = {
    initialJs: total(initial.js),
    page: total(initial.page),
    startIndex: total(initial.data),
    catalogueZh: total(catalogueFiles(dist, ['core', 'text-zh'])),
    precacheRaw: total(precacheFiles(dist), rawBytes),
    precacheFiles: precacheFiles(dist).length,
    bareReactJs: total(jsFiles(join(bareOut, 'assets'))),
  };
  const ratio = sizes.initialJs / sizes.bareReactJs;

  const scores: LighthouseResult[] = [];
  if (!sizeOnly) {
    const port = Number(process.env.AUDIT_PORT ?? 4179);
    const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' } });
    try {
      const url = `http://127.0.0.1:${port}/`;
      // Lighthouse is noisy on a shared machine: the median of a few runs, metric by metric.
      const runs = Number(process.env.AUDIT_RUNS ?? 3);
      const setups = [
        ['mobile', 'simulate'],
        ['mobile', 'devtools'],
        ['desktop', 'simulate'],
      ] as const;
      for (const [formFactor, throttling] of setups) {
        const results: LighthouseResult[] = [];
        for (let i = 0; i < runs; i++) results.push(await lighthouse(url, formFactor, throttling));
        scores.push(medianResult(results));
      }
    } finally {
      await server.close();
    }
  }

  console.log(`
initial JS (gzip)        ${kB(sizes.initialJs)}   budget ${kB(BUDGET.initialJs)}
  × bare React page      ${ratio.toFixed(3)} (bare: ${kB(sizes.bareReactJs)})   budget ${BUDGET.ratioToBareReact}
page (gzip)              ${kB(sizes.page)}  (index.html: inline CSS and the prerendered start screen)
start index (gzip)       ${kB(sizes.startIndex)}  (Chinese families and codes, JSON, preloaded)
catalogue (gzip)         ${kB(sizes.catalogueZh)}  (core + Chinese texts, JSON, fetched when idle)
precache (raw)           ${kB(sizes.precacheRaw)} in ${sizes.precacheFiles} files`);
  for (const s of scores)
    console.log(
      `lighthouse ${s.formFactor.padEnd(8)} ${s.throttling.padEnd(8)} (median) performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices}; FCP ${s.fcpMs} ms, LCP ${s.lcpMs} ms, TBT ${s.tbtMs} ms, CLS ${s.cls}`,
    );

  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/audit.json',
    `${JSON.stringify({ sizes, ratio, budget: BUDGET, lighthouse: scores }, null, 2)}\n`,
  );

  const over = [
    sizes.initialJs > BUDGET.initialJs &&
      `initial JS ${kB(sizes.initialJs)} is over ${kB(BUDGET.initialJs)}`,
    ratio > BUDGET.ratioToBareReact &&
      `initial JS is ${ratio.toFixed(3)}× the bare React page, over ${BUDGET.ratioToBareReact}×`,
  ].filter(Boolean);
  if (over.length) {
    console.error(`\nSize budget exceeded:\n  ${over.join('\n  ')}`);
    process.exit(1);
  }
}

await main();
