import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../../tests/fixtures/tiny-catalogue.ts';
import { renderApp } from '../../../tests/render-app.tsx';
import { useAppStore } from '../../store/store.ts';

const tell = (q: string, more = '') => `/tell?id=c1&q=${encodeURIComponent(q)}${more}`;
const params = (search: string) => new URLSearchParams(search);

describe('TellScreen', () => {
  it('hears the code and the facts in a story, as chips that go in as answers', async () => {
    const { user, location } = await renderApp(tell('换完电池以后一刷卡就提示97'));
    const heard = await screen.findByRole('region', { name: 'From what you said:' });
    const code = within(heard).getByRole('button', { name: /Response code 97/ });
    const battery = within(heard).getByRole('button', { name: /battery changed/ });
    expect(code).toHaveAttribute('aria-pressed', 'true');
    expect(battery).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Fault: F')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the questions' }));
    expect(location().pathname).toBe('/d/f');
    const p = params(location().search);
    expect(p.get('a')).toBe('screen-code.97_q1.yes');
    expect(p.get('o')).toBe('obs-a');
    expect(p.get('id')).toBe('c1');
    const told = await screen.findByRole('region', { name: 'Your answers' });
    expect(within(told).getByText('from your story')).toBeInTheDocument();
  });

  it('removes a chip and its answers, and keeps the choice in the address', async () => {
    const { user, location } = await renderApp(tell('换完电池以后一刷卡就提示97'));
    await user.click(await screen.findByRole('button', { name: /battery changed/ }));
    expect(screen.getByRole('button', { name: /battery changed/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(params(location().search).get('o')).toBe('');
    await user.click(screen.getByRole('button', { name: /Response code 97/ }));
    expect(params(location().search).get('c')).toBe('-');
    await user.click(screen.getByRole('button', { name: 'Start the questions' }));
    expect(params(location().search).get('a')).toBeNull();
    expect(params(location().search).get('o')).toBeNull();
  });

  it('does not tick a fact the story denies', async () => {
    await renderApp(tell('97，没换过电池'));
    const heard = await screen.findByRole('region', { name: 'From what you said:' });
    expect(within(heard).getByRole('button', { name: /battery not changed/ })).toBeInTheDocument();
    expect(within(heard).queryByRole('button', { name: /^\+?✓?\s*battery changed/ })).toBeNull();
  });

  it('says so in one line when nothing is recognised, and offers every family', async () => {
    const { user, location } = await renderApp(tell('<script>alert(1)</script>'));
    expect(
      await screen.findByText('Nothing in that was recognised. Please pick the kind of fault.'),
    ).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^F/ }));
    expect(params(location().search).get('f')).toBe('f');
    expect(screen.getByText('Fault: F')).toBeInTheDocument();
  });

  it("offers the family's telling facts by area when the family was tapped", async () => {
    const { user, location } = await renderApp('/tell?id=c2&f=f');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What do you already know?' }),
    ).toBeInTheDocument();
    const network = screen.getByRole('group', { name: 'Network' });
    await user.click(within(network).getByRole('button', { name: /battery changed/ }));
    await user.click(screen.getByRole('button', { name: 'Start the questions' }));
    expect(params(location().search).get('a')).toBe('q1.yes');
    expect(useAppStore.getState().cases.c2?.family).toBe('f');
  });

  it("says at once when the code is the customer's card, not the terminal", async () => {
    const cat = tinyCatalogue();
    const catalogue = {
      ...cat,
      responseCodes: [
        ...cat.responseCodes,
        {
          code: '51',
          meaning: { zh: '余额不足', en: 'Not enough money' },
          action: 'no-retry' as const,
          families: ['f'],
          side: 'card' as const,
        },
      ],
    };
    await renderApp(tell('刷卡提示51'), { catalogue });
    const note = await screen.findByRole('region', {
      name: "The customer's card, not your terminal",
    });
    expect(note).toHaveTextContent('Code 51: Not enough money');
  });

  it('says nothing of the card for a terminal-side code', async () => {
    await renderApp(tell('提示97'));
    await screen.findByRole('region', { name: 'From what you said:' });
    expect(
      screen.queryByRole('region', { name: "The customer's card, not your terminal" }),
    ).toBeNull();
  });

  it('cuts a story over 10 000 characters, with a notice', async () => {
    await renderApp(tell(`${'x'.repeat(10_000)}97`));
    expect(
      await screen.findByText(/only the first 10000 characters were read/),
    ).toBeInTheDocument();
  });
});
