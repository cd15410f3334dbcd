import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router-dom';
import { AppRoutes } from '../src/app/routes.tsx';
import { setLearnStorageForTests } from '../src/store/learn-setting.ts';
import { useAppStore } from '../src/store/store.ts';
import { CatalogueProvider } from '../src/ui/catalogue-context.tsx';
import { tinyCatalogue } from './fixtures/tiny-catalogue.ts';

/**
 * Renders the real routes at `url` over a fixture catalogue, in English unless told,
 * and waits for the screen's lazily loaded code.
 */
export async function renderApp(
  url: string,
  { catalogue = tinyCatalogue(), lang = 'en' as 'en' | 'zh' } = {},
) {
  localStorage.clear();
  setLearnStorageForTests(() => localStorage);
  useAppStore.setState({
    cases: {},
    outcomes: [],
    lang,
    notice: null,
    agentMode: false,
    quiz: { right: 0, answered: [] },
  });
  let current: Location | undefined;
  let navigate: NavigateFunction | undefined;
  function Probe() {
    current = useLocation();
    navigate = useNavigate();
    return null;
  }
  const user = userEvent.setup();
  const utils = render(
    <CatalogueProvider catalogue={catalogue}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <Probe />
      </MemoryRouter>
    </CatalogueProvider>,
  );
  const location = (): Location => {
    if (!current) throw new Error('the router has not rendered');
    return current;
  };
  /** The browser's back (-1) and forward (1) buttons. */
  const history = (delta: number) => act(() => navigate?.(delta));
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
  return { ...utils, user, location, history };
}
