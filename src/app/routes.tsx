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
 * Only the start screen and its words are in the first download. The question screen
 * (with the engine) and the words of every later screen are fetched as soon as the
 * start screen is up, the results screen while the user answers; the rest when first
 * opened. The service worker precaches all for offline use.
 */
/** A later screen's code and the words of the later screens, fetched together. */
const withWords = async <T,>(load: () => Promise<T>): Promise<T> =>
  (await Promise.all([load(), loadMoreMessages()]))[0];
const later = <T,>(load: () => Promise<T>, pick: (m: T) => ComponentType) =>
  lazy(async () => ({ default: pick(await withWords(load)) }));

const loadQuestion = () => import('../features/wizard/question-screen.tsx');
const QuestionScreen = later(loadQuestion, (m) => m.QuestionScreen);
const loadResults = () => import('../features/results/results-screen.tsx');
const ResultsScreen = later(loadResults, (m) => m.ResultsScreen);
const loadTell = () => import('../features/story/tell-screen.tsx');
const TellScreen = later(loadTell, (m) => m.TellScreen);
const CatalogueScreen = later(
  () => import('../features/catalogue-browser/catalogue-screen.tsx'),
  (m) => m.CatalogueScreen,
);
const OpenCodeScreen = later(
  () => import('../features/case-code/open-code-screen.tsx'),
  (m) => m.OpenCodeScreen,
);
const TrainingScreen = later(
  () => import('../features/training/training-screen.tsx'),
  (m) => m.TrainingScreen,
);
const OutcomesScreen = later(
  () => import('../features/outcomes/outcomes-screen.tsx'),
  (m) => m.OutcomesScreen,
);
const DemoScreen = later(
  () => import('../features/training/demo-screen.tsx'),
  (m) => m.DemoScreen,
);
const QuizScreen = later(
  () => import('../features/training/quiz-screen.tsx'),
  (m) => m.QuizScreen,
);

/** Fetches a screen and the later words ahead of need, so it opens at once. */
const prefetch = (load: () => Promise<unknown>) => () =>
  void withWords(load).catch(() => undefined);
const prefetchQuestion = () => {
  prefetch(loadQuestion)();
  prefetch(loadTell)();
};
const prefetchResults = prefetch(loadResults);

function RouteError() {
  const { t } = useT();
  return <NotFound message={t('errorBody')} />;
}

/** The app's screens inside the layout; a screen's own errors stay inside the layout. */
export function AppRoutes() {
  const { pathname } = useLocation();
  const answering = pathname.startsWith(paths.question(''));
  useEffect(() => whenIdle(answering ? prefetchResults : prefetchQuestion), [answering]);
  return (
    <Layout>
      <ErrorBoundary fallback={<RouteError />} resetKey={pathname}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path={paths.home} element={<StartScreen />} />
            <Route path={paths.tell} element={<TellScreen />} />
            <Route path={routePatterns.question} element={<QuestionScreen />} />
            <Route path={routePatterns.results} element={<ResultsScreen />} />
            <Route path={routePatterns.openCode} element={<OpenCodeScreen />} />
            <Route path={paths.catalogue} element={<CatalogueScreen />} />
            <Route path={paths.training} element={<TrainingScreen />} />
            <Route path={paths.outcomes} element={<OutcomesScreen />} />
            <Route path={routePatterns.demo} element={<DemoScreen />} />
            <Route path={routePatterns.quiz} element={<QuizScreen />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
