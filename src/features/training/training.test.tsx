import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { tinyCatalogue } from '../../../tests/fixtures/tiny-catalogue.ts';
import { renderApp } from '../../../tests/render-app.tsx';
import { demonstrate } from '../../case/demonstrate.ts';
import { moreMessages } from '../../i18n/messages-more.ts';

const en = moreMessages.en;

describe('training', () => {
  it('lists scenarios by family with demonstrate and quiz', async () => {
    const cat = tinyCatalogue();
    const opening = { zh: '喂，刷卡失败了。', en: 'Hello, card payments fail.' };
    cat.scenarios[0] = { ...cat.scenarios[0]!, opening };
    const total = demonstrate(cat, cat.scenarios[0]).steps.length;
    const { user, location } = await renderApp('/', { catalogue: cat });
    await user.click(screen.getByRole('link', { name: 'Training' }));
    const family = await screen.findByRole('region', { name: 'F' });
    // A trainee may be looking: the opening line only, no title or story that names the cause.
    expect(within(family).getByRole('heading', { name: 'Case 1' })).toBeInTheDocument();
    expect(family).not.toHaveTextContent('scenario b');
    expect(family).not.toHaveTextContent('a b situation');
    expect(family).toHaveTextContent(opening.en);
    const show = screen.getByRole('checkbox', { name: /^Show titles and whole stories/ });
    await user.click(show);
    expect(within(family).getByRole('heading', { name: 'scenario b' })).toBeInTheDocument();
    expect(family).toHaveTextContent('a b situation');
    await user.click(within(family).getByRole('link', { name: 'Demonstrate' }));
    await vi.waitFor(() => expect(location().pathname).toBe('/training/sc-b/demo'));
    expect(await screen.findByText(`Step 1 of ${total}`)).toBeInTheDocument();
  });

  it('demonstrates the wizard step by step, fixes included, to the causes and the plan', async () => {
    const cat = tinyCatalogue();
    const demo = demonstrate(cat, cat.scenarios[0]!);
    const { user } = await renderApp('/training/sc-b/demo');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(`Step 1 of ${demo.steps.length}`);
    // No "bits" where a person reads; the caller's answer is the scenario's.
    expect(screen.getByText(/should narrow the causes down/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/bits|比特/);
    expect(screen.getByText('The caller answers: no')).toBeInTheDocument();
    for (const [i, step] of demo.steps.entries()) {
      expect(heading).toHaveTextContent(`Step ${i + 1} of ${demo.steps.length}`);
      if (step.kind === 'fix') {
        expect(screen.getByText(en.demoFixLead)).toBeInTheDocument();
        const outcome = step.worked ? en.demoFixWorked : en.demoFixFailed;
        expect(screen.getByText(outcome)).toBeInTheDocument();
      }
      const last = i === demo.steps.length - 1;
      await user.click(screen.getByRole('link', { name: last ? en.demoToEnd : en.demoNext }));
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.demoEndHeading);
    const top = demo.end.causes[0]!.id;
    expect(screen.getByRole('status')).toHaveTextContent(`True cause: b. Wizard says: ${top}`);
    const ranking = screen.getByRole('heading', { name: en.demoEndCauses }).nextElementSibling!;
    expect(within(ranking as HTMLElement).getAllByRole('listitem')[0]).toHaveTextContent(top);
    const plan = screen.getByRole('region', { name: en.planHeading });
    const titles = demo.end.fixes.map((p) => cat.fixes.find((f) => f.id === p.fix)!.title.en);
    for (const title of titles) expect(within(plan).getByText(title)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: en.demoNext })).toBeNull();
  });

  it('says when the caller does not know because the scenario is silent', async () => {
    const cat = tinyCatalogue();
    cat.scenarios[0]!.answers = {};
    await renderApp('/training/sc-b/demo', { catalogue: cat });
    expect(await screen.findByText("The caller answers: Don't know")).toBeInTheDocument();
    expect(screen.getByText(en.demoSilent)).toBeInTheDocument();
  });

  it('scores a quiz against the truth and the engine, once per scenario', async () => {
    const cat = tinyCatalogue();
    const demo = demonstrate(cat, cat.scenarios[0]!);
    const asked = demo.steps.filter((s) => s.kind === 'question').length;
    const { user } = await renderApp('/training/sc-b/quiz');
    await screen.findByRole('group', { name: 'What do you think the cause is?' });
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'a' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const result = screen.getByRole('status');
    expect(result).toHaveTextContent('Your answer: a — wrong');
    expect(result).toHaveTextContent(/The wizard, asking its own questions: b \(\d+%\) — right/);
    expect(result).toHaveTextContent(`You asked 0 questions; the wizard asked ${asked}.`);
    expect(result).toHaveTextContent('True cause: b');
    expect(result).toHaveTextContent('Score this session: 0 / 1');
  });

  it("shows the caller's opening line only, and reveals facts as the trainee asks", async () => {
    const cat = tinyCatalogue();
    cat.scenarios[0] = {
      ...cat.scenarios[0]!,
      situation: { zh: '中文全部情况', en: 'Card sales fail. The battery was never changed.' },
      opening: { zh: '中文开口', en: 'Hello, card sales fail at my shop.' },
    };
    const { user } = await renderApp('/training/sc-b/quiz', { catalogue: cat });
    const opening = await screen.findByRole('region', { name: en.quizOpening });
    expect(opening).toHaveTextContent('Hello, card sales fail at my shop.');
    // Neither the story nor the scenario's title (which names the cause) is shown.
    expect(screen.queryByText(/battery was never changed/)).toBeNull();
    expect(screen.queryByText('scenario b')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quiz: F');
    const ask = screen.getByRole('region', { name: 'Ask the caller first' });
    expect(within(ask).queryAllByRole('listitem')).toHaveLength(0);
    await user.selectOptions(within(ask).getByRole('combobox'), 'q1');
    await user.click(within(ask).getByRole('button', { name: 'Ask' }));
    expect(within(ask).getByRole('listitem')).toHaveTextContent('q1 — Caller: no');
    await user.click(screen.getByRole('radio', { name: 'b' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    // Once the guess is in, the whole story is there to learn from.
    expect(screen.getByRole('region', { name: en.quizWholeStory })).toHaveTextContent(
      'The battery was never changed.',
    );
  });

  it("falls back to the situation's first sentence when a scenario has no opening", async () => {
    const cat = tinyCatalogue();
    cat.scenarios[0]!.situation = { zh: '中文', en: 'Card sales fail. Then the answer.' };
    await renderApp('/training/sc-b/quiz', { catalogue: cat });
    const opening = await screen.findByRole('region', { name: en.quizOpening });
    expect(opening).toHaveTextContent('Card sales fail.');
    expect(opening).not.toHaveTextContent('Then the answer.');
  });

  it('lists the questions by area: network, hardware, software, merchant record, bank link', async () => {
    const cat = tinyCatalogue();
    const area = { q1: 'merchant', 'q-idle': 'hardware' } as const;
    // q-idle says something once it has a sign: the wizard (and the quiz) ask it.
    cat.signs.a!.answers['q-idle'] = { yes: 'usually' };
    cat.questions = cat.questions.map((q) =>
      q.id in area ? { ...q, area: area[q.id as keyof typeof area] } : q,
    );
    await renderApp('/training/sc-b/quiz', { catalogue: cat });
    const select = await screen.findByRole('combobox', { name: 'Question to ask' });
    const groups = within(select)
      .getAllByRole('group')
      .map((g) => [
        g.getAttribute('label'),
        within(g)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ]);
    expect(groups).toEqual([
      ['Hardware', ['q-idle']],
      ['Merchant record', ['q1']],
      ['Bank link', [moreMessages.en.codeQuestion]],
    ]);
  });

  it('lists a follow-up only once its condition holds, as the wizard asks it', async () => {
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
    expect(screen.getByRole('status')).toHaveTextContent(/You asked 2 questions/);
    expect(select).toBeDisabled();
  });

  it('keeps a follow-up hidden when the caller does not know the answer it hangs on', async () => {
    const cat = tinyCatalogue();
    cat.scenarios[0]!.answers = { q2: 'yes' };
    const { user } = await renderApp('/training/sc-b/quiz', { catalogue: cat });
    const select = await screen.findByRole('combobox', { name: 'Question to ask' });
    await user.selectOptions(select, 'q1');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    expect(screen.getByRole('listitem')).toHaveTextContent("q1 — Caller: Don't know");
    expect(within(select).queryByRole('option', { name: 'q2' })).toBeNull();
  });

  it('explains an unknown scenario', async () => {
    await renderApp('/training/nope/quiz');
    expect(await screen.findByText('There is no such training scenario.')).toBeInTheDocument();
  });
});
