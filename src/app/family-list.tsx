import type { Family } from '../catalogue/schema.ts';

/** The shell's first screen: the fault families, in Chinese with English beneath. */
export function FamilyList({ families }: { families: readonly Family[] }) {
  return (
    <main className="mx-auto max-w-xl p-4">
      <h1 className="mb-4 text-2xl font-bold">
        POS 故障诊断 <span className="block text-base font-normal">POS fault diagnosis</span>
      </h1>
      <ul className="space-y-3">
        {families.map((f) => (
          <li key={f.id} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
            <p className="text-lg font-semibold">{f.title.zh}</p>
            <p className="text-sm text-slate-600 dark:text-slate-300">{f.title.en}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
