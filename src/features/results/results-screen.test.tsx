import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { riskyCatalogue } from '../../../tests/fixtures/tiny-catalogue.ts';
import { renderApp } from '../../../tests/render-app.tsx';
import { setLearnOn } from '../../store/learn-setting.ts';
import { useAppStore } from '../../store/store.ts';

describe('ResultsScreen', () => {
  it('ranks causes as an ordered list whose items start with the title', async () => {
    await renderApp('/d/f/results?id=c1&a=q1.yes');
    const list = await screen.findByRole('region', { name: 'Likely causes' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    expect(items[0]?.querySelector('h2')?.textContent).toBe('a');
    expect(items[0]).toHaveTextContent('89%');
    expect(within(items[0]!).getByText(/"q1": yes \(strong\)/)).toBeInTheDocument();
  });

  it('plans fixes cheapest-first and re-plans after "tried, still failing"', async () => {
    const { user, location } = await renderApp('/d/f/results?id=c1');
    await screen.findByRole('region', { name: 'What to do (cheapest first)' });
    const plan = () => screen.getByRole('region', { name: 'What to do (cheapest first)' });
    expect(
      within(plan())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['fix a', 'fix b']);
    await user.click(
      within(plan()).getAllByRole('button', { name: 'Tried it, still failing' })[0]!,
    );
    expect(new URLSearchParams(location().search).get('x')).toBe('fix-a');
    // Focus stays on the plan, where the next step now comes first.
    expect(
      within(plan()).getByRole('heading', { name: 'What to do (cheapest first)' }),
    ).toHaveFocus();
    expect(
      within(plan())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['fix b']);
  });

  it('records which fix worked, and can undo it', async () => {
    const { user, location } = await renderApp('/d/f/results?id=c1');
    await user.click((await screen.findAllByRole('button', { name: 'Fixed it' }))[0]!);
    expect(new URLSearchParams(location().search).get('ok')).toBe('fix-a');
    // The outcome is logged on the device for "What fixed it".
    expect(useAppStore.getState().outcomes).toEqual([
      expect.objectContaining({ id: 'c1', family: 'f', cause: 'a', fix: 'fix-a' }),
    ]);
    // The button pressed is gone: focus is on what was recorded.
    expect(screen.getByText('Great! Recorded that "fix a" fixed it.')).toHaveFocus();
    // Solved: no hotline card.
    expect(screen.queryByRole('region', { name: 'Call the acquirer' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(new URLSearchParams(location().search).get('ok')).toBeNull();
    expect(screen.getByRole('heading', { name: 'What to do (cheapest first)' })).toHaveFocus();
  });

  it('ranks what the working fix fixed first once it is solved', async () => {
    // Nothing asked: a leads on its prior; "fix b" worked, which only b is listed for.
    await renderApp('/d/f/results?id=c1&ok=fix-b');
    const list = await screen.findByRole('region', { name: 'Likely causes' });
    expect(within(list).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('b');
  });

  it('builds the escalation packet from the case and this device, and copies it', async () => {
    const { user } = await renderApp('/d/f/results?id=c1&a=screen-code.97&x=fix-a');
    useAppStore.getState().saveCase({ id: 'c1', family: 'f', terminalNo: '12345678' });
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const card = await screen.findByRole('region', { name: 'Call the acquirer' });
    expect(card).toHaveTextContent('on the label on the back of the terminal');
    expect(within(card).getByText('12345678')).toBeInTheDocument();
    expect(within(card).getByText('97')).toBeInTheDocument();
    expect(within(card).getByText('fix a')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Terminal no.: 12345678'));
    expect(within(card).getByText('Copied')).toBeInTheDocument();
  });

  it('says whether the shop can keep selling, and to check the last charge first', async () => {
    const { user } = await renderApp('/d/f/results?id=c1', { catalogue: riskyCatalogue() });
    const keep = await screen.findByRole('region', { name: 'Can I keep selling?' });
    expect(keep).toHaveTextContent('step 1 below checks whether the last attempt charged them');
    const plan = () => screen.getByRole('region', { name: 'What to do (cheapest first)' });
    const steps = () =>
      within(plan())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    // After the check, fix b (a 30-minute try at 19 %) costs more than calling at once.
    expect(steps()).toEqual(['check charge', 'Call the acquirer', 'fix b']);
    await user.click(
      within(plan()).getAllByRole('button', { name: 'Tried it, still failing' })[0]!,
    );
    expect(screen.getByRole('region', { name: 'Can I keep selling?' })).not.toHaveTextContent(
      'step 1 below',
    );
    expect(steps()).toContain('fix a');
  });

  it('"none of these fits" gives the hotline everything that was checked', async () => {
    const { user } = await renderApp('/d/f/results?id=c1&a=q1.no_q2.dont-know&x=fix-a');
    const card = await screen.findByRole('region', { name: 'Call the acquirer' });
    expect(card).not.toHaveTextContent('Already checked');
    await user.click(screen.getByRole('button', { name: 'None of these fits' }));
    expect(useAppStore.getState().outcomes).toEqual([
      expect.objectContaining({ id: 'c1', cause: null, fix: null, questions: 2 }),
    ]);
    expect(within(card).getByText('Already checked')).toBeInTheDocument();
    expect(card).toHaveTextContent('q1 no');
    expect(card).not.toHaveTextContent('dont-know');
    expect(within(card).queryByText('Likely cause')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Call the acquirer' })).toHaveFocus();
  });

  it('says when every fix for the leading cause failed, and puts the call first', async () => {
    const { user } = await renderApp('/d/f/results?id=c1&a=q1.yes&x=fix-a');
    const plan = await screen.findByRole('region', { name: 'What to do (cheapest first)' });
    expect(plan).toHaveTextContent('Every fix for “a” has been tried and it still fails.');
    const first = within(plan).getAllByRole('heading', { level: 3 })[0];
    expect(first).toHaveTextContent('Call the acquirer');
    expect(plan).toHaveTextContent('the acquirer can look the cause up');
    await user.click(within(plan).getByRole('button', { name: 'See what to tell the hotline' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Call the acquirer' })).toHaveFocus();
  });

  it('lets the numbers the hotline needs be typed right in its card', async () => {
    const { user } = await renderApp('/d/f/results?id=c1&a=q1.yes');
    const card = await screen.findByRole('region', { name: 'Call the acquirer' });
    // Nothing typed on the start screen: the packet points to the fields, which are open.
    expect(card).not.toHaveTextContent('(not given)');
    expect(within(card).getAllByText('(type it below)')).toHaveLength(3);
    const terminal = within(card).getByRole('textbox', { name: /Terminal number/ });
    await user.type(terminal, '1234567');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(
      within(card).getByText('A terminal number has 8 characters; this one has 7.'),
    ).toBeVisible();
    expect(useAppStore.getState().cases.c1?.terminalNo ?? '').toBe('');
    await user.type(terminal, '8');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(within(card).getByRole('status')).toHaveTextContent('Saved, on this device only.');
    expect(useAppStore.getState().cases.c1?.terminalNo).toBe('12345678');
    expect(within(card).getByText('12345678')).toBeInTheDocument();
    expect(within(card).getAllByText('(type it below)')).toHaveLength(2);
  });

  it("weighs this device's history only when the setting is on, and says so", async () => {
    // b is the rarer cause (0.24 against 0.72); 40 confirmed b outcomes on this device.
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `k${i}`,
      family: 'f',
      cause: 'b',
      fix: 'fix-b',
      questions: 3,
      minutes: 2,
      date: '2026-12-01',
    }));
    const topCause = async () =>
      within(await screen.findByRole('region', { name: 'Likely causes' })).getAllByRole('heading', {
        level: 2,
      })[0]?.textContent;
    const { unmount } = await renderApp('/d/f/results?id=c1');
    act(() => useAppStore.setState({ outcomes: many }));
    expect(await topCause()).toBe('a');
    expect(screen.queryByTestId('learned-note')).toBeNull();
    unmount();

    await renderApp('/d/f/results?id=c1');
    act(() => {
      setLearnOn(true);
      useAppStore.setState({ outcomes: many });
    });
    expect(await topCause()).toBe('b');
    expect(screen.getByTestId('learned-note')).toHaveTextContent(
      'This ranking weighs 40 confirmed cases of this kind on this device',
    );
    expect(screen.getByRole('link', { name: 'Change' })).toHaveAttribute(
      'href',
      '/outcomes#learn-heading',
    );
  });
});
