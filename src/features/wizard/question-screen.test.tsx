import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../../tests/fixtures/tiny-catalogue.ts';
import { renderApp } from '../../../tests/render-app.tsx';

const answersOf = (search: string) => new URLSearchParams(search).get('a');

describe('QuestionScreen', () => {
  it('asks the most useful question as the main heading, with answers as a labelled group', async () => {
    await renderApp('/d/f?id=c1');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('q1');
    // Focus moves in an effect, which runs after the screen has been painted.
    await waitFor(() => expect(heading).toHaveFocus());
    const group = screen.getByRole('group', { name: 'q1' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['yes', 'no', "Don't know"]);
    expect(screen.getByText('q1 hint')).toBeInTheDocument();
    expect(screen.getByText('Question 1 · Network')).toBeInTheDocument();
  });

  it('moves on after an answer, shows the picture so far, and goes back', async () => {
    const { user, location } = await renderApp('/d/f?id=c1');
    await user.click(screen.getByRole('button', { name: 'no' }));
    expect(answersOf(location().search)).toBe('q1.no');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('q2');
    const leading = screen.getByRole('region', { name: 'Most likely so far' });
    expect(within(leading).getAllByRole('listitem')[0]).toHaveTextContent('b');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(answersOf(location().search)).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('q1');
  });

  it('re-ranks at once when an earlier answer is changed', async () => {
    const { user, location } = await renderApp('/d/f?id=c1&a=q1.no');
    const leading = () =>
      within(screen.getByRole('region', { name: 'Most likely so far' })).getAllByRole(
        'listitem',
      )[0];
    expect(leading()).toHaveTextContent('b');
    await user.selectOptions(screen.getByRole('combobox', { name: 'q1' }), 'yes');
    expect(answersOf(location().search)).toBe('q1.yes');
    expect(leading()).toHaveTextContent('a');
  });

  it('offers the first fix inside the flow; "still failing" is evidence and the case goes on', async () => {
    const { user, location } = await renderApp('/d/f?id=c1&a=q1.yes');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('fix a');
    expect(heading).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Tried it, still failing' }));
    expect(new URLSearchParams(location().search).get('x')).toBe('fix-a');
    // fix-b waits on the acquirer for b, now the less likely cause: the questions go on,
    // and focus is on the next question, not lost with the button that was pressed.
    const next = screen.getByRole('heading', { level: 1 });
    expect(next).toHaveTextContent('Which response code');
    await waitFor(() => expect(next).toHaveFocus());
  });

  it('"not now" puts the offered fix aside and asks on', async () => {
    const { user, location } = await renderApp('/d/f?id=c1&a=q1.yes');
    await user.click(screen.getByRole('button', { name: 'Not now, keep asking' }));
    expect(new URLSearchParams(location().search).get('d')).toBe('fix-a');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Which response code');
  });

  it('records a fix that worked in the flow and shows the results', async () => {
    const { user, location } = await renderApp('/d/f?id=c1&a=q1.yes');
    await user.click(screen.getByRole('button', { name: 'That fixed it' }));
    expect(location().pathname).toBe('/d/f/results');
    expect(new URLSearchParams(location().search).get('ok')).toBe('fix-a');
  });

  it('offers results or more questions when the engine would stop', async () => {
    const { user, location } = await renderApp('/d/f?id=c1&a=q1.yes&d=fix-a_fix-b');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'The picture is fairly clear now.',
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    // It names the cause it is sure of, and offers one way to the results.
    expect(screen.getByText('Most likely: a (89%)')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /results/i })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Keep asking' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Which response code');
    await user.click(screen.getByRole('button', { name: 'Show results now' }));
    expect(location().pathname).toBe('/d/f/results');
  });

  it('asks to check an answer again when it goes against the rest, and keeps both readings', async () => {
    const cat = tinyCatalogue();
    // People slip now and then; code 97 points to b, "yes" to q1 points to a.
    const catalogue = { ...cat, vocabulary: { ...cat.vocabulary, slip: 0.1, minGainBits: 0.01 } };
    // Both fixes tried: nothing to offer in the flow, so the questions go on.
    const { user, location } = await renderApp('/d/f?id=c1&a=screen-code.97_q1.yes&x=fix-a_fix-b', {
      catalogue,
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check again: q1');
    const group = screen.getByRole('group', { name: 'Check again: q1' });
    expect(group).toHaveAccessibleDescription(/You answered “yes” a moment ago/);
    await user.click(within(group).getByRole('button', { name: 'no' }));
    expect(answersOf(location().search)).toBe('screen-code.97_q1.yes_q1--again.no');
    expect(new URLSearchParams(location().search).get('x')).toBe('fix-a_fix-b');
    expect(screen.getByRole('combobox', { name: 'q1' })).toHaveValue('yes');
    expect(screen.getByRole('combobox', { name: 'Check again: q1' })).toHaveValue('no');
  });

  it('keeps the valid answers of a tampered link and says what it ignored', async () => {
    await renderApp('/d/f?id=c1&a=q1.no_zz.yes_q2.<script>');
    expect(screen.getByRole('status')).toHaveTextContent('ignored: zz.yes, q2.<script>');
    expect(screen.getByRole('combobox', { name: 'q1' })).toHaveValue('no');
    expect(document.querySelector('script[src*="zz"]')).toBeNull();
  });

  it('explains an unknown family instead of a blank page', async () => {
    await renderApp('/d/nope?a=q1.yes');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(
      screen.getByText('There is no fault type "nope"; the link may be wrong.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to start' })).toBeInTheDocument();
  });
});
