import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { tinyCatalogue } from '../../../tests/fixtures/tiny-catalogue.ts';
import { renderApp } from '../../../tests/render-app.tsx';
import { extendCodeBook } from '../../catalogue/code-book.ts';
import { useAppStore } from '../../store/store.ts';

const clipboard = () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
};

describe('case summary and share link', () => {
  it('sums up the case and copies it for a ticket in both languages', async () => {
    const { user } = await renderApp('/d/f/results?id=c1&a=q1.no_q2.yes&x=fix-a');
    useAppStore.getState().saveCase({ id: 'c1', family: 'f', terminalNo: '12345678' });
    const card = await screen.findByRole('region', { name: 'Case summary' });
    expect(card).toHaveTextContent('1. q1 — no');
    expect(card).toHaveTextContent('2. q2 — yes');
    expect(card).toHaveTextContent('Terminal no.: 12345678');
    expect(card).toHaveTextContent('Tried, still failing: fix a');
    const writeText = clipboard();
    await user.click(
      within(card).getByRole('button', { name: 'Copy for ticket (Chinese and English)' }),
    );
    const text = writeText.mock.calls[0]?.[0] as string;
    expect(text).toContain('POS 故障诊断 · 排查记录');
    expect(text).toContain('终端号：12345678');
    expect(text).toContain('POS fault wizard · case summary');
  });

  it('shares answers without identifiers unless asked, never with the case id', async () => {
    const { user } = await renderApp('/d/f/results?id=c1&a=q1.no');
    useAppStore
      .getState()
      .saveCase({ id: 'c1', family: 'f', terminalNo: '12345678', merchantNo: '898310058120123' });
    const share = await screen.findByRole('region', { name: 'Share this case' });
    const link = within(share).getByRole('textbox', { name: 'Share link' });
    expect(link).toHaveValue(`${window.location.origin}/d/f/results?a=q1.no`);
    await user.click(within(share).getByRole('checkbox'));
    expect((link as HTMLInputElement).value).toContain('m=898310058120123');
    expect((link as HTMLInputElement).value).toContain('t=12345678');
  });

  it('keeps identifiers from a share link on the device and out of the address bar', async () => {
    const { location } = await renderApp('/d/f/results?a=q1.no&t=12345678&m=bad');
    await screen.findByRole('region', { name: 'Case summary' });
    await vi.waitFor(() => expect(location().search).toMatch(/id=/));
    await vi.waitFor(() => expect(location().search).not.toContain('t=12345678'));
    const saved = Object.values(useAppStore.getState().cases)[0];
    expect(saved?.terminalNo).toBe('12345678');
    expect(screen.getByRole('status')).toHaveTextContent('m=bad');
  });

  it('puts the plan, the next step, the slip numbers, the case code and link on the ticket', async () => {
    const cat = tinyCatalogue();
    const catalogue = { ...cat, codeBook: extendCodeBook(cat, undefined) };
    const { user } = await renderApp('/d/f/results?id=c1&a=q1.yes', { catalogue });
    const card = await screen.findByRole('region', { name: 'Case summary' });
    const code = within(card).getByTestId('case-code').textContent?.replace(/\s/g, '') ?? '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4,}/);
    const writeText = clipboard();
    await user.click(
      within(card).getByRole('button', { name: 'Copy for ticket (Chinese and English)' }),
    );
    const text = writeText.mock.calls[0]?.[0] as string;
    const en = text.slice(text.indexOf('POS fault wizard'));
    expect(en).toContain('Next step: fix a');
    expect(en).toMatch(/What to do \(cheapest first\):\n1\. fix a\n2\. /);
    expect(en).toContain('Amount: (see the slip)');
    expect(en).toContain('Trace / reference no.: (see the slip)');
    expect(en.replace(/\s/g, '')).toContain(`Casecode:${code}`);
    expect(en).toContain(`Case link: ${window.location.origin}/d/f/results?a=q1.yes`);
    expect(text).toContain('下一步：中文fix a');
    // No line ends in a space: a ticket system keeps them.
    expect(text.split('\n').filter((l) => l !== l.trimEnd())).toEqual([]);
  });
});
