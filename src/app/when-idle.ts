import { onIdle } from '../lib/idle.ts';

/** Runs `task` once the page has loaded and the main thread is idle, so it never delays the first screen. */
export function whenIdle(task: () => void): () => void {
  let cancel = () => {};
  const run = () => (cancel = onIdle(task));
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
  return () => {
    cancel();
    window.removeEventListener('load', run);
  };
}
