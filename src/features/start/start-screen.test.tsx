import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, useLocation, type Location } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render-app.tsx';
import { AppRoutes } from '../../app/routes.tsx';
import { CatalogueProvider } from '../../ui/catalogue-context.tsx';
import { tinyCatalogue } from '../../../tests/fixtures/tiny-catalogue.ts';
import { useAppStore } from '../../store/store.ts';

describe('StartScreen', () => {
  it('opens a family from its button, with a new case id', async () => {
    const { user, location } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: /^F F sum/ }));
    expect(location().pathname).toBe('/d/f');
    expect(location().search).toMatch(/^\?id=[a-z0-9]+$/);
  });

  it('opens the family of a response code with the code already answered', async () => {
    const { user, location } = await renderApp('/');
    await user.type(screen.getByRole('textbox', { name: 'What does the screen say?' }), '97');
    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect(location().pathname).toBe('/d/f');
    expect(new URLSearchParams(location().search).get('a')).toBe('screen-code.97');
  });

  it('looks up text the page sent before its script arrived, then drops it from the address', async () => {
    const { location } = await renderApp('/?q=97');
    await waitFor(() => expect(location().pathname).toBe('/d/f'));
    expect(new URLSearchParams(location().search).get('a')).toBe('screen-code.97');
  });

  it('keeps text sent early that matches nothing in the box, with the reason', async () => {
    const { location } = await renderApp('/?q=printer%20on%20fire');
    expect(
      await screen.findByText('No fault matches that. Please pick a type below.'),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'What does the screen say?' })).toHaveValue(
      'printer on fire',
    );
    expect(location().search).toBe('');
  });

  it('keeps what was typed into the prerendered box when the app hydrates it', async () => {
    let where: Location | undefined;
    function Probe() {
      where = useLocation();
      return null;
    }
    const screenAt = (
      <CatalogueProvider catalogue={tinyCatalogue()}>
        <MemoryRouter>
          <AppRoutes />
          <Probe />
        </MemoryRouter>
      </CatalogueProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(screenAt);
    document.body.append(container);
    const prerendered = container.querySelector<HTMLInputElement>('input[name="q"]')!;
    prerendered.value = '97';
    // Fields typed into before the app runs would be lost: only the search box is prerendered.
    expect(container.querySelectorAll('input')).toHaveLength(1);
    const user = userEvent.setup();
    await act(async () => render(screenAt, { container, hydrate: true }));
    const box = screen.getByRole('textbox', { name: 'What does the screen say?' });
    expect(box).toBe(prerendered);
    expect(await screen.findByRole('textbox', { name: 'Merchant number' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect(where?.pathname).toBe('/d/f');
    expect(new URLSearchParams(where?.search).get('a')).toBe('screen-code.97');
  });

  it('says so when nothing matches, and when nothing was typed', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect(screen.getByText('Type a response code or the screen text first.')).toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', { name: 'What does the screen say?' }),
      'printer on fire',
    );
    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect(
      screen.getByText('No fault matches that. Please pick a type below.'),
    ).toBeInTheDocument();
  });

  it('checks the identifiers and keeps them with the case on this device', async () => {
    const { user, location } = await renderApp('/');
    const terminal = await screen.findByRole('textbox', { name: 'Terminal number' });
    await user.type(terminal, '1234567');
    await user.click(screen.getByRole('button', { name: /^F F sum/ }));
    expect(location().pathname).toBe('/');
    expect(terminal).toHaveAccessibleDescription(expect.stringContaining('this one has 7'));
    expect(terminal).toHaveFocus();
    await user.type(terminal, '8');
    await user.type(screen.getByRole('textbox', { name: 'Merchant number' }), '898310058120123');
    await user.click(screen.getByRole('button', { name: /^F F sum/ }));
    expect(location().pathname).toBe('/d/f');
    expect(location().search).not.toContain('12345678');
    const saved = Object.values(useAppStore.getState().cases);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      family: 'f',
      terminalNo: '12345678',
      merchantNo: '898310058120123',
    });
  });

  it('switches language and lists recent cases that can be cleared', async () => {
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('收款出了什么问题？');
    await user.click(screen.getByRole('button', { name: /^中文F/ }));
    await user.click(screen.getByRole('link', { name: 'POS 故障诊断' }));
    const recent = screen.getByRole('region', { name: '最近的排查' });
    expect(within(recent).getAllByRole('listitem')).toHaveLength(1);
    window.confirm = () => true;
    await user.click(within(recent).getByRole('button', { name: '清除本机数据' }));
    expect(screen.queryByRole('region', { name: '最近的排查' })).not.toBeInTheDocument();
    expect(useAppStore.getState().cases).toEqual({});
  });
});
