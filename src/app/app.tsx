import { lazy, Suspense, use, useEffect } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { loadDictionary } from '../i18n/i18n.ts';
import { useAppStore } from '../store/store.ts';
import { CatalogueProvider } from '../ui/catalogue-context.tsx';
import { Loading } from '../ui/loading.tsx';
import { bilingualCatalogue, catalogueFor } from './catalogue-loader.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { FatalError } from './fatal-error.tsx';
import { AppRoutes } from './routes.tsx';

/** The service worker is not needed to show the first screen: register it afterwards. */
const UpdatePrompt = lazy(async () => ({
  default: (await import('./update-prompt.tsx')).UpdatePrompt,
}));

/** Waits for the catalogue and words of the language on screen; fetches the other when idle. */
function WithCatalogue() {
  const lang = useAppStore((s) => s.lang);
  const words = loadDictionary(lang);
  const catalogue = use(catalogueFor([lang]));
  use(words);
  useEffect(() => {
    const later = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1000));
    later(() => void bilingualCatalogue().catch(() => undefined));
  }, []);
  return (
    <CatalogueProvider catalogue={catalogue} bilingual={bilingualCatalogue}>
      <AppRoutes />
    </CatalogueProvider>
  );
}

export function App() {
  return (
    <ErrorBoundary fallback={<FatalError />}>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <WithCatalogue />
        </Suspense>
      </BrowserRouter>
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </ErrorBoundary>
  );
}
