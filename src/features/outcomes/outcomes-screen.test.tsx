import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render-app.tsx';
import { LEARN_KEY, readLearnSetting } from '../../store/learn-setting.ts';
import type { Outcome } from '../../store/outcomes-slice.ts';
import { useAppStore } from '../../store/store.ts';

const outcome = (id: string, extra: Partial<Outcome> = {}): Outcome => ({
  id,
  family: 'f',
  cause: 'a',
  fix: 'fix-a',
  questions: 4,
  minutes: 2,
  date: '2026-11-21',
  ...extra,
});
/** A blob's bytes (jsdom's Blob has no `arrayBuffer()`). */
const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
const textOf = async (blob: Blob) => new TextDecoder().decode(await bytesOf(blob));
const seed = (...list: Outcome[]) => act(() => useAppStore.setState({ outcomes: list }));
/** The table whose caption is `caption`, as rows of cell texts (header row first). */
const tableRows = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

afterEach(() => vi.restoreAllMocks());

describe('What fixed it', () => {
  it('says what will appear, and how, while the log is empty; import is offered', async () => {
    await renderApp('/outcomes');
    expect(screen.getByRole('heading', { level: 1, name: 'What fixed it' })).toBeInTheDocument();
    expect(screen.getByText(/^Nothing logged yet\. Each time a case ends/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
    expect(screen.getByLabelText('Import a file (CSV or JSON, up to 5 MB)')).toBeInTheDocument();
  });

  it('shows the counts and medians as tables, names from the catalogue', async () => {
    await renderApp('/outcomes');
    seed(
      outcome('k1', { questions: 2, minutes: 1 }),
      outcome('k2', { questions: 5, minutes: 4.5, date: '2026-11-23' }),
      outcome('k3', { cause: 'b', fix: 'fix-b', questions: 9, minutes: 10 }),
      outcome('k4', { cause: null, fix: null, questions: 12, minutes: 20, date: '2026-11-20' }),
    );
    expect(
      screen.getByText('Typically 7 questions and 7.3 minutes (medians).'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^How 4 cases ended, 2026-11-20 to 2026-11-23/)).toBeInTheDocument();
    expect(tableRows('Cases per kind of fault, with the median questions and minutes')).toEqual([
      ['Kind of fault', 'Cases', 'Questions (median)', 'Minutes (median)'],
      ['F', '4', '7', '7.3'],
    ]);
    expect(tableRows('How often each cause was the one')).toEqual([
      ['Cause', 'Cases'],
      ['a', '2'],
      ['b', '1'],
      ['None of these fits (cause not confirmed)', '1'],
    ]);
    expect(tableRows('How often each fix solved the case')).toEqual([
      ['Fix', 'Cases'],
      ['fix a', '2'],
      ['fix b', '1'],
    ]);
    // Row headers name each row for a screen reader; the bars are hidden from it.
    const causes = screen.getByRole('table', { name: 'How often each cause was the one' });
    expect(within(causes).getAllByRole('rowheader')).toHaveLength(3);
    expect(causes.querySelectorAll('[aria-hidden="true"]')).toHaveLength(3);
  });

  it('shows in Chinese, unknown ids as themselves', async () => {
    await renderApp('/outcomes', { lang: 'zh' });
    seed(outcome('k1', { family: 'newer-family', cause: 'other' }));
    expect(screen.getByRole('heading', { level: 1, name: '什么办法管用' })).toBeInTheDocument();
    expect(tableRows('每类故障的排查次数，以及问题数和用时的中位数')[1]).toEqual([
      'newer-family',
      '1',
      '4',
      '2',
    ]);
    expect(tableRows('每个原因被确认的次数')[1]?.[0]).toBe('其他或未列出的原因');
  });

  it('exports the log as CSV with a BOM, and as JSON', async () => {
    const { user } = await renderApp('/outcomes');
    seed(outcome('k1'));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(click).toHaveBeenCalledTimes(2);
    const bytes = await bytesOf(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await textOf(blobs[0]!)).toContain('2026-11-21,k1,f,F,a,a,fix-a,fix a,4,2,');
    expect(JSON.parse(await textOf(blobs[1]!))).toMatchObject({ outcomes: [outcome('k1')] });
  });

  it('imports a file, announces what it did and names the rows it skipped', async () => {
    const { user } = await renderApp('/outcomes');
    seed(outcome('k1'));
    const text = [
      'id,date,family,cause,fix,questions,minutes',
      'k1,2026-11-21,f,a,fix-a,4,2',
      'k2,2026-11-22,f,b,fix-b,3,1.5',
      'k3,yesterday,f,b,fix-b,3,1.5',
    ].join('\n');
    await user.upload(
      screen.getByLabelText(/^Import a file/),
      new File([text], 'shop.csv', { type: 'text/csv' }),
    );
    expect(
      await screen.findByText('Import done: 1 added, 1 already on this device, 1 skipped.'),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByText('Row 4: date must be a date such as 2026-11-21')).toBeInTheDocument();
    expect(useAppStore.getState().outcomes.map((o) => o.id)).toEqual(['k1', 'k2']);
    expect(tableRows('How often each cause was the one').slice(1)).toEqual([
      ['a', '1'],
      ['b', '1'],
    ]);
  });

  it('refuses a file with the wrong columns, says why, and changes nothing', async () => {
    const { user } = await renderApp('/outcomes');
    seed(outcome('k1'));
    await user.upload(
      screen.getByLabelText(/^Import a file/),
      new File(['name,phone\nx,1\n'], 'contacts.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Wrong columns: missing id, date, family, cause, fix, questions, minutes\..*Nothing on this device was changed\.$/,
    );
    expect(useAppStore.getState().outcomes).toEqual([outcome('k1')]);
  });

  it('turns learning on and off, counts what it learns from, and resets it', async () => {
    const { user } = await renderApp('/outcomes');
    seed(outcome('k1'), outcome('k2', { cause: 'b' }), outcome('k3', { cause: null }));
    const panel = screen.getByRole('region', { name: "Weigh causes by this device's history" });
    const toggle = within(panel).getByRole('checkbox', {
      name: 'Use the causes confirmed on this device when ranking',
    });
    expect(toggle).not.toBeChecked();
    expect(panel).toHaveTextContent('Confirmed outcomes it can learn from: 2.');
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(readLearnSetting(localStorage.getItem(LEARN_KEY)).on).toBe(true);
    expect(panel).toHaveTextContent('On: the ranking weighs this device’s history.');
    await user.click(within(panel).getByRole('button', { name: 'Start learning again' }));
    expect(panel).toHaveTextContent('Confirmed outcomes it can learn from: 0.');
    expect(panel).toHaveTextContent('Started again: earlier outcomes stay in the tables above');
    expect(within(panel).getByRole('button', { name: 'Start learning again' })).toBeDisabled();
    // The log itself is untouched, and the setting stays on.
    expect(useAppStore.getState().outcomes).toHaveLength(3);
    expect(toggle).toBeChecked();
    // A case confirmed after the reset counts again.
    seed(
      outcome('k1'),
      outcome('k2', { cause: 'b' }),
      outcome('k3', { cause: null }),
      outcome('k9'),
    );
    expect(panel).toHaveTextContent('Confirmed outcomes it can learn from: 1.');
  });

  it('focuses the setting when the results link there', async () => {
    await renderApp('/outcomes#learn-heading');
    expect(
      screen.getByRole('heading', { level: 2, name: "Weigh causes by this device's history" }),
    ).toHaveFocus();
  });
});
