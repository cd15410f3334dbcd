import { afterEach, describe, expect, it, vi } from 'vitest';

const index = vi.hoisted(() => ({ result: Promise.resolve({}) as Promise<unknown> }));
vi.mock('./catalogue-loader.ts', () => ({ startCatalogueFor: () => index.result }));
vi.mock('../store/store.ts', () => ({ useAppStore: { getState: () => ({ lang: 'zh' }) } }));

const { firstScreenReady } = await import('./first-screen.ts');

describe('firstScreenReady', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves once the start index is in', async () => {
    let done = false;
    let arrive!: () => void;
    index.result = new Promise<void>((r) => (arrive = r));
    const ready = firstScreenReady().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    arrive();
    await ready;
    expect(done).toBe(true);
  });

  it('never rejects: a failed download is left to the app, which shows its message', async () => {
    index.result = Promise.reject(new Error('offline'));
    await expect(firstScreenReady()).resolves.toBeUndefined();
  });

  it('stops waiting on a download that hangs, so the page shows "Loading…"', async () => {
    vi.useFakeTimers();
    index.result = new Promise(() => undefined);
    let done = false;
    void firstScreenReady().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(done).toBe(true);
  });
});
