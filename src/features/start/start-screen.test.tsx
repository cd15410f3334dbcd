import { act, render, screen, within } from '@testing-library/react';
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
  it('opens a family from its button, with a new case id, on the "what do you know" screen', async () => {
    const { user, location } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: /^F F sum/ }));
    expect(location().pathname).toBe('/tell');
    const params = new URLSearchParams(location().search);
    expect(params.get('f')).toBe('f');
    expect(params.get('id')).toMatch(/^[a-z0-9]+$/);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What do you already know?' }),
    ).toBeInTheDocument();
  });

  it("takes the story in the person's words to the screen that hears it", async () => {
    const { user, location } = await renderApp('/');
    const box = screen.getByRole('textbox', { name: 'What happened?' });
    await user.type(box, 'since the battery changed it shows 97');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(location().pathname).toBe('/tell');
    expect(new URLSearchParams(location().search).get('q')).toBe(
      'since the battery changed it shows 97',
    );
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
    const prerendered = container.querySelector<HTMLTextAreaElement>('textarea[name="q"]')!;
    prerendered.value = '97';
    // Fields typed into before the app runs would be lost: only the story box is prerendered.
    expect(container.querySelectorAll('input, textarea')).toHaveLength(1);
    const user = userEvent.setup();
    await act(async () => render(screenAt, { container, hydrate: true }));
    const box = screen.getByRole('textbox', { name: 'What happened?' });
    expect(box).toBe(prerendered);
    expect(await screen.findByRole('textbox', { name: 'Merchant number' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(where?.pathname).toBe('/tell');
    expect(new URLSearchParams(where?.search).get('q')).toBe('97');
  });

  it('changes nothing for an empty, space-only or emoji-only entry, and says why', async () => {
    const { user, location } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/Write a few words first/)).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'What happened?' });
    await user.type(box, '   😀😀 ');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(location().pathname).toBe('/');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(useAppStore.getState().cases).toEqual({});
  });

  it('checks the identifiers and keeps them with the case on this device', async () => {
    const { user, location } = await renderApp('/');
    // One line above the kinds of fault until opened.
    const details = screen
      .getByText(/^Merchant and terminal number/, { selector: 'summary' })
      .closest('details')!;
    expect(details.open).toBe(false);
    await user.click(screen.getByText(/^Merchant and terminal number/, { selector: 'summary' }));
    expect(details.open).toBe(true);
    const terminal = await screen.findByRole('textbox', { name: 'Terminal number' });
    await user.type(terminal, '1234567');
    // Closed again with a mistake in it: starting opens it on the field to fix.
    await user.click(screen.getByText(/^Merchant and terminal number/, { selector: 'summary' }));
    await user.click(screen.getByRole('button', { name: /^F F sum/ }));
    expect(location().pathname).toBe('/');
    expect(details.open).toBe(true);
    expect(terminal).toHaveAccessibleDescription(expect.stringContaining('this one has 7'));
    expect(terminal).toHaveFocus();
    await user.type(terminal, '8');
    await user.type(screen.getByRole('textbox', { name: 'Merchant number' }), '898310058120123');
    await user.click(screen.getByRole('button', { name: /^F F sum/ }));
    expect(location().pathname).toBe('/tell');
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
    await user.click(await screen.findByRole('button', { name: '开始提问' }));
    await user.click(screen.getByRole('link', { name: 'POS 故障诊断' }));
    const recent = screen.getByRole('region', { name: '最近的排查' });
    expect(within(recent).getAllByRole('listitem')).toHaveLength(1);
    window.confirm = () => true;
    await user.click(within(recent).getByRole('button', { name: '清除本机数据' }));
    expect(screen.queryByRole('region', { name: '最近的排查' })).not.toBeInTheDocument();
    expect(useAppStore.getState().cases).toEqual({});
  });

  it('offers "clear my data" for an outcome log alone, and clears it with the cases', async () => {
    const { user } = await renderApp('/');
    expect(screen.queryByRole('button', { name: 'Clear my data' })).toBeNull();
    const outcome = {
      id: 'k1',
      family: 'f',
      cause: null,
      fix: null,
      questions: 1,
      minutes: 1,
      date: '2026-11-21',
    };
    act(() => useAppStore.setState({ outcomes: [outcome] }));
    expect(screen.getByRole('link', { name: 'What fixed it' })).toHaveAttribute(
      'href',
      '/outcomes',
    );
    window.confirm = () => false;
    await user.click(await screen.findByRole('button', { name: 'Clear my data' }));
    expect(useAppStore.getState().outcomes).toEqual([outcome]);
    window.confirm = () => true;
    await user.click(screen.getByRole('button', { name: 'Clear my data' }));
    expect(useAppStore.getState().outcomes).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Clear my data' })).toBeNull();
  });
});
