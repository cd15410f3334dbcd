import { useParams } from 'react-router-dom';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { NotFound } from '../../ui/not-found.tsx';
import { Quiz } from './quiz.tsx';

/** The quiz of one scenario; a new scenario starts a fresh quiz (state keyed by its id). */
export function QuizScreen() {
  const { t } = useT();
  const catalogue = useCatalogue();
  const { id = '' } = useParams();
  const scenario = catalogue.scenarios.find((s) => s.id === id);
  if (!scenario) return <NotFound message={t('scenarioNotFound')} />;
  return <Quiz key={scenario.id} scenario={scenario} />;
}
