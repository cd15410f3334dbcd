import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { firstScreenReady } from './app/first-screen.ts';
import './index.css';

const root = document.getElementById('root');
if (root) {
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
