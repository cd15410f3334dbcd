import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { keepEarlyInput } from './app/early-input.ts';
import { firstScreenReady } from './app/first-screen.ts';
import { useAppStore } from './store/store.ts';
import './index.css';

const root = document.getElementById('root');
if (root) {
  // The page may hold the start screen prerendered in Chinese (decision 0007). Anyone
  // reading another language, or opening another screen, should not see it longer than
  // it takes this script to arrive.
  if (useAppStore.getState().lang !== 'zh' || window.location.pathname !== '/')
    root.querySelector('main')?.replaceChildren();
  else keepEarlyInput(root);
  void firstScreenReady().then(() =>
    // In a transition React renders the first screen in slices of a few milliseconds
    // instead of one long task, so a slow phone can take a tap while it renders.
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    ),
  );
}
