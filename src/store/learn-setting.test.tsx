import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  LEARN_KEY,
  readLearnSetting,
  resetLearned,
  setLearnOn,
  setLearnStorageForTests,
  useLearnSetting,
} from './learn-setting.ts';

beforeEach(() => {
  localStorage.clear();
  setLearnStorageForTests(() => localStorage);
});

describe('the learn setting', () => {
  it('is off with nothing set aside when storage holds nothing or garbage', () => {
    for (const raw of [null, '', '{', '"on"', '[]', '{"on":"yes","skip":"k1"}'])
      expect(readLearnSetting(raw)).toEqual({ on: false, skip: [] });
    expect(readLearnSetting('{"on":true,"skip":["k1",7,"<b>","k2"]}')).toEqual({
      on: true,
      skip: ['k1', 'k2'],
    });
  });

  it('turns on, survives a reload, and a reset keeps it on', () => {
    const { result } = renderHook(() => useLearnSetting());
    expect(result.current.on).toBe(false);
    act(() => setLearnOn(true));
    expect(result.current).toEqual({ on: true, skip: [] });
    act(() => resetLearned(['k1', 'k2']));
    expect(result.current).toEqual({ on: true, skip: ['k1', 'k2'] });
    // A new visit reads what was written.
    setLearnStorageForTests(() => localStorage);
    expect(readLearnSetting(localStorage.getItem(LEARN_KEY))).toEqual(result.current);
    const again = renderHook(() => useLearnSetting());
    expect(again.result.current).toEqual({ on: true, skip: ['k1', 'k2'] });
  });

  it('works for the visit when storage cannot be read or written', () => {
    const broken = () => {
      throw new Error('private mode');
    };
    setLearnStorageForTests(() => ({ getItem: broken, setItem: broken, removeItem: broken }));
    const { result } = renderHook(() => useLearnSetting());
    expect(result.current.on).toBe(false);
    act(() => setLearnOn(true));
    expect(result.current.on).toBe(true);
  });
});
