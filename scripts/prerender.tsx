/**
 * Prints the start screen as the app renders it at "/" in Chinese on a first visit, for
 * the built index.html (src/config/page-plugin.ts). The page shows it before its script
 * has arrived; the app then hydrates it (decision 0007), so the tree here must stay the
 * app's: the same frame, the same Suspense boundary, the same routes.
 */
import { resolve } from 'node:path';
import { StrictMode, Suspense } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { MemoryRouter } from 'react-router-dom';
import { AppFrame } from '../src/app/app-frame.tsx';
import { AppRoutes } from '../src/app/routes.tsx';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { startIndex } from '../src/catalogue/text-packs.ts';
import { useAppStore } from '../src/store/store.ts';
import { CatalogueProvider } from '../src/ui/catalogue-context.tsx';
import { Loading } from '../src/ui/loading.tsx';

// A first visit: Chinese, counter mode, nothing saved, no notice.
useAppStore.setState({ lang: 'zh', agentMode: false, notice: null, cases: {} });
// Waits for the lazily loaded parts of the screen, so the page holds all of it.
const { prelude } = await prerenderToNodeStream(
  <StrictMode>
    <AppFrame>
      <MemoryRouter>
        <Suspense fallback={<Loading />}>
          <CatalogueProvider catalogue={startIndex(buildCatalogue(resolve('rules')), 'zh')}>
            <AppRoutes />
          </CatalogueProvider>
        </Suspense>
      </MemoryRouter>
    </AppFrame>
  </StrictMode>,
);
let html = '';
for await (const chunk of prelude) html += String(chunk);
if (html.includes('<script') || html.includes('<!--$!'))
  throw new Error('the start screen did not prerender to plain, finished HTML');
// React hoists resource hints (the header icon); the page's own <head> has its links.
process.stdout.write(html.replace(/^(<link [^>]*>)+/, ''));
