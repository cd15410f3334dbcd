import { use, useEffect } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { loadDictionary } from '../i18n/i18n.ts';
import { useAppStore } from '../store/store.ts';
import { CatalogueProvider } from '../ui/catalogue-context.tsx';
import {
  bilingualCatalogue,
  catalogueFor,
  prefetchCatalogue,
  startCatalogueFor,
} from './catalogue-loader.ts';
import { AppFrame } from './app-frame.tsx';
import { whenIdle } from './when-idle.ts';
import { AppRoutes } from './routes.tsx';

// A link straight into a case needs the whole catalogue at once, not after the start index.
if (window.location.pathname !== '/') prefetchCatalogue(useAppStore.getState().lang);

/**
 * Waits for the words and the start index of the language on screen. The whole
 * catalogue downloads when the page is idle and is parsed when a screen needs it; the
 * other language only when a screen needs both (tickets, the catalogue browser).
 */
function WithCatalogue() {
  const lang = useAppStore((s) => s.lang);
  const words = loadDictionary(lang);
  const start = use(startCatalogueFor(lang));
  use(words);
  useEffect(() => whenIdle(() => prefetchCatalogue(lang)), [lang]);
  return (
    <CatalogueProvider
      catalogue={start}
      full={() => catalogueFor([lang])}
      bilingual={bilingualCatalogue}
    >
      <AppRoutes />
    </CatalogueProvider>
  );
}

export function App() {
  return (
    <AppFrame Router={BrowserRouter}>
      <WithCatalogue />
    </AppFrame>
  );
}
