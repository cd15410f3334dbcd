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

  it('takes the response code typed as itself, with a real line to read aloud', async () => {
    const { user, location } = await renderApp('/d/f?id=c1&a=q1.yes&x=fix-a');
    await user.click(screen.getByRole('button', { name: 'Agent mode' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Which response code');
    expect(screen.getByText(/is there a two-character code, like 97 or A0/)).toBeInTheDocument();
    // Codes carry no number-key shortcut: "9" could not reach a 14th answer.
    expect(screen.getByRole('button', { name: /^97/ })).not.toHaveAttribute('aria-keyshortcuts');
    await user.keyboard('0');
    expect(screen.getByText('Code typed: 0')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByText('Code typed: –')).toBeInTheDocument();
    await user.keyboard('9');
    await user.keyboard('{Backspace}');
    expect(answersOf(location().search)).toBe('q1.yes');
    // A character no code goes on with is not taken.
    await user.keyboard('95');
    expect(screen.getByText('Code typed: 9')).toBeInTheDocument();
    await user.keyboard('7');
    expect(answersOf(location().search)).toBe('q1.yes_screen-code.97');
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
