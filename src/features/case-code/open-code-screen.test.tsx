import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../../tests/fixtures/tiny-catalogue.ts';
import { renderApp } from '../../../tests/render-app.tsx';
import { encodeCase } from '../../case/case-code.ts';
import { extendCodeBook } from '../../catalogue/code-book.ts';

const withBook = () => {
  const cat = tinyCatalogue();
  return { ...cat, codeBook: extendCodeBook(cat, undefined) };
};
const halfDone = {
  family: 'f',
  order: ['q1', 'q2'],
  answers: { q1: 'no', q2: 'dont-know' },
  failedFixes: ['fix-a'],
};
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('open a case code', () => {
  it('opens the same case as a new one on this device, read out loosely', async () => {
    const catalogue = withBook();
    const code = encodeCase(catalogue, halfDone);
    const { user, location } = await renderApp('/c', { catalogue });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Open a case code');
    // Read out with spaces instead of dashes, in lower case.
    await user.type(
      screen.getByRole('textbox', { name: 'Case code' }),
      code.replace(/-/g, ' ').toLowerCase(),
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(location().pathname).toBe('/d/f');
    const params = new URLSearchParams(location().search);
    expect(params.get('a')).toBe('q1.no_q2.dont-know');
    expect(params.get('x')).toBe('fix-a');
    expect(params.get('id')).toMatch(/^[a-z0-9]+$/);
  });

  it('says a misheard character was caught, and a character codes never use, with its group', async () => {
    const catalogue = withBook();
    const code = encodeCase(catalogue, halfDone);
    const { user, location } = await renderApp('/c', { catalogue });
    const field = screen.getByRole('textbox', { name: 'Case code' });
    const first = code[0]!;
    const misheard = ALPHABET[(ALPHABET.indexOf(first) + 1) % 32]!;
    await user.type(field, misheard + code.slice(1));
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert')).toHaveTextContent('one character was misheard');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(location().pathname).toBe('/c');
    await user.clear(field);
    await user.type(field, `${code.slice(0, 5)}U${code.slice(6)}`);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Group 2 has a character');
  });
});
