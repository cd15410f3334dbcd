import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { serialiseCase, withAnswer } from './case-params.ts';
import { parseCase } from './parse-case.ts';

const cat = tinyCatalogue();

describe('case params', () => {
  it('round-trips a case through the URL', () => {
    const state = {
      family: 'f',
      order: ['q1', 'screen-code'],
      answers: { q1: 'no', 'screen-code': '97' },
      failedFixes: ['fix-a'],
      fixed: 'fix-b',
      id: 'abc123',
    };
    const parsed = parseCase(cat, 'f', serialiseCase(state));
    expect(parsed).toEqual({ state, ignored: [] });
  });

  it('keeps every valid answer and reports what it dropped', () => {
    const search =
      '?a=q1.no_nope.yes_q2.maybe_q1.yes_q2.dont-know_x.y.z&x=fix-a_fix-zz&ok=ghost&id=<script>';
    const { state, ignored } = parseCase(cat, 'f', search);
    expect(state.answers).toEqual({ q1: 'no', q2: 'dont-know' });
    expect(state.order).toEqual(['q1', 'q2']);
    expect(state.failedFixes).toEqual(['fix-a']);
    expect(state.fixed).toBeUndefined();
    expect(ignored).toEqual([
      'nope.yes',
      'q2.maybe',
      'q1.yes',
      'x.y.z',
      'fix-zz',
      'ghost',
      'id=<script>',
    ]);
  });

  it('refuses an oversized parameter instead of parsing it', () => {
    const { state, ignored } = parseCase(cat, 'f', `?a=${'q1.yes_'.repeat(400)}`);
    expect(state.order).toEqual([]);
    expect(ignored).toHaveLength(1);
  });

  it('changes an earlier answer in place and clears "fixed"', () => {
    const state = {
      family: 'f',
      order: ['q1', 'q2'],
      answers: { q1: 'no', q2: 'yes' },
      failedFixes: [],
      fixed: 'fix-a',
    };
    const next = withAnswer(state, 'q1', 'yes');
    expect(next.order).toEqual(['q1', 'q2']);
    expect(next.answers.q1).toBe('yes');
    expect(next.fixed).toBeUndefined();
  });
});
