import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';

/**
 * simulate: Lighthouse's default, a model (Lantern) that replays an unthrottled load
 * with a slow network and CPU. devtools: the load itself is throttled, so the page's
 * real order of events counts; closer to what a cheap phone on weak 4G sees.
 */
export type Throttling = 'simulate' | 'devtools';

export type LighthouseResult = {
  formFactor: 'mobile' | 'desktop';
  throttling: Throttling;
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Cumulative layout shift, to 3 decimals. */
  cls: number;
};

/** The project's chromium flags; most users read Chinese, so audit the page they get. */
const CHROME_FLAGS = [...CHROMIUM_FLAGS, '--accept-lang=zh-CN'].join(' ');

/** Runs a command to its end without blocking this process (which may be serving the page). */
const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((done, fail) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} exited ${code}`)),
    );
  });

/** Runs the lighthouse CLI once against `url` and keeps the numbers the budget speaks of. */
export async function lighthouse(
  url: string,
  formFactor: 'mobile' | 'desktop',
  throttling: Throttling = 'simulate',
): Promise<LighthouseResult> {
  mkdirSync('test-results', { recursive: true });
  const out = `test-results/lighthouse-${formFactor}-${throttling}.json`;
  await run(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${CHROME_FLAGS}`,
      `--throttling-method=${throttling}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { ...process.env, CHROME_PATH: CHROMIUM_PATH },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  const ms = (a: string) => Math.round(report.audits[a]?.numericValue ?? NaN);
  return {
    formFactor,
    throttling,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    cls: Number((report.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
  };
}
