import { describe, expect, it } from 'vitest';
import { replayDemo } from '../../tests/demo-replay.ts';
import { riskyCatalogue, tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { diagnose } from '../engine/diagnose.ts';
import { familyModel } from '../engine/model.ts';
import { demonstrate, FIX_WORKS_FROM } from './demonstrate.ts';

const asked = (d: ReturnType<typeof demonstrate>) =>
  d.steps.map((s) => (s.kind === 'question' ? `${s.question}=${s.answer}` : `fix ${s.fix}`));

describe('demonstrate', () => {
  it('follows the wizard step by step, the scenario caller answering', () => {
    const cat = tinyCatalogue();
    const scenario = cat.scenarios[0]!;
    const demo = demonstrate(cat, scenario);
    expect(replayDemo(cat, scenario, demo)).toEqual([]);
    // The caller's answers are the scenario's: q2 is asked because q1 was "no".
    expect(asked(demo).slice(0, 2)).toEqual(['q1=no', 'q2=yes']);
    expect(demo.steps[0]!.kind === 'question' && demo.steps[0]!.gainBits).toBeGreaterThan(0);
  });

  it('ends on what the results screen shows for the same evidence', () => {
    const cat = tinyCatalogue();
    const demo = demonstrate(cat, { ...cat.scenarios[0]!, answers: { q1: 'no', q2: 'no' } });
    const answers = Object.fromEntries(
      demo.steps.flatMap((s) => (s.kind === 'question' ? [[s.question, s.answer]] : [])),
    );
    const failedFixes = demo.steps.flatMap((s) => (s.kind === 'fix' && !s.worked ? [s.fix] : []));
    const d = diagnose(cat, { family: 'f', answers, failedFixes });
    expect(demo.end.causes).toEqual(d.causes);
    expect(demo.end.fixes).toEqual(d.fixes);
    expect(demo.end.callAfter).toBe(d.callAfter);
    expect(demo.end.failedFixes).toEqual(failedFixes);
  });

  it('answers a fix "still failing" unless it fixes the truth, and then ends', () => {
    const cat = tinyCatalogue();
    const model = familyModel(cat, 'f');
    for (const truth of ['a', 'b']) {
      const demo = demonstrate(cat, { ...cat.scenarios[0]!, answers: {}, truth });
      const fixes = demo.steps.filter((s) => s.kind === 'fix');
      expect(fixes.length, truth).toBeGreaterThan(0);
      const works = (fix: string) =>
        (model.fixChance.get(fix)?.[model.causes.indexOf(truth)] ?? 0) >= FIX_WORKS_FROM;
      for (const s of fixes) expect(s.worked, `${truth} ${s.fix}`).toBe(works(s.fix));
      const last = demo.steps.at(-1)!;
      if (demo.end.reason === 'fixed') {
        expect(last.kind === 'fix' && last.worked).toBe(true);
        expect(demo.end.fixed).toBe(last.kind === 'fix' ? last.fix : undefined);
        // "Solved" is evidence: the cause the fix works for rises, and the end says so.
        const p = (list: { id: string; probability: number }[]) =>
          list.find((c) => c.id === truth)?.probability ?? 0;
        expect(p(last.after)).toBeGreaterThan(p(last.before));
        expect(demo.end.causes).toEqual(last.after);
      }
      expect(replayDemo(cat, { ...cat.scenarios[0]!, answers: {}, truth }, demo)).toEqual([]);
    }
  });

  it('answers "don\'t know" only where the scenario is silent', () => {
    const cat = tinyCatalogue();
    const demo = demonstrate(cat, { ...cat.scenarios[0]!, answers: {} });
    const questions = demo.steps.filter((s) => s.kind === 'question');
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.every((s) => s.answer === 'dont-know')).toBe(true);
  });

  it('offers the charge check first when a double charge is likely, and goes on past it', () => {
    const cat = riskyCatalogue();
    const scenario = cat.scenarios[0]!;
    const demo = demonstrate(cat, scenario);
    expect(replayDemo(cat, scenario, demo)).toEqual([]);
    expect(asked(demo)).toContain('fix fix-check');
    expect(demo.steps.find((s) => s.kind === 'fix' && s.fix === 'fix-check')).toMatchObject({
      worked: false,
    });
  });

  it('has the scenario caller answer a "check again" as they did the first time', () => {
    const cat = tinyCatalogue();
    const slipping = {
      ...cat,
      vocabulary: { ...cat.vocabulary, slip: 0.1, confidence: 0.95, minGainBits: 0.01 },
    };
    // The code points to b, the caller's "yes" to a: the engine asks for a second look.
    const scenario = { ...cat.scenarios[0]!, answers: { 'screen-code': '97', q1: 'yes' } };
    const demo = demonstrate(slipping, scenario);
    const steps = asked(demo);
    expect(steps).toContain('q1--again=yes');
    expect(steps.indexOf('q1--again=yes')).toBeGreaterThan(steps.indexOf('q1=yes'));
    expect(replayDemo(slipping, scenario, demo)).toEqual([]);
  });
});
