import { loadDictionary } from '../i18n/i18n.ts';
import { useAppStore } from '../store/store.ts';
import { startCatalogueFor } from './catalogue-loader.ts';

/** Longest the first paint waits for data before it shows "Loading…" instead. */
const MAX_WAIT_MS = 1500;

/**
 * Resolves (never rejects) once the start screen's data is in, or after MAX_WAIT_MS.
 * Rendering after it makes the first paint the whole start screen rather than
 * "Loading…" and then the screen: one layout of the page's Chinese text instead of two,
 * and that layout happens before the first paint, not while the user may tap. The start
 * index is preloaded by the page, so it has usually arrived before the script runs. A
 * failure is left to the app, which retries and shows its own message.
 */
export function firstScreenReady(): Promise<void> {
  const lang = useAppStore.getState().lang;
  const data = Promise.allSettled([startCatalogueFor(lang), loadDictionary(lang)]);
  const timeout = new Promise((done) => setTimeout(done, MAX_WAIT_MS));
  return Promise.race([data, timeout]).then(() => undefined);
}
