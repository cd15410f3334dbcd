import { useEffect, useMemo, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { demonstrate } from '../../case/demonstrate.ts';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { NotFound } from '../../ui/not-found.tsx';
import { buttonPrimary, buttonSecondary, card, muted } from '../../ui/styles.ts';
import { DemoEnd } from './demo-end.tsx';
import { DemoStepView } from './demo-step-view.tsx';

/**
 * Plays a scenario as the live wizard runs it, one step at a time (a question, or a fix
 * tried in the flow), with the reasoning at each step, and ends on the ranked causes and
 * the fix plan. The step is in the URL, so a trainer can link to it and go back.
 */
export function DemoScreen() {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const scenario = catalogue.scenarios.find((s) => s.id === id);
  const demo = useMemo(
    () => (scenario ? demonstrate(catalogue, scenario) : undefined),
    [catalogue, scenario],
  );
  const total = demo?.steps.length ?? 0;
  const at = Math.min(Math.max(Number(params.get('step')) || 1, 1), total + 1);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [at]);
  if (!scenario || !demo) return <NotFound message={t('scenarioNotFound')} />;

  const step = demo.steps[at - 1];
  const link = (n: number) => `${paths.demo(scenario.id)}?step=${n}`;
  return (
    <div className="space-y-4">
      <p className={`text-sm ${muted}`}>{scenario.title[lang]}</p>
      <p className={card}>{scenario.situation[lang]}</p>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
        {step ? t('demoStep', { n: at, total }) : t('demoEndHeading')}
      </h1>
      {step ? (
        <DemoStepView family={scenario.family} step={step} />
      ) : (
        <DemoEnd scenario={scenario} demo={demo} />
      )}
      <div className="flex flex-wrap gap-2">
        {at > 1 && (
          <Link className={buttonSecondary} to={link(at - 1)}>
            {t('demoPrev')}
          </Link>
        )}
        {at <= total && (
          <Link className={buttonPrimary} to={link(at + 1)}>
            {t(at === total ? 'demoToEnd' : 'demoNext')}
          </Link>
        )}
        <Link className={buttonSecondary} to={paths.training}>
          {t('trainingHeading')}
        </Link>
      </div>
    </div>
  );
}
