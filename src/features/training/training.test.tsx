import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render-app.tsx';

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
    expect(screen.getByText(/expected to remove 0\.21 bits/)).toBeInTheDocument();
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
    expect(result).toHaveTextContent(/The wizard: b \(\d+%\) — right/);
    expect(result).toHaveTextContent('True cause: b');
    expect(result).toHaveTextContent('Score this session: 0 / 1');
  });

  it('explains an unknown scenario', async () => {
    await renderApp('/training/nope/quiz');
    expect(await screen.findByText('There is no such training scenario.')).toBeInTheDocument();
  });
});
