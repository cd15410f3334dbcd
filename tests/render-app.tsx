import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { routes } from '../src/app/routes.tsx';
import { useAppStore } from '../src/store/store.ts';
import { CatalogueProvider } from '../src/ui/catalogue-context.tsx';
import { tinyCatalogue } from './fixtures/tiny-catalogue.ts';

/** Renders the real routes at `url` over a fixture catalogue, in English unless told. */
export function renderApp(
  url: string,
  { catalogue = tinyCatalogue(), lang = 'en' as 'en' | 'zh' } = {},
) {
  localStorage.clear();
  useAppStore.setState({
    cases: {},
    lang,
    notice: null,
    agentMode: false,
    quiz: { right: 0, answered: [] },
  });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const utils = render(
    <CatalogueProvider catalogue={catalogue}>
      <RouterProvider router={router} />
    </CatalogueProvider>,
  );
  const location = () => router.state.location;
  return { ...utils, router, user, location };
}
