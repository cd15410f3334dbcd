import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { firstScreenReady } from './app/first-screen.ts';
import './index.css';

const root = document.getElementById('root');
if (root) {
  void firstScreenReady().then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
