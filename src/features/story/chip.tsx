/** A toggle chip: a real button with aria-pressed, 48 px tall, a tick when on. */
export function Chip({
  label,
  on,
  onToggle,
  note,
}: {
  label: string;
  on: boolean;
  onToggle: () => void;
  note?: string | undefined;
}) {
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={onToggle}
      className={`inline-flex min-h-12 items-center gap-2 rounded-full border-2 px-4 py-2 text-left text-base focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${
        on
          ? 'border-teal-700 bg-teal-700 text-white dark:border-teal-500 dark:bg-teal-600'
          : 'border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100'
      }`}
    >
      <span aria-hidden="true">{on ? '✓' : '+'}</span>
      <span>
        {label}
        {note && <span className="sr-only"> {note}</span>}
      </span>
    </button>
  );
}
