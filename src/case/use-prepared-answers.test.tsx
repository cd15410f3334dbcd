import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { DONT_KNOW } from '../catalogue/constants.ts';
import * as engine from '../engine/diagnose.ts';
import type { CaseState } from './case-params.ts';
import { diagnoseCached } from './diagnosis-cache.ts';
import { usePreparedAnswers } from './use-prepared-answers.ts';

// Every export a spy that calls the real engine.
vi.mock(import('../engine/diagnose.ts'), { spy: true });
const diagnose = vi.mocked(engine.diagnose);

describe('answers prepared while the question is read', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    diagnose.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('works out each answer at idle, so the tap finds it ready', () => {
    const cat = tinyCatalogue();
    const state: CaseState = { family: 'f', order: [], answers: {}, failedFixes: [] };
    const answers = ['yes', 'no', DONT_KNOW];
    const { unmount } = renderHook(() => usePreparedAnswers(cat, state, 'q1', answers));
    expect(diagnose).not.toHaveBeenCalled(); // nothing on the render's path
    act(() => vi.runAllTimers());
    expect(diagnose).toHaveBeenCalledTimes(3);
    diagnoseCached(cat, { family: 'f', answers: { q1: 'no' }, failedFixes: [] });
    expect(diagnose).toHaveBeenCalledTimes(3);
    unmount();
  });

  it('stops preparing when the question goes away', () => {
    const cat = tinyCatalogue();
    const state: CaseState = { family: 'f', order: [], answers: { q1: 'no' }, failedFixes: [] };
    const { unmount } = renderHook(() => usePreparedAnswers(cat, state, 'q2', ['yes', 'no']));
    unmount();
    act(() => vi.runAllTimers());
    expect(diagnose).not.toHaveBeenCalled();
  });
});
