/** Runs `task` once the page has loaded and the main thread is idle, so it never delays the first screen. */
export function whenIdle(task: () => void): () => void {
  let cancelled = false;
  const idle = (f: () => void) =>
    'requestIdleCallback' in globalThis
      ? requestIdleCallback(f, { timeout: 3000 })
      : setTimeout(f, 200); // Safari has none
  const run = () => idle(() => cancelled || task());
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', run);
  };
}
