import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { paths, routePatterns } from '../config/paths.ts';
import { StartScreen } from '../features/start/start-screen.tsx';
import { loadMoreMessages } from '../i18n/i18n.ts';
import { useT } from '../i18n/use-t.ts';
import { Layout } from '../ui/layout.tsx';
import { Loading } from '../ui/loading.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { whenIdle } from './when-idle.ts';

/*
 * Only the start screen is in the first download. The question screen (with the engine)
 * is fetched as soon as the start screen is up, the results screen while the user
 * answers; the rest when first opened. The service worker precaches all for offline use.
 */
const loadQuestion = () => import('../features/wizard/question-screen.tsx');
const QuestionScreen = lazy(async () => ({ default: (await loadQuestion()).QuestionScreen }));
/** A later screen: its code and the words of the later screens, fetched together. */
const later = <T,>(load: () => Promise<T>, pick: (m: T) => ComponentType) =>
  lazy(async () => {
    const [module] = await Promise.all([load(), loadMoreMessages()]);
    return { default: pick(module) };
  });

const loadResults = () => import('../features/results/results-screen.tsx');
const ResultsScreen = later(loadResults, (m) => m.ResultsScreen);
const CatalogueScreen = later(
  () => import('../features/catalogue-browser/catalogue-screen.tsx'),
  (m) => m.CatalogueScreen,
);
const TrainingScreen = later(
  () => import('../features/training/training-screen.tsx'),
  (m) => m.TrainingScreen,
);
const DemoScreen = later(
  () => import('../features/training/demo-screen.tsx'),
  (m) => m.DemoScreen,
);
const QuizScreen = later(
  () => import('../features/training/quiz-screen.tsx'),
  (m) => m.QuizScreen,
);

/** Starts fetching the results screen while the user answers, so it opens at once. */
const prefetchResults = () => void Promise.all([loadResults(), loadMoreMessages()]);

function RouteError() {
  const { t } = useT();
  return <NotFound message={t('errorBody')} />;
}

/** The app's screens inside the layout; a screen's own errors stay inside the layout. */
export function AppRoutes() {
  const { pathname } = useLocation();
  const answering = pathname.startsWith(paths.question(''));
  useEffect(() => whenIdle(answering ? prefetchResults : () => void loadQuestion()), [answering]);
  return (
    <Layout>
      <ErrorBoundary fallback={<RouteError />} resetKey={pathname}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path={paths.home} element={<StartScreen />} />
            <Route path={routePatterns.question} element={<QuestionScreen />} />
            <Route path={routePatterns.results} element={<ResultsScreen />} />
            <Route path={paths.catalogue} element={<CatalogueScreen />} />
            <Route path={paths.training} element={<TrainingScreen />} />
            <Route path={routePatterns.demo} element={<DemoScreen />} />
            <Route path={routePatterns.quiz} element={<QuizScreen />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
