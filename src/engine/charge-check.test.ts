import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue/build-catalogue.ts';
import { riskyCatalogue as risky } from '../../tests/fixtures/tiny-catalogue.ts';
import { diagnose } from './diagnose.ts';
import { SCREEN_CODE } from './types.ts';

describe('the charge check gate', () => {
  it('puts the check first and holds back fixes that take money again', () => {
    const d = diagnose(risky(), { family: 'f', answers: {} });
    expect(d.chargeCheckPending).toBe(true);
    expect(d.fixes.map((f) => f.fix)).toEqual(['fix-check', 'fix-b']);
  });

  it('lets them back once the check was done', () => {
    const d = diagnose(risky(), { family: 'f', answers: {}, failedFixes: ['fix-check'] });
    expect(d.chargeCheckPending).toBe(false);
    expect(d.fixes[0]?.fix).toBe('fix-a');
  });

  it('does not gate when the risky causes are all but ruled out', () => {
    const d = diagnose(risky(), {
      family: 'f',
      answers: { q1: 'no', q2: 'no', [SCREEN_CODE]: 'none' },
    });
    const b = d.causes.find((c) => c.id === 'b')!.probability;
    expect(b).toBeLessThan(0.05);
    expect(d.chargeCheckPending).toBe(false);
  });
});

describe('the charge check on the real catalogue (review 2026-12-05, finding 1)', () => {
  const cat = buildCatalogue(resolve('rules'));
  const first = (family: string, answers: Record<string, string>) =>
    diagnose(cat, { family, answers }).fixes[0]?.fix;
  const takers = new Set(cat.fixes.filter((f) => f.takesPayment).map((f) => f.id));

  it('no-response: the last sale is checked first, also when the customer was charged', () => {
    expect(first('no-response', {})).toBe('fix-check-before-retry');
    expect(first('no-response', { 'noresp-debit-sms': 'charged' })).toBe('fix-check-before-retry');
    expect(first('no-response', { [SCREEN_CODE]: '98' })).toBe('fix-check-before-retry');
    expect(first('no-response', { [SCREEN_CODE]: '68' })).toBe('fix-check-before-retry');
  });

  it('scan-pay: the order is queried first when the bill says paid', () => {
    expect(first('scan-pay-missing', { 'scan-customer-status': 'success' })).toBe(
      'fix-scan-query-order',
    );
    expect(first('scan-pay-missing', {})).toBe('fix-scan-query-order');
  });

  it('offers no fix that takes money again before the check, in any family', () => {
    for (const family of cat.families) {
      const d = diagnose(cat, { family: family.id, answers: {} });
      if (!d.chargeCheckPending) continue;
      expect(
        d.fixes.filter((f) => takers.has(f.fix)),
        family.id,
      ).toEqual([]);
    }
  });

  it('never offers another payment in scan-pay', () => {
    const model = diagnose(cat, { family: 'scan-pay-missing', answers: {} });
    expect(model.fixes.map((f) => f.fix)).not.toContain('fix-other-card');
  });
});
