import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render-app.tsx';
import { moreMessages } from '../../i18n/messages-more.ts';

describe('training', () => {
  it('lists scenarios by family with demonstrate and quiz', async () => {
    const { user, location } = await renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Training' }));
    const family = await screen.findByRole('region', { name: 'F' });
    expect(within(family).getByRole('heading', { name: 'scenario b' })).toBeInTheDocument();
    await user.click(within(family).getByRole('link', { name: 'Demonstrate' }));
    await vi.waitFor(() => expect(location().pathname).toBe('/training/sc-b/demo'));
    expect(await screen.findByText('Step 1 of 2')).toBeInTheDocument();
  });

  it('demonstrates step by step with the reasoning and the ranking moving', async () => {
    const { user } = await renderApp('/training/sc-b/demo');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Step 1 of 2');
    // 0.21 bits, in plain words; no "bits" where a person reads.
    expect(screen.getByText(/should narrow the causes down noticeably/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/bits|比特/);
    expect(screen.getByText('The caller answers: no')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next step' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 2 of 2');
    await user.click(screen.getByRole('link', { name: 'Next step' }));
    expect(screen.getByRole('status')).toHaveTextContent('True cause: b. Wizard says: b');
  });

  it('scores a quiz against the truth and the engine, once per scenario', async () => {
    const { user } = await renderApp('/training/sc-b/quiz');
    await screen.findByRole('group', { name: 'What do you think the cause is?' });
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'a' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const result = screen.getByRole('status');
    expect(result).toHaveTextContent('Your answer: a — wrong');
    expect(result).toHaveTextContent(/The wizard, asking its own questions: b \(\d+%\) — right/);
    expect(result).toHaveTextContent('You asked 0 questions; the wizard asked 2.');
    expect(result).toHaveTextContent('True cause: b');
    expect(result).toHaveTextContent('Score this session: 0 / 1');
  });

  it('lets the trainee ask the caller before guessing, and counts the questions', async () => {
    const { user } = await renderApp('/training/sc-b/quiz');
    const ask = await screen.findByRole('region', { name: 'Ask the caller first' });
    const select = within(ask).getByRole('combobox', { name: 'Question to ask' });
    expect(within(ask).getByRole('button', { name: 'Ask' })).toBeDisabled();
    // q2 is asked only when q1 is "no": not listed before the caller said so.
    expect(within(select).queryByRole('option', { name: 'q2' })).toBeNull();
    await user.selectOptions(select, 'q1');
    await user.click(within(ask).getByRole('button', { name: 'Ask' }));
    expect(within(select).getByRole('option', { name: 'q2' })).toBeInTheDocument();
    await user.selectOptions(select, 'screen-code');
    await user.click(within(ask).getByRole('button', { name: 'Ask' }));
    const asked = within(ask)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(asked).toEqual([
      'q1 — Caller: no',
      `${moreMessages.en.codeQuestion} — Caller: Don't know`,
    ]);
    // An asked question is not offered again.
    expect(within(select).queryByRole('option', { name: 'q1' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'b' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('status')).toHaveTextContent('Your answer: b — right');
    expect(screen.getByRole('status')).toHaveTextContent(
      'You asked 2 questions; the wizard asked 2.',
    );
    expect(select).toBeDisabled();
  });

  it('explains an unknown scenario', async () => {
    await renderApp('/training/nope/quiz');
    expect(await screen.findByText('There is no such training scenario.')).toBeInTheDocument();
  });
});
