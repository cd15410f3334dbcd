import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';
import { pagePlugin, sha256 } from './page-plugin.ts';

const CSS = 'body{color:red}';
const PAGE = `<html><head><link rel="stylesheet" crossorigin href="/assets/index-1.css"></head>
<body><div id="root"><header><img src="/favicon.svg" alt=""></header></div></body></html>`;

/** Runs the plugin's transform on `html` with a bundle holding `css` as the stylesheet. */
function transform(html: string, css = CSS) {
  const bundle: Record<string, unknown> = {
    'assets/index-1.css': { type: 'asset', source: css },
  };
  const hook = pagePlugin().transformIndexHtml as { handler: IndexHtmlTransformHook };
  const ctx = { bundle } as unknown as IndexHtmlTransformContext;
  const out = (hook.handler as (h: string, c: IndexHtmlTransformContext) => string)(html, ctx);
  return { out, bundle };
}

describe('the built page', () => {
  it('inlines the stylesheet, allows it by its hash, and paints the start screen', () => {
    const { out, bundle } = transform(PAGE);
    expect(out).toContain(`<style>${CSS}</style>`);
    expect(out).not.toContain('rel="stylesheet"');
    expect(bundle['assets/index-1.css']).toBeUndefined();
    expect(out).toContain(`content="${contentSecurityPolicy(sha256(CSS))}"`);
    expect(out).toMatch(/<div id="root">.*<main[^>]*>.*收款出了什么问题？/s);
    expect(out).not.toContain('<img src="/favicon.svg" alt=""></header></div>');
  }, 30_000);

  it('refuses to build a page it cannot make whole', () => {
    expect(() => transform(PAGE.replace(/<link[^>]*>/, ''))).toThrow('no stylesheet');
    expect(() => transform(PAGE, 'a{}</style><script>')).toThrow('cannot be inlined');
    expect(() => transform(PAGE.replace(/<header>.*<\/header>/, ''))).toThrow('no app shell');
  });
});
