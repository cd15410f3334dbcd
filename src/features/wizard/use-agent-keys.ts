import { useEffect, useEffectEvent } from 'react';

type Keys = {
  answer: (index: number) => void;
  dontKnow: () => void;
  back: () => void;
  results: () => void;
};

/**
 * Agent-mode shortcuts: 1–9 pick an answer, 0 "don't know", Backspace back, R results.
 * Ignored while typing in a field or choosing in a list, and with modifier keys.
 */
export function useAgentKeys(enabled: boolean, keys: Keys) {
  // Always the question on screen: a listener swapped in a passive effect could, for a
  // key pressed right after an answer, still hold the previous question.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, select, textarea')) return;
    if (/^[1-9]$/.test(e.key)) keys.answer(Number(e.key) - 1);
    else if (e.key === '0') keys.dontKnow();
    else if (e.key === 'Backspace') keys.back();
    else if (e.key.toLowerCase() === 'r') keys.results();
    else return;
    e.preventDefault();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
