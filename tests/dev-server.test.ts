import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

/*
 * `npm run dev` is half of the README's quick start: the dev server must serve the
 * catalogue and compile the app's entry. (A plugin once watched the rules folder in a
 * way that broke every page in dev while the build and all other tests stayed green.)
 */
let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  server = await createServer({ logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
}, 30_000);

afterAll(() => server?.close());

describe('the dev server', () => {
  it('serves the module that says where the catalogue is, as the browser asks for it', async () => {
    const loader = await (await fetch(`${base}/src/app/catalogue-loader.ts`)).text();
    const url = /from\s+"(\/@id\/[^"]*catalogue-urls)"/.exec(loader)?.[1];
    expect(url).toBeDefined();
    const response = await fetch(`${base}${url}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('/@pos-catalogue/index-zh.json');
  });

  it('serves the catalogue parts as JSON', async () => {
    const index = await (await fetch(`${base}/@pos-catalogue/index-zh.json`)).json();
    expect(index.families.length).toBeGreaterThanOrEqual(5);
    const core = await (await fetch(`${base}/@pos-catalogue/core.json`)).json();
    expect(core.texts).toBeGreaterThan(500);
  });

  it('compiles the app entry and the start screen', async () => {
    for (const path of ['/src/main.tsx', '/src/features/start/start-screen.tsx']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
    }
  }, 30_000);
});
