import { useMemo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/store.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { muted } from '../../ui/styles.ts';
import type { TitleOf } from './outcome-csv.ts';
import { outcomeStats } from './outcome-stats.ts';
import { OutcomeTable } from './outcome-table.tsx';
import { OutcomeTransfer } from './outcome-transfer.tsx';
import { LearnPanel } from './learn-panel.tsx';

/** A median as shown: whole numbers as they are, others to one decimal; none as a dash. */
const shown = (n: number | null): string =>
  n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1);

/**
 * "What fixed it": how cases ended on this device (issue 16), per kind of fault, per
 * cause and per fix, with the log's export and import. The numbers come from
 * `outcomeStats`; this screen only lays them out.
 */
export function OutcomesScreen() {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const outcomes = useAppStore((s) => s.outcomes);
  const stats = useMemo(() => outcomeStats(outcomes), [outcomes]);

  // An id this catalogue does not know (a file from a newer version) shows as itself.
  const title: TitleOf = (kind, id) => {
    if (id === null) return t('outcomesNoneFits');
    if (kind === 'cause' && id === 'other') return t('otherCause');
    const list = { family: catalogue.families, cause: catalogue.causes, fix: catalogue.fixes }[
      kind
    ];
    return list.find((x) => x.id === id)?.title[lang] ?? id;
  };

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('outcomesHeading')}</h1>
        {stats.total === 0 ? (
          <p className={muted}>{t('outcomesEmpty')}</p>
        ) : (
          <>
            <p className={muted}>
              {t('outcomesIntro', { n: stats.total, from: stats.from ?? '', to: stats.to ?? '' })}
            </p>
            <p className="font-medium">
              {t('outcomesMedians', {
                q: shown(stats.medianQuestions),
                m: shown(stats.medianMinutes),
              })}
            </p>
          </>
        )}
      </div>
      {stats.total > 0 && (
        <>
          <OutcomeTable
            id="outcomes-by-family"
            heading={t('outcomesByFamily')}
            caption={t('outcomesByFamilyCaption')}
            nameHeader={t('outcomesColFamily')}
            moreHeaders={[t('outcomesColQuestions'), t('outcomesColMinutes')]}
            rows={stats.families.map((f) => ({
              key: f.key,
              name: title('family', f.key),
              count: f.count,
              more: [shown(f.medianQuestions), shown(f.medianMinutes)],
            }))}
          />
          <OutcomeTable
            id="outcomes-by-cause"
            heading={t('outcomesByCause')}
            caption={t('outcomesByCauseCaption')}
            nameHeader={t('outcomesColCause')}
            rows={stats.causes.map((c) => ({
              key: c.key ?? '',
              name: title('cause', c.key),
              count: c.count,
            }))}
          />
          {stats.fixes.length > 0 && (
            <OutcomeTable
              id="outcomes-fixes"
              heading={t('outcomesFixes')}
              caption={t('outcomesFixesCaption')}
              nameHeader={t('outcomesColFix')}
              rows={stats.fixes.map((f) => ({
                key: f.key ?? '',
                name: title('fix', f.key),
                count: f.count,
              }))}
            />
          )}
        </>
      )}
      <LearnPanel outcomes={outcomes} />
      <OutcomeTransfer outcomes={outcomes} title={title} />
    </div>
  );
}
