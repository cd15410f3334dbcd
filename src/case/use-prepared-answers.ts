import { useEffect } from 'react';
import type { Catalogue } from '../catalogue/schema.ts';
import { onIdle } from '../lib/idle.ts';
import { toEvidence } from './case-evidence.ts';
import { withAnswer, type CaseState } from './case-params.ts';
import { diagnoseCached } from './diagnosis-cache.ts';

/**
 * While the question is read, works out what each of its answers would lead to, one
 * answer per idle moment, so that a tap only has to draw the next screen. On a large
 * catalogue this takes the engine off the answer's path.
 */
export function usePreparedAnswers(
  catalogue: Catalogue,
  state: CaseState | undefined,
  question: string | undefined,
  answers: readonly string[],
  history?: Readonly<Record<string, number>>,
) {
  const list = answers.join('\n');
  useEffect(() => {
    if (!state || !question) return;
    const queue = list.split('\n');
    let cancel = () => {};
    const next = () => {
      const answer = queue.shift();
      if (answer === undefined) return;
      diagnoseCached(
        catalogue,
        toEvidence(withAnswer(state, question, answer), catalogue, history),
      );
      cancel = onIdle(next);
    };
    cancel = onIdle(next);
    return () => cancel();
  }, [catalogue, state, question, list, history]);
}
