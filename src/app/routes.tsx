import type { RouteObject } from 'react-router-dom';
import { Outlet, useRouteError } from 'react-router-dom';
import { paths, routePatterns } from '../config/paths.ts';
import { ResultsScreen } from '../features/results/results-screen.tsx';
import { StartScreen } from '../features/start/start-screen.tsx';
import { QuestionScreen } from '../features/wizard/question-screen.tsx';
import { useT } from '../i18n/use-t.ts';
import { Layout } from '../ui/layout.tsx';
import { NotFound } from '../ui/not-found.tsx';

function RouteError() {
  const { t } = useT();
  console.error(useRouteError());
  return (
    <Layout>
      <NotFound message={t('errorBody')} />
    </Layout>
  );
}

/** Trainers' screens: not needed for the first question, so each is loaded on demand. */
const lazyRoutes: RouteObject[] = [
  {
    path: paths.training,
    lazy: async () => ({
      Component: (await import('../features/training/training-screen.tsx')).TrainingScreen,
    }),
  },
  {
    path: routePatterns.demo,
    lazy: async () => ({
      Component: (await import('../features/training/demo-screen.tsx')).DemoScreen,
    }),
  },
  {
    path: routePatterns.quiz,
    lazy: async () => ({
      Component: (await import('../features/training/quiz-screen.tsx')).QuizScreen,
    }),
  },
];

/** The app's routes; a screen's own errors land in RouteError, inside the layout. */
export const routes: RouteObject[] = [
  {
    element: (
      <Layout>
        <Outlet />
      </Layout>
    ),
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <StartScreen /> },
      { path: routePatterns.question, element: <QuestionScreen /> },
      { path: routePatterns.results, element: <ResultsScreen /> },
      ...lazyRoutes,
      {
        // Trainers' screen: not needed for the first question, so loaded on demand.
        path: paths.catalogue,
        lazy: async () => ({
          Component: (await import('../features/catalogue-browser/catalogue-screen.tsx'))
            .CatalogueScreen,
        }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
