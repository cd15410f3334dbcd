/** Shared class lists: 48 px touch targets, visible focus, dark mode. */
const base =
  'inline-flex min-h-12 shrink-0 items-center justify-center gap-2 rounded-lg px-4 py-2 text-base font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50';

export const buttonPrimary = `${base} bg-teal-700 text-white hover:bg-teal-800 dark:bg-teal-600 dark:hover:bg-teal-500`;
export const buttonSecondary = `${base} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`;
export const buttonQuiet = `${base} text-teal-800 underline underline-offset-4 hover:bg-slate-100 dark:text-teal-300 dark:hover:bg-slate-800`;
export const card =
  'rounded-xl border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900';
export const muted = 'text-slate-700 dark:text-slate-300';
export const input =
  'min-h-12 w-full rounded-lg border border-slate-500 bg-white px-3 text-base text-slate-900 focus-visible:outline-3 focus-visible:outline-sky-600 dark:bg-slate-900 dark:text-slate-100';
/** A fault family to pick: the start screen's list and the tell screen's. */
export const familyButton =
  'min-h-12 w-full rounded-xl border-2 border-teal-700 bg-white p-4 text-left hover:bg-teal-50 focus-visible:outline-3 focus-visible:outline-sky-600 dark:bg-slate-900 dark:hover:bg-slate-800';
