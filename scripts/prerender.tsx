/**
 * Prints the start screen as the app renders it at "/" in Chinese, for the built
 * index.html (src/config/page-plugin.ts). The page shows it before its script has
 * arrived; the app then renders the same screen over it (decision 0007).
 */
import { resolve } from 'node:path';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes } from '../src/app/routes.tsx';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { startIndex } from '../src/catalogue/text-packs.ts';
import { useAppStore } from '../src/store/store.ts';
import { CatalogueProvider } from '../src/ui/catalogue-context.tsx';

// A first visit: Chinese, counter mode, nothing saved, no notice.
useAppStore.setState({ lang: 'zh', agentMode: false, notice: null, cases: {} });
const html = renderToString(
  <StrictMode>
    <MemoryRouter>
      <CatalogueProvider catalogue={startIndex(buildCatalogue(resolve('rules')), 'zh')}>
        <AppRoutes />
      </CatalogueProvider>
    </MemoryRouter>
  </StrictMode>,
);
// React hoists a preload hint for the header icon; the page's own <head> has its links.
process.stdout.write(html.replace(/^(<link [^>]*>)+/, ''));
