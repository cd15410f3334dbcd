/**
 * Runs `task` when the main thread is next idle; returns a cancel function.
 * Safari has no requestIdleCallback, so there a short timeout stands in.
 */
export function onIdle(task: () => void, timeoutMs = 3000): () => void {
  if ('requestIdleCallback' in globalThis) {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
