import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoverage, readCoverage } from '../scripts/seed-coverage.ts';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { lintEvidence } from '../src/catalogue/lint-evidence.ts';
import { lintCatalogue } from '../src/catalogue/lint-catalogue.ts';
import { diagnose } from '../src/engine/diagnose.ts';

const rules = resolve('rules');
const catalogue = buildCatalogue(rules);

describe('the real catalogue', () => {
  it('passes the whole-catalogue lint with no finding', () => {
    expect(lintCatalogue(catalogue)).toEqual([]);
  });

  it('names a public source for each cause the review found stated from the field', () => {
    // Review 2026-12-05 §4 and §6: facts about carriers, UnionPay rules and wallets.
    const sourced = [
      'network-2g-only-terminal',
      'terminal-tusn-unregistered',
      'route-location-outside-area',
      'scan-paid-personal-code',
      'scan-qr-tampered',
      'scan-qr-plate-binding',
      'scan-notify-delayed',
    ];
    for (const id of sourced)
      expect(catalogue.causes.find((c) => c.id === id)?.sources?.length, id).toBeGreaterThan(0);
  });

  it('gives every cause a fact a clerk can know that singles it out (ratio 8 or more)', () => {
    expect(lintEvidence(catalogue)).toEqual([]);
  });

  it('covers all five fault families, each with at least 8 causes', () => {
    expect(catalogue.families.map((f) => f.id).sort()).toEqual([
      'merchant-not-found',
      'no-response',
      'no-route',
      'scan-pay-missing',
      'terminal-unusable',
    ]);
    for (const f of catalogue.families)
      expect(Object.keys(f.causes).length).toBeGreaterThanOrEqual(8);
  });

  it('maps every seed article, and every mapped id still exists', () => {
    // The seed articles sit beside the repository in shared/; a bare clone may lack them.
    const dir = resolve('../shared/seeds');
    const seeds = existsSync(dir) ? readdirSync(dir).filter((f) => /^\d-.*\.txt$/.test(f)) : [];
    const covered = readCoverage(rules).map((c) => c.coverage.seed);
    if (seeds.length > 0) expect(covered.sort()).toEqual(seeds.sort());
    else expect(covered).toHaveLength(5);
    expect(checkCoverage(rules, catalogue)).toEqual([]);
  });

  it('has at least two training scenarios per family', () => {
    for (const f of catalogue.families)
      expect(
        catalogue.scenarios.filter((s) => s.family === f.id).length,
        f.id,
      ).toBeGreaterThanOrEqual(2);
  });

  it('ranks the true cause first on every training scenario, so demonstrations end right', () => {
    for (const s of catalogue.scenarios)
      expect(
        diagnose(catalogue, { family: s.family, answers: s.answers }).causes[0]?.id,
        s.id,
      ).toBe(s.truth);
  });

  it('offers questions in every area the wizard promises', () => {
    const areas = new Set(catalogue.questions.map((q) => q.area));
    for (const area of ['network', 'hardware', 'software', 'merchant', 'bank'] as const)
      expect(areas).toContain(area);
  });
});
