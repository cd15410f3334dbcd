import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './csp.ts';

/** The app shell in index.html's #root, which the prerendered start screen replaces. */
const SHELL = /<div id="root">[\s\S]*?<\/header>\s*<\/div>/;
const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/;

/** The start screen as the app renders it (scripts/prerender.tsx), run in its own process. */
function prerenderedStart(): string {
  const tsx = resolve('node_modules/.bin/tsx');
  const run = spawnSync(tsx, ['--tsconfig', 'tsconfig.app.json', 'scripts/prerender.tsx'], {
    encoding: 'utf8',
  });
  if (run.status !== 0 || !run.stdout.includes('<main'))
    throw new Error(`prerendering the start screen failed:\n${run.stderr}`);
  return run.stdout;
}

export const sha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('base64');

/** The page without the prerendered screen, for addresses other than the start screen. */
export const SHELL_PAGE = 'shell.html';

/**
 * The built page paints the start screen from its own bytes, with no request before
 * it (decision 0007): the stylesheet is inlined (and allowed by its hash in the
 * Content-Security-Policy, which this plugin also writes), and #root holds the
 * prerendered Chinese start screen that the app then hydrates. The same page with
 * only the app shell is written as shell.html: the service worker answers every other
 * address with it, so a link into a case never shows the start screen first. Build only.
 */
export const pagePlugin = (): Plugin => {
  let shell: string | undefined;
  return {
    name: 'pos-page',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const link = STYLESHEET.exec(html);
        const asset = link && ctx.bundle?.[link[1]!];
        if (!link || asset?.type !== 'asset') throw new Error('no stylesheet to inline');
        const css = String(asset.source);
        if (css.includes('</')) throw new Error('the stylesheet cannot be inlined as it is');
        delete ctx.bundle?.[link[1]!];
        if (!SHELL.test(html)) throw new Error('index.html has no app shell in #root');
        const policy = contentSecurityPolicy(sha256(css));
        shell = html
          .replace(
            '<head>',
            `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`,
          )
          .replace(link[0], () => `<style>${css}</style>`);
        return shell.replace(SHELL, () => `<div id="root">${prerenderedStart()}</div>`);
      },
    },
    generateBundle: {
      order: 'post',
      handler() {
        if (!shell) throw new Error('index.html was not transformed');
        this.emitFile({ type: 'asset', fileName: SHELL_PAGE, source: shell });
      },
    },
  };
};
