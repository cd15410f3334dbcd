import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render-app.tsx';
import * as engine from '../../engine/diagnose.ts';

// Every export a spy that calls the real engine.
vi.mock(import('../../engine/diagnose.ts'), { spy: true });
const diagnose = vi.mocked(engine.diagnose);

describe('answers prepared while the question is read', () => {
  it('draws the next question from the prepared diagnosis, through the URL and back', async () => {
    const { user } = await renderApp('/d/f?id=prepared');
    // yes, no and "don't know" for q1, each in its own idle moment.
    await waitFor(
      () =>
        expect(diagnose.mock.calls.filter(([, e]) => e.answers['q1'] !== undefined)).toHaveLength(
          3,
        ),
      { timeout: 3000 },
    );
    const before = diagnose.mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'no' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('q2');
    // The case as parsed back from the new address is the one prepared: no new diagnosis
    // on the tap's path (later calls are the next question's own preparation).
    expect(
      diagnose.mock.calls.slice(before).filter(([, e]) => Object.keys(e.answers).length === 1),
    ).toEqual([]);
  });
});
