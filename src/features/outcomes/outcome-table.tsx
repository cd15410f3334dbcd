import { useT } from '../../i18n/use-t.ts';
import { muted } from '../../ui/styles.ts';

export type TableRow = { key: string; name: string; count: number; more?: string[] };

/**
 * One chart: a real table (caption, header cells with scope), whose count column
 * carries a bar. The number is the text a screen reader reads; the bar beside it is
 * decoration and hidden from it. No chart library: a few kB of CSS bars would be the
 * whole of it.
 */
export function OutcomeTable({
  id,
  heading,
  caption,
  nameHeader,
  moreHeaders = [],
  rows,
}: {
  id: string;
  heading: string;
  caption: string;
  nameHeader: string;
  moreHeaders?: string[];
  rows: TableRow[];
}) {
  const { t } = useT();
  const most = Math.max(1, ...rows.map((r) => r.count));
  const cellClass = 'py-2 pr-2 align-top last:pr-0';
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      <table className="w-full border-collapse text-left">
        <caption className={`pb-2 text-left text-sm ${muted}`}>{caption}</caption>
        <thead className="text-sm">
          <tr>
            <th scope="col" className={cellClass}>
              {nameHeader}
            </th>
            {/* With more columns, the bar gives way: names must stay readable at 360 px. */}
            <th scope="col" className={`${cellClass} ${moreHeaders.length ? 'w-20' : 'w-2/5'}`}>
              {t('outcomesColCases')}
            </th>
            {moreHeaders.map((h) => (
              <th key={h} scope="col" className={`${cellClass} w-14 text-right`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-300 dark:border-slate-700">
              <th scope="row" className={`${cellClass} font-normal break-words`}>
                {r.name}
              </th>
              <td className={cellClass}>
                <span className="flex items-center gap-2">
                  <span className="w-7 shrink-0 text-right tabular-nums">{r.count}</span>
                  <span aria-hidden="true" className="h-3 min-w-8 flex-1">
                    <span
                      className="block h-full rounded bg-teal-600"
                      style={{ width: `${(r.count / most) * 100}%` }}
                    />
                  </span>
                </span>
              </td>
              {r.more?.map((value, i) => (
                <td key={i} className={`${cellClass} text-right tabular-nums`}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
