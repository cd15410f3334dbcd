import { lazy, Suspense, use, useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { loadDictionary } from '../i18n/i18n.ts';
import { useAppStore } from '../store/store.ts';
import { CatalogueProvider } from '../ui/catalogue-context.tsx';
import { Loading } from '../ui/loading.tsx';
import { bilingualCatalogue, catalogueFor } from './catalogue-loader.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { FatalError } from './fatal-error.tsx';
import { whenIdle } from './when-idle.ts';
import { AppRoutes } from './routes.tsx';

/** The service worker is not needed to show the first screen: registered once the page is idle. */
const UpdatePrompt = lazy(async () => ({
  default: (await import('./update-prompt.tsx')).UpdatePrompt,
}));

/**
 * Waits for the catalogue and words of the language on screen. The other language is
 * fetched only when a screen needs both (tickets, the catalogue browser).
 */
function WithCatalogue() {
  const lang = useAppStore((s) => s.lang);
  const words = loadDictionary(lang);
  const catalogue = use(catalogueFor([lang]));
  use(words);
  return (
    <CatalogueProvider catalogue={catalogue} bilingual={bilingualCatalogue}>
      <AppRoutes />
    </CatalogueProvider>
  );
}

export function App() {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return (
    <ErrorBoundary fallback={<FatalError />}>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <WithCatalogue />
        </Suspense>
      </BrowserRouter>
      {idle && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
    </ErrorBoundary>
  );
}
