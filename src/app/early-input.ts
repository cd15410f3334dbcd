/**
 * The page shows the start screen before its script has arrived (decision 0007), so a
 * person may already be typing into the prerendered search box when the app renders
 * its own over it. main.tsx hands that box here before the app starts; the app's box
 * takes its text and focus once, so nothing typed early is lost.
 */
export interface EarlyInput {
  text: string;
  focused: boolean;
}

let early: { input: HTMLInputElement; focused: boolean } | null = null;

export function keepEarlyInput(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('form[role="search"] input');
  if (!input) return;
  const kept = { input, focused: document.activeElement === input };
  // Chrome reports "blur" when the app takes the focused box out of the page; only a
  // blur that leaves the box in the page (checked once the removal is over) counts.
  input.addEventListener('focus', () => (kept.focused = true));
  input.addEventListener('blur', () =>
    queueMicrotask(() => (kept.focused = input.isConnected ? false : kept.focused)),
  );
  early = kept;
}

/** What was typed into the prerendered box and whether it had focus; null after the first call. */
export function takeEarlyInput(): EarlyInput | null {
  const kept = early;
  early = null;
  return kept && { text: kept.input.value, focused: kept.focused };
}
