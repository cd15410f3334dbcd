/**
 * The page shows the start screen before its script has arrived (decision 0007), so a
 * person may already type into the prerendered search box, focus a control, or tap a
 * button when the app renders its own screen over it. main.tsx hands the prerendered
 * screen here before the app starts; the app's start screen then takes over the text,
 * the focus and the last tap, once, so nothing done early is lost.
 */
interface Kept {
  stop: AbortController;
  input: HTMLInputElement | null;
  focused: Element | null;
  tapped: Element | null;
}

let early: Kept | null = null;

/** The same control in the app's screen: same kind, same name or words. */
const sameControl = (a: Element) => (b: Element) =>
  a.tagName === b.tagName &&
  (a.getAttribute('name') ?? a.textContent?.trim()) ===
    (b.getAttribute('name') ?? b.textContent?.trim());

export function keepEarlyInput(root: HTMLElement): void {
  const kept: Kept = {
    stop: new AbortController(),
    input: root.querySelector<HTMLInputElement>('form[role="search"] input'),
    focused: root.contains(document.activeElement) ? document.activeElement : null,
    tapped: null,
  };
  const { signal } = kept.stop;
  root.addEventListener('focusin', (e) => (kept.focused = e.target as Element), { signal });
  // Chrome reports focus leaving when the app takes the focused control out of the
  // page; only a move that leaves it in the page (checked once the removal is over) counts.
  root.addEventListener(
    'focusout',
    (e) => {
      const left = e.target as Element;
      queueMicrotask(() => {
        if (left.isConnected && kept.focused === left) kept.focused = null;
      });
    },
    { signal },
  );
  // Plain buttons do nothing before the script runs; links and the search form work.
  root.addEventListener(
    'click',
    (e) => {
      kept.tapped = (e.target as Element).closest('button[type="button"]') ?? kept.tapped;
    },
    { signal },
  );
  early = kept;
}

/** What was typed into the prerendered search box; '' once the app has taken over. */
export const earlyText = (): string => early?.input?.value ?? '';

/**
 * Called once the app's start screen is in the page: focuses the control that had focus
 * and taps again the button last tapped, then forgets the prerendered screen.
 */
export function replayEarlyInput(): void {
  const kept = early;
  early = null;
  if (!kept) return;
  kept.stop.abort();
  const find = (old: Element | null) =>
    old && [...document.querySelectorAll(old.tagName)].find(sameControl(old));
  (find(kept.focused) as HTMLElement | undefined)?.focus();
  (find(kept.tapped) as HTMLElement | undefined)?.click();
}
