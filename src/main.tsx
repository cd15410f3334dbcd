import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { firstScreenReady } from './app/first-screen.ts';
import { isFirstVisit, useAppStore } from './store/store.ts';
import './index.css';

const root = document.getElementById('root');
if (root) {
  // The page may hold the start screen as a first visit in Chinese sees it (decision
  // 0007). Such a visit takes it over as it is; anyone else (another language, a saved
  // case, another address) should not see it longer than this script takes to arrive.
  const prerendered = root.querySelector('main');
  const asPrerendered =
    prerendered !== null &&
    window.location.pathname === '/' &&
    isFirstVisit(useAppStore.getState());
  if (!asPrerendered) prerendered?.replaceChildren();
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // In a transition React hydrates or renders the first screen in slices of a few
  // milliseconds instead of one long task, so a slow phone can take a tap meanwhile.
  void firstScreenReady().then(() =>
    startTransition(() => {
      if (asPrerendered) hydrateRoot(root, app);
      else createRoot(root).render(app);
    }),
  );
}
