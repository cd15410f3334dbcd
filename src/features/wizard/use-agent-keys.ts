import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';

/** Each returns whether it did something (and so moved to another screen). */
type Keys = {
  answer: (index: number) => boolean;
  dontKnow: () => boolean;
  back: () => boolean;
  results: () => boolean;
  /**
   * On the response-code question: the codes that can be typed, character by character
   * ("9", "7" → 97), and what to do with one. Its answers outnumber the number keys.
   */
  codes?: readonly string[] | undefined;
  code?: (code: string) => boolean;
};

/**
 * Agent-mode shortcuts: 1–9 pick an answer, 0 "don't know", Backspace back, R results;
 * on the code question the code itself is typed (Backspace takes a character back,
 * Escape clears). Ignored while typing in a field or choosing in a list, and with
 * modifier keys. Returns the part of a code typed so far.
 */
export function useAgentKeys(enabled: boolean, keys: Keys): string {
  // After a key acts, the address changes at once but the next screen is drawn a moment
  // later (navigation is a transition); a second key in that gap would act on the
  // question just answered, so it is let go. Any screen drawn for another history entry
  // (the next question, or one reached with the browser's back button) takes keys again.
  const { key: shown } = useLocation();
  const acted = useRef(false);
  useLayoutEffect(() => {
    acted.current = false;
  }, [shown]);
  // What was typed of a code, on the screen it was typed on: a new screen starts empty.
  const [typedAt, setTypedAt] = useState({ at: shown, code: '' });
  const typed = typedAt.at === shown ? typedAt.code : '';
  const setTyped = (code: string) => setTypedAt({ at: shown, code });
  /** A key that types (or takes back) part of a code: true when it was one. */
  const typeCode = (e: KeyboardEvent, codes: readonly string[]) => {
    const next = typed + e.key.toUpperCase();
    if (e.key.length === 1 && codes.some((c) => c.startsWith(next))) {
      e.preventDefault();
      // Whole and no longer code starts with it: that is the answer.
      if (codes.includes(next) && !codes.some((c) => c !== next && c.startsWith(next))) {
        setTyped('');
        acted.current = keys.code?.(next) ?? false;
      } else setTyped(next);
      return true;
    }
    if (typed && (e.key === 'Backspace' || e.key === 'Escape')) {
      e.preventDefault();
      setTyped(e.key === 'Escape' ? '' : typed.slice(0, -1));
      return true;
    }
    return false;
  };
  // Always the question on screen: a listener swapped in a passive effect could, for a
  // key pressed right after an answer, still hold the previous question.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const typing = e.target instanceof Element && e.target.closest('input, select, textarea');
    if (e.ctrlKey || e.metaKey || e.altKey || typing) return;
    if (keys.codes && !acted.current && typeCode(e, keys.codes)) return;
    // On the code question a digit or letter is part of a code, never an answer's index.
    if (keys.codes && /^[0-9A-Za-z]$/.test(e.key) && (typed || e.key.toLowerCase() !== 'r')) return;
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
  return typed;
}
