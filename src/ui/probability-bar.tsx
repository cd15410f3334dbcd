/** A bar for one probability; the number is printed beside it, so the bar is decoration. */
export function ProbabilityBar({ value, label }: { value: number; label: string }) {
  return (
    <span className="flex items-center gap-2">
      <span
        aria-hidden="true"
        className="h-2 flex-1 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
      >
        <span
          className="block h-full rounded bg-teal-600"
          style={{ width: `${Math.round(value * 100)}%` }}
        />
      </span>
      <span className="w-12 text-right text-sm tabular-nums">{label}</span>
    </span>
  );
}
