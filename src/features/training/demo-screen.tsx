import { useEffect, useMemo, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { DONT_KNOW } from '../../catalogue/constants.ts';
import { demonstrate } from '../../case/demonstrate.ts';
import { causeTitle, questionView } from '../../case/question-view.ts';
import { paths } from '../../config/paths.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { NotFound } from '../../ui/not-found.tsx';
import { buttonPrimary, buttonSecondary, card, muted } from '../../ui/styles.ts';
import { RankingList } from './ranking-list.tsx';

/** Plays a scenario one engine step at a time, with the reasoning shown at each step. */
export function DemoScreen() {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const scenario = catalogue.scenarios.find((s) => s.id === id);
  const steps = useMemo(
    () => (scenario ? demonstrate(catalogue, scenario) : []),
    [catalogue, scenario],
  );
  const at = Math.min(Math.max(Number(params.get('step')) || 1, 1), steps.length + 1);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [at]);
  if (!scenario) return <NotFound message={t('scenarioNotFound')} />;

  const step = steps[at - 1];
  const view = step && questionView(catalogue, scenario.family, step.question, lang, t);
  const answer =
    step?.answer === DONT_KNOW
      ? t('dontKnow')
      : view?.answers.find((a) => a.id === step?.answer)?.label;
  const last = steps.at(-1)?.after[0];
  const link = (n: number) => `${paths.demo(scenario.id)}?step=${n}`;
  return (
    <div className="space-y-4">
      <p className={`text-sm ${muted}`}>{scenario.title[lang]}</p>
      <p className={card}>{scenario.situation[lang]}</p>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
        {step ? t('demoStep', { n: at, total: steps.length }) : t('trainingHeading')}
      </h1>
      {step && view ? (
        <div className="space-y-3">
          <p className="text-lg font-semibold">{view.text}</p>
          {/* Bits are for the bench; people read how much the answer narrows it down. */}
          <p>
            {t('demoWhy', {
              how: t(
                step.gainBits >= 0.5
                  ? 'narrowLot'
                  : step.gainBits >= 0.15
                    ? 'narrowSome'
                    : 'narrowLittle',
              ),
            })}
          </p>
          <p className="font-medium">{t('demoAnswer', { answer: answer ?? step.answer })}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <RankingList heading={t('demoBefore')} causes={step.before} />
            <RankingList heading={t('demoAfter')} causes={step.after} />
          </div>
        </div>
      ) : (
        <p role="status">
          {t('demoDone', {
            truth: causeTitle(catalogue, scenario.truth, lang, t),
            top: last
              ? `${causeTitle(catalogue, last.id, lang, t)} ${percent(last.probability, lang)}`
              : '-',
          })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {at > 1 && (
          <Link className={buttonSecondary} to={link(at - 1)}>
            {t('demoPrev')}
          </Link>
        )}
        {at <= steps.length && (
          <Link className={buttonPrimary} to={link(at + 1)}>
            {t('demoNext')}
          </Link>
        )}
        <Link className={buttonSecondary} to={paths.training}>
          {t('trainingHeading')}
        </Link>
      </div>
    </div>
  );
}
