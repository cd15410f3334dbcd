import { useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** Each returns whether it did something (and so moved to another screen). */
type Keys = {
  answer: (index: number) => boolean;
  dontKnow: () => boolean;
  back: () => boolean;
  results: () => boolean;
};

/**
 * Agent-mode shortcuts: 1–9 pick an answer, 0 "don't know", Backspace back, R results.
 * Ignored while typing in a field or choosing in a list, and with modifier keys.
 */
export function useAgentKeys(enabled: boolean, keys: Keys) {
  // After a key acts, the address changes at once but the next screen is drawn a moment
  // later (navigation is a transition); a second key in that gap would act on the
  // question just answered, so it is let go. Any screen drawn for another history entry
  // (the next question, or one reached with the browser's back button) takes keys again.
  const { key: shown } = useLocation();
  const acted = useRef(false);
  useLayoutEffect(() => {
    acted.current = false;
  }, [shown]);
  // Always the question on screen: a listener swapped in a passive effect could, for a
  // key pressed right after an answer, still hold the previous question.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const typing = e.target instanceof Element && e.target.closest('input, select, textarea');
    if (e.ctrlKey || e.metaKey || e.altKey || typing) return;
    const action = /^[1-9]$/.test(e.key)
      ? () => keys.answer(Number(e.key) - 1)
      : e.key === '0'
        ? keys.dontKnow
        : e.key === 'Backspace'
          ? keys.back
          : e.key.toLowerCase() === 'r'
            ? keys.results
            : undefined;
    if (!action) return;
    e.preventDefault();
    if (acted.current) return;
    acted.current = action();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
