import type { Scenario } from '../../catalogue/schema.ts';
import type { Demonstration } from '../../case/demonstrate.ts';
import { causeTitle } from '../../case/question-view.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { card } from '../../ui/styles.ts';
import { PlanList } from './plan-list.tsx';
import { RankingList } from './ranking-list.tsx';

const reasonKey = {
  confident: 'stopSure',
  exhausted: 'stopNothing',
  budget: 'stopBudget',
} as const;

/** Causes listed at the end, as many as the results screen lists. */
const SHOWN_CAUSES = 5;

/**
 * Where the demonstration ends, as the wizard would leave the case: why it stopped
 * (a fix that worked, or its own stop), the truth beside the wizard's verdict, the
 * ranked causes and the fix plan the results screen would show.
 */
export function DemoEnd({ scenario, demo }: { scenario: Scenario; demo: Demonstration }) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const { end, steps } = demo;
  const title = (id: string) => causeTitle(catalogue, id, lang, t);
  const fixTitle = (id: string) => catalogue.fixes.find((f) => f.id === id)?.title[lang] ?? id;
  const top = end.causes[0];
  const questions = steps.filter((s) => s.kind === 'question').length;
  return (
    <div className="space-y-4">
      <div role="status" className={`${card} space-y-1`}>
        <p className="font-semibold">
          {end.reason === 'fixed' && end.fixed
            ? t('demoEndFixed', { fix: fixTitle(end.fixed) })
            : t(reasonKey[end.reason === 'fixed' ? 'confident' : end.reason])}
        </p>
        <p>
          {t('demoVerdict', {
            truth: title(scenario.truth),
            top: top ? `${title(top.id)} ${percent(top.probability, lang)}` : '-',
          })}
        </p>
        <p>{t('demoCounts', { q: questions, f: steps.length - questions })}</p>
        {end.failedFixes.length > 0 && (
          <p>
            {t('demoTried', {
              fixes: end.failedFixes.map(fixTitle).join(lang === 'zh' ? '、' : ', '),
            })}
          </p>
        )}
      </div>
      <RankingList heading={t('demoEndCauses')} causes={end.causes} limit={SHOWN_CAUSES} />
      {/* Also when a fix worked: it is the plan's first step, and the rest is what follows. */}
      <section aria-labelledby="demo-plan" className="space-y-2">
        <h2 id="demo-plan" className="font-semibold">
          {t('planHeading')}
        </h2>
        <PlanList fixes={end.fixes} callAfter={end.callAfter} />
      </section>
    </div>
  );
}
