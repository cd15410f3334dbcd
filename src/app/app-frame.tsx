import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary.tsx';
import { FatalError } from './fatal-error.tsx';
import { whenIdle } from './when-idle.ts';

/** The service worker is not needed to show the first screen: registered once the page is idle. */
const UpdatePrompt = lazy(async () => ({
  default: (await import('./update-prompt.tsx')).UpdatePrompt,
}));

/**
 * What surrounds the router. scripts/prerender.tsx renders the start screen inside the
 * same frame, so the page's prerendered screen has the shape the app hydrates.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return (
    <ErrorBoundary fallback={<FatalError />}>
      {children}
      {idle && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
    </ErrorBoundary>
  );
}
