import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../../tests/fixtures/tiny-catalogue.ts';
import { renderApp } from '../../../tests/render-app.tsx';
import { moreMessages } from '../../i18n/messages-more.ts';

const en = moreMessages.en;
const toggle = (name: RegExp) => screen.getByRole('button', { name });

describe('CatalogueScreen', () => {
  it('opens with every family and part collapsed, and expands one on request', async () => {
    const { user } = await renderApp('/catalogue');
    const family = await screen.findByRole('region', { name: 'F' });
    const button = within(family).getByRole('button', { name: /^F/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(family).queryByRole('heading', { name: 'b', level: 4 })).toBeNull();
    for (const part of [/^Questions/, /^Fixes/, /^Response codes/])
      expect(toggle(part)).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const causeB = within(family).getByRole('heading', { name: 'b', level: 4 }).closest('li')!;
    expect(causeB).toHaveTextContent('"q2": yes — almost always');
    expect(causeB).toHaveTextContent('Response code 97 · 97 — usually');
    expect(causeB).toHaveTextContent('fix b — usually');
    expect(causeB).toHaveTextContent('fix a — rarely');
    await user.click(button);
    expect(within(family).queryByRole('heading', { name: 'b', level: 4 })).toBeNull();
  });

  it('jumps to a part, opening it and moving the focus there', async () => {
    const { user } = await renderApp('/catalogue');
    const nav = await screen.findByRole('navigation', { name: en.catalogueJump });
    await user.click(within(nav).getByRole('link', { name: en.fixesHeading }));
    const button = toggle(/^Fixes/);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Fixes' })).toHaveTextContent('do b');
  });

  it('filters by kind of entry', async () => {
    const cat = tinyCatalogue();
    const { user } = await renderApp('/catalogue');
    const filter = await screen.findByRole('group', { name: en.catalogueKind });
    expect(within(filter).getByRole('radio', { name: en.catalogueKindAll })).toBeChecked();
    await user.click(within(filter).getByRole('radio', { name: en.fixesHeading }));
    expect(screen.getByText(`${cat.fixes.length} found`)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Fixes' })).toBeInTheDocument();
    for (const gone of ['F', 'Questions', 'Response codes'])
      expect(screen.queryByRole('region', { name: gone })).toBeNull();
    await user.click(within(filter).getByRole('radio', { name: en.causesHeading }));
    expect(screen.getByRole('region', { name: 'F' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Fixes' })).toBeNull();
  });

  it('searches every part of the catalogue in both languages, opening what matches', async () => {
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

  it('says so when a search finds nothing, and offers to clear the search and filter', async () => {
    const { user } = await renderApp('/catalogue');
    const search = await screen.findByRole('searchbox', { name: 'Search the catalogue' });
    await user.click(screen.getByRole('radio', { name: en.codesHeading }));
    await user.type(search, 'fix b');
    expect(screen.getByText(en.catalogueNoneKind.replace('{q}', 'fix b'))).toBeInTheDocument();
    await user.clear(search);
    await user.click(screen.getByRole('radio', { name: en.catalogueKindAll }));
    await user.type(search, 'zzz');
    expect(screen.getByText(en.catalogueNone.replace('{q}', 'zzz'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.catalogueClear }));
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(screen.getByRole('radio', { name: en.catalogueKindAll })).toBeChecked();
    expect(screen.queryByRole('button', { name: en.catalogueClear })).toBeNull();
  });

  it('shows the sources of a cause and a code when they have any', async () => {
    const cat = tinyCatalogue();
    cat.causes[1] = {
      ...cat.causes[1]!,
      sources: [{ title: 'Scheme rules', url: 'https://example.org/r' }],
    };
    cat.responseCodes[0] = {
      ...cat.responseCodes[0]!,
      sources: [{ title: 'Code table in public code' }],
    };
    const { user } = await renderApp('/catalogue', { catalogue: cat });
    await user.click(await screen.findByRole('button', { name: en.catalogueExpandAll }));
    const causeB = screen.getByRole('heading', { name: 'b', level: 4 }).closest('li')!;
    expect(within(causeB).getByRole('link', { name: 'Scheme rules' })).toHaveAttribute(
      'href',
      'https://example.org/r',
    );
    const codes = screen.getByRole('region', { name: 'Response codes' });
    expect(codes).toHaveTextContent('Code table in public code');
    // Cause a has none: no empty "Sources" heading.
    const causeA = screen.getByRole('heading', { name: 'a', level: 4 }).closest('li')!;
    expect(causeA).not.toHaveTextContent(en.catalogueSources);
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
