import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Loading } from '../ui/loading.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { FatalError } from './fatal-error.tsx';
import { whenIdle } from './when-idle.ts';

/** The service worker is not needed to show the first screen: registered once the page is idle. */
const UpdatePrompt = lazy(async () => ({
  default: (await import('./update-prompt.tsx')).UpdatePrompt,
}));

/** The update prompt, once the page is idle. Its own component, so waking it up does
 * not render the screens again (which would undo hydrating a prerendered screen). */
function IdleUpdatePrompt() {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return (
    idle && (
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    )
  );
}

/**
 * What surrounds the screens: the error boundary, the router, the boundary that shows
 * "Loading…" while the catalogue arrives, and the idle update prompt.
 * scripts/prerender.tsx renders the start screen inside the same frame, so the page's
 * prerendered screen has the shape the app hydrates.
 */
export function AppFrame({
  Router,
  children,
}: {
  Router: ComponentType<{ children: ReactNode }>;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary fallback={<FatalError />}>
      <Router>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </Router>
      <IdleUpdatePrompt />
    </ErrorBoundary>
  );
}
