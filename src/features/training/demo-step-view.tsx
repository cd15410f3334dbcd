import { DONT_KNOW } from '../../catalogue/constants.ts';
import type { DemoFix, DemoQuestion, DemoStep } from '../../case/demonstrate.ts';
import { questionView } from '../../case/question-view.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { FixFacts } from '../../ui/fix-facts.tsx';
import { muted } from '../../ui/styles.ts';
import { RankingList } from './ranking-list.tsx';

/** One step of a demonstration: a question and its answer, or a fix tried in the flow. */
export function DemoStepView({ family, step }: { family: string; step: DemoStep }) {
  const { t } = useT();
  const question = step.kind === 'question';
  return (
    <div className="space-y-3">
      {question ? <QuestionPart family={family} step={step} /> : <FixPart step={step} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <RankingList heading={t(question ? 'demoBefore' : 'demoBeforeFix')} causes={step.before} />
        <RankingList heading={t(question ? 'demoAfter' : 'demoAfterFix')} causes={step.after} />
      </div>
    </div>
  );
}

function QuestionPart({ family, step }: { family: string; step: DemoQuestion }) {
  const { t, lang } = useT();
  const view = questionView(useCatalogue(), family, step.question, lang, t);
  const silent = step.answer === DONT_KNOW;
  const answer = silent
    ? t('dontKnow')
    : (view?.answers.find((a) => a.id === step.answer)?.label ?? step.answer);
  // Bits are for the bench; people read how much the answer narrows it down.
  const how =
    step.gainBits >= 0.5 ? 'narrowLot' : step.gainBits >= 0.15 ? 'narrowSome' : 'narrowLittle';
  return (
    <>
      <p className="text-lg font-semibold">{view?.text ?? step.question}</p>
      <p>{t('demoWhy', { how: t(how) })}</p>
      <p className="font-medium">{t('demoAnswer', { answer })}</p>
      {/* A trainer should see that this is the story's silence, not the wizard's doing. */}
      {silent && <p className={`text-sm ${muted}`}>{t('demoSilent')}</p>}
    </>
  );
}

function FixPart({ step }: { step: DemoFix }) {
  const { t, lang } = useT();
  const fix = useCatalogue().fixes.find((f) => f.id === step.fix);
  return (
    <>
      <p className={`text-sm ${muted}`}>{t('demoFixLead')}</p>
      <p className="text-lg font-semibold">{fix?.title[lang] ?? step.fix}</p>
      {fix && <FixFacts fix={fix} chance={step.chance} />}
      <p className="font-medium">{t(step.worked ? 'demoFixWorked' : 'demoFixFailed')}</p>
    </>
  );
}
