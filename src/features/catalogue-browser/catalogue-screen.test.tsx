import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render-app.tsx';

describe('CatalogueScreen', () => {
  it('lists each cause with the answers that point to it and the fixes that solve it', async () => {
    await renderApp('/catalogue');
    const family = await screen.findByRole('region', { name: 'F' });
    const causeB = within(family).getByRole('heading', { name: 'b', level: 4 }).closest('li')!;
    expect(causeB).toHaveTextContent('"q2": yes — almost always');
    expect(causeB).toHaveTextContent('Response code 97 · 97 — usually');
    expect(causeB).toHaveTextContent('fix b — usually');
    expect(causeB).toHaveTextContent('fix a — rarely');
  });

  it('searches every part of the catalogue in both languages', async () => {
    const { user } = await renderApp('/catalogue');
    const search = await screen.findByRole('searchbox', { name: 'Search the catalogue' });
    await user.type(search, '中文fix b');
    expect(screen.getByText('1 found')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Fixes' })).toHaveTextContent('fix b');
    expect(screen.queryByRole('region', { name: 'F' })).not.toBeInTheDocument();
    await user.clear(search);
    await user.type(search, '03');
    expect(screen.getByRole('region', { name: 'Response codes' })).toHaveTextContent('03');
  });

  it('is reached from the start screen', async () => {
    const { user, location } = await renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Browse the catalogue' }));
    expect(location().pathname).toBe('/catalogue');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fault catalogue' }),
    ).toBeInTheDocument();
  });
});
