import { describe, expect, it } from 'vitest';
import { sharedPromise } from './shared-promise.ts';

describe('sharedPromise', () => {
  it('starts once per key and marks the promise fulfilled for React', async () => {
    const cache = new Map<string, Promise<number>>();
    let starts = 0;
    const start = () => Promise.resolve(++starts);
    const first = sharedPromise(cache, 'k', start);
    expect(sharedPromise(cache, 'k', start)).toBe(first);
    expect(await first).toBe(1);
    expect(first).toMatchObject({ status: 'fulfilled', value: 1 });
    expect(starts).toBe(1);
  });

  it('forgets a failure, so the next call tries again', async () => {
    const cache = new Map<string, Promise<number>>();
    const failed = sharedPromise(cache, 'k', () => Promise.reject(new Error('offline')));
    await expect(failed).rejects.toThrow('offline');
    await Promise.resolve();
    expect(await sharedPromise(cache, 'k', () => Promise.resolve(2))).toBe(2);
  });
});
