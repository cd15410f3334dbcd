/**
 * Prints the start screen as the app renders it at "/" in Chinese on a first visit, for
 * the built index.html (src/config/page-plugin.ts). The page shows it before its script
 * has arrived; the app then hydrates it (decision 0007), so the tree here must stay the
 * app's: the same frame (router and boundaries), the same routes.
 */
import { resolve } from 'node:path';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { MemoryRouter } from 'react-router-dom';
import { AppFrame } from '../src/app/app-frame.tsx';
import { AppRoutes } from '../src/app/routes.tsx';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { startIndex } from '../src/catalogue/text-packs.ts';
import { FIRST_VISIT, useAppStore } from '../src/store/store.ts';
import { CatalogueProvider } from '../src/ui/catalogue-context.tsx';

useAppStore.setState(FIRST_VISIT);
// Waits for the lazily loaded parts of the screen, so the page holds all of it.
const { prelude } = await prerenderToNodeStream(
  <StrictMode>
    <AppFrame Router={MemoryRouter}>
      <CatalogueProvider catalogue={startIndex(buildCatalogue(resolve('rules')), 'zh')}>
        <AppRoutes />
      </CatalogueProvider>
    </AppFrame>
  </StrictMode>,
);
let html = '';
for await (const chunk of prelude) html += String(chunk);
if (html.includes('<script') || html.includes('<!--$!'))
  throw new Error('the start screen did not prerender to plain, finished HTML');
// React hoists resource hints (the header icon); the page's own <head> has its links.
process.stdout.write(html.replace(/^(<link [^>]*>)+/, ''));
