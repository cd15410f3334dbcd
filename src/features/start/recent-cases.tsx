import { Link } from 'react-router-dom';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/store.ts';
import { useStartCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonQuiet, card, muted } from '../../ui/styles.ts';

/**
 * Cases kept on this device, newest first, and the control that forgets them and the
 * outcome log: one "clear my data" for everything the device keeps about cases.
 */
export function RecentCases() {
  const { t, lang } = useT();
  const catalogue = useStartCatalogue();
  const cases = useAppStore((s) => s.cases);
  const clearCases = useAppStore((s) => s.clearCases);
  const hasOutcomes = useAppStore((s) => s.outcomes.length > 0);
  const clearOutcomes = useAppStore((s) => s.clearOutcomes);
  const list = Object.values(cases)
    .filter((c) => catalogue.families.some((f) => f.id === c.family))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const clear = () => {
    if (!window.confirm(t('clearDataConfirm'))) return;
    clearCases();
    clearOutcomes();
  };
  const clearButton = (
    <button type="button" className={buttonQuiet} onClick={clear}>
      {t('clearData')}
    </button>
  );
  // No recent case, but a log of outcomes: it is still data to clear.
  if (list.length === 0) return hasOutcomes ? clearButton : null;
  // Only now: the first date formatter of a page costs a phone tens of milliseconds.
  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <section aria-labelledby="recent-heading" className="space-y-2">
      <h2 id="recent-heading" className="text-lg font-semibold">
        {t('recentHeading')}
      </h2>
      <ul className="space-y-2">
        {list.map((c) => (
          <li key={c.id} className={`${card} flex items-center justify-between gap-2`}>
            <span>
              <span className="block font-medium">
                {catalogue.families.find((f) => f.id === c.family)?.title[lang]}
              </span>
              <span className={`text-sm ${muted}`}>
                {time.format(c.updatedAt)}
                {c.terminalNo && ` · ${t('terminalNo')} ${c.terminalNo}`}
              </span>
            </span>
            <Link className={buttonQuiet} to={`${paths.question(c.family)}${c.search}`}>
              {t('recentResume')}
            </Link>
          </li>
        ))}
      </ul>
      {clearButton}
    </section>
  );
}
