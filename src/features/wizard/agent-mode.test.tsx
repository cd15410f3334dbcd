import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/render-app.tsx';
import { useAppStore } from '../../store/store.ts';

const answersOf = (search: string) => new URLSearchParams(search).get('a');

describe('agent mode', () => {
  it('shows the read-aloud phrasing and the shortcut of each answer, and is remembered', async () => {
    const { user } = await renderApp('/d/f?id=c1');
    expect(screen.queryByText('q1 aloud')).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Agent mode' });
    expect(toggle).not.toHaveTextContent('✓');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Seen as well as heard: a tick and the filled style (issue 17, item 7).
    expect(toggle).toHaveTextContent('✓');
    expect(toggle.className).toContain('bg-teal-700');
    expect(screen.getByText('q1 aloud')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'yes' })).toHaveAttribute('aria-keyshortcuts', '1');
    expect(screen.getByRole('button', { name: "Don't know" })).toHaveAttribute(
      'aria-keyshortcuts',
      '0',
    );
    expect(useAppStore.getState().agentMode).toBe(true);
  });

  it('answers, goes back and opens results from the keyboard', async () => {
    const { user, location } = await renderApp('/d/f?id=c1');
    await user.click(screen.getByRole('button', { name: 'Agent mode' }));
    await user.keyboard('2');
    expect(answersOf(location().search)).toBe('q1.no');
    await user.keyboard('0');
    expect(answersOf(location().search)).toBe('q1.no_q2.dont-know');
    await user.keyboard('{Backspace}');
    expect(answersOf(location().search)).toBe('q1.no');
    await user.keyboard('r');
    expect(location().pathname).toBe('/d/f/results');
  });

  it('lets a key go while the answered question is still drawn, instead of re-answering it', async () => {
    const { user, location } = await renderApp('/d/f?id=c1');
    await user.click(screen.getByRole('button', { name: 'Agent mode' }));
    const press = (key: string) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    // Both keys land before the next question is drawn, as on a busy phone.
    act(() => {
      press('2');
      press('1');
    });
    expect(answersOf(location().search)).toBe('q1.no');
    await user.keyboard('1');
    expect(answersOf(location().search)).toBe('q1.no_q2.yes');
  });

  it('takes keys again on a screen reached with the browser back button', async () => {
    const { user, location, history } = await renderApp('/d/f?id=c1');
    await user.click(screen.getByRole('button', { name: 'Agent mode' }));
    await user.keyboard('2');
    expect(answersOf(location().search)).toBe('q1.no');
    await history(-1);
    expect(answersOf(location().search)).toBeNull();
    await user.keyboard('1');
    expect(answersOf(location().search)).toBe('q1.yes');
  });

  it('leaves keys alone while a list has focus, and when agent mode is off', async () => {
    const { user, location } = await renderApp('/d/f?id=c1&a=q1.no');
    await user.keyboard('1');
    expect(answersOf(location().search)).toBe('q1.no');
    await user.click(screen.getByRole('button', { name: 'Agent mode' }));
    screen.getByRole('combobox', { name: 'q1' }).focus();
    await user.keyboard('r');
    expect(location().pathname).toBe('/d/f');
  });
});
