/**
 * A promise React's `use` reads without suspending once it carries
 * `status: 'fulfilled'` and its value (how React itself tracks promises).
 */
export type Thenable<T> = Promise<T>;

export const markSettled = <T>(promise: Promise<T>, value: T): Thenable<T> =>
  Object.assign(promise, { status: 'fulfilled', value });

export const settled = <T>(value: T): Thenable<T> => markSettled(Promise.resolve(value), value);

/**
 * One promise per key, shared by every caller: marked settled when it resolves, so
 * `use` stops suspending on it; forgotten when it fails, so a later call tries again
 * (offline on a first visit, say).
 */
export function sharedPromise<K, T>(
  cache: Map<K, Promise<T>>,
  key: K,
  start: () => Promise<T>,
): Thenable<T> {
  const known = cache.get(key);
  if (known) return known;
  const promise = start();
  promise.then(
    (value) => markSettled(promise, value),
    () => cache.delete(key),
  );
  cache.set(key, promise);
  return promise;
}
