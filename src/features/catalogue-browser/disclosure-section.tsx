import type { ReactNode } from 'react';
import { muted } from '../../ui/styles.ts';

/**
 * One collapsible part of the catalogue browser: a heading whose button says whether it
 * is open (aria-expanded), and a body drawn only when open, so a phone first gets a page
 * of headings instead of hundreds of entries. `id` names the section (for its label and
 * the jump links); the button is `${id}-button`.
 */
export function DisclosureSection({
  id,
  heading,
  count,
  open,
  onToggle,
  children,
}: {
  id: string;
  heading: string;
  /** How many entries it holds, said after the heading. */
  count: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 className="text-xl font-bold">
        <button
          type="button"
          id={`${id}-button`}
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={onToggle}
          className="flex min-h-12 w-full items-center gap-2 rounded-lg text-left focus-visible:outline-3 focus-visible:outline-sky-600"
        >
          <span aria-hidden="true" className="w-5 shrink-0 text-base">
            {open ? '▾' : '▸'}
          </span>
          <span id={id}>{heading}</span>
          <span className={`ml-auto shrink-0 text-sm font-normal ${muted}`}>{count}</span>
        </button>
      </h2>
      {/* The body is always there for aria-controls, and empty while closed. */}
      <div id={`${id}-body`} hidden={!open} className="space-y-3">
        {open && children}
      </div>
    </section>
  );
}
