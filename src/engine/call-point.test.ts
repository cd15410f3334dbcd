import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { afterCallMinutes, planCost } from './call-point.ts';
import { diagnose } from './diagnose.ts';
import { fixPlan } from './fix-plan.ts';
import { familyModel } from './model.ts';

/** The tiny catalogue with fix-a made a day's wait (1,440 minutes). */
function dayLongFixA() {
  const cat = tinyCatalogue();
  cat.fixes = cat.fixes.map((f) => (f.id === 'fix-a' ? { ...f, effort: 1440 } : f));
  return cat;
}

describe('when to stop trying and call the acquirer', () => {
  it('prices the call as the call plus the plan made with the cause known, minus what was tried', () => {
    const model = familyModel(tinyCatalogue(), 'f');
    const a = model.causes.indexOf('a');
    // 60 call + fix-a 60 + (1 - .8) of the time another 60 call
    expect(afterCallMinutes(model, a)).toBeCloseTo(132, 10);
    // fix-a already failed: nothing left to try but the call and one more
    expect(afterCallMinutes(model, a, new Set(['fix-a']))).toBeCloseTo(120, 10);
  });

  it('tries a fix that will likely work before calling', () => {
    const model = familyModel(dayLongFixA(), 'f');
    const p = model.causes.map((c) => (c === 'a' ? 1 : 0));
    const plan = fixPlan(model, { family: 'f', answers: {} }, p);
    // call now 60 + 1440 + .2·60 = 1512; fix-a first 1440 + .2·120 = 1464
    expect(planCost(model, plan, p)).toEqual({ minutes: expect.closeTo(1464, 8), callAfter: 1 });
  });

  it('calls first when the only fix is a day-long guess at even odds', () => {
    const model = familyModel(dayLongFixA(), 'f');
    const p = model.causes.map((c) => (c === 'a' ? 0.5 : c === 'other' ? 0.5 : 0));
    const plan = fixPlan(model, { family: 'f', answers: {} }, p);
    expect(plan.map((f) => f.fix)).toEqual(['fix-a']);
    // call now .5·1512 + .5·120 = 816; fix-a first 1440 + .1·120 + .5·120 = 1512
    expect(planCost(model, plan, p)).toEqual({ minutes: expect.closeTo(816, 8), callAfter: 0 });
  });

  it('tells the screen how many steps come before the call', () => {
    const d = diagnose(tinyCatalogue(), { family: 'f', answers: { q1: 'yes' } });
    expect(d.callAfter).toBeGreaterThan(0);
    expect(d.act?.fix).toBe('fix-a');
    const out = diagnose(tinyCatalogue(), {
      family: 'f',
      answers: { q1: 'yes' },
      failedFixes: ['fix-a'],
    });
    // a's only fix failed and b is unlikely: call the acquirer, nothing more to offer
    expect(out.callAfter).toBe(0);
    expect(out.act).toBeUndefined();
  });
});
