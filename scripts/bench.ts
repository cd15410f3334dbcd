// Measures the diagnosis policy and the engine's speed on the real catalogue.
// A benchmark, not a test: it prints numbers. `npm run bench -- --json` for one JSON object.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { joinTexts, splitTexts } from '../src/catalogue/text-packs.ts';
import { againOf } from '../src/engine/again.ts';
import { diagnose } from '../src/engine/diagnose.ts';
import { familyModel } from '../src/engine/model.ts';
import { floorQuestions } from '../src/sim/floor.ts';
import { MAX_FIXES, tryFixes, type FixTrial } from '../src/sim/fix-trials.ts';
import { draw, seeded } from '../src/sim/rng.ts';
import {
  BENCH_NOISE,
  simulateCase,
  withoutSlip,
  type CaseResult,
  type Policy,
} from '../src/sim/simulate.ts';
import { enlarge } from '../src/sim/synthetic.ts';
import { OTHER_CAUSE } from '../src/engine/types.ts';
import type { Catalogue } from '../src/catalogue/schema.ts';
import { fieldReplay } from './bench/field-replay.ts';
import { learnedPriorReport } from './bench/learned.ts';
import { minutesToFix } from './bench/minutes.ts';
import { storyMatchTimes, storyReading } from './bench/story.ts';
import { readFieldCases } from './field-cases.ts';

// 10,000: at 3,000 the top-1 figure moved by ±0.008 with any catalogue edit (its noise).
const CASES = 10000;
const SEED = 20261121;
const json = process.argv.includes('--json');
const catalogue = buildCatalogue(resolve('rules'));
const world = withoutSlip(catalogue);
const split = splitTexts(catalogue);
// Story matching speed first, on a quiet heap (not after 10,000 simulated cases): each
// language's field stories against the catalogue as a phone in that language loads it.
const storyTimes = (() => {
  const stories = readFieldCases().flatMap((f) =>
    f.cases.flatMap((c) => (c.story ? [c.story] : [])),
  );
  const time = (lang: 'zh' | 'en') =>
    storyMatchTimes(
      joinTexts(split.core, { [lang]: split.packs[lang] }),
      stories.map((s) => s[lang]),
    );
  return { zh: time('zh'), en: time('en') };
})();
const round = (x: number) => Number(x.toFixed(3));

function run(policy: Policy) {
  const rand = seeded(SEED);
  const results: (CaseResult & { family: string })[] = [];
  for (let i = 0; i < CASES; i++) {
    const family = catalogue.families[Math.floor(rand() * catalogue.families.length)]!.id;
    const model = familyModel(catalogue, family);
    results.push({
      family,
      ...simulateCase(model, familyModel(world, family), rand, BENCH_NOISE, policy),
    });
  }
  const share = (f: (r: CaseResult) => boolean) => results.filter(f).length / results.length;
  return {
    results,
    top1: share((r) => r.rank === 0),
    top3: share((r) => r.rank >= 0 && r.rank < 3),
    meanQuestions: results.reduce((s, r) => s + r.questions, 0) / results.length,
    /** Of those questions, second readings ("check again"). */
    meanAgain:
      results.reduce((s, r) => s + Object.keys(r.answers).filter((q) => againOf(q)).length, 0) /
      results.length,
  };
}

/**
 * After the questions, each case follows its fix plan; and, for comparison, the plan it
 * would have with the cause known. Only catalogue causes count: faults outside the
 * catalogue have no fix in it. The trials draw from their own stream, so they leave
 * the cases themselves unchanged.
 */
function fixPlanReport(results: ReturnType<typeof run>['results']) {
  const fixRand = seeded(SEED + 2);
  const trials = results.map((r) => {
    const model = familyModel(catalogue, r.family);
    const evidence = { family: r.family, answers: r.answers };
    const truth = model.causes.indexOf(r.truth);
    const fix = tryFixes(model, evidence, truth, fixRand);
    return {
      listed: r.truth !== OTHER_CAUSE,
      fix,
      known: tryFixes(model, evidence, truth, fixRand, true),
    };
  });
  const listed = trials.filter((t) => t.listed);
  const summary = (pick: (t: (typeof listed)[number]) => FixTrial) => ({
    firstFixWorks: round(listed.filter((t) => pick(t).firstResolved).length / listed.length),
    fixedWithinPlan: round(listed.filter((t) => pick(t).resolved).length / listed.length),
  });
  return { plan: summary((t) => t.fix), causeKnown: summary((t) => t.known) };
}

/** Time per engine step (posterior, next question and fix plan) at random mid-case states. */
function stepTimes(cat: Catalogue, steps = 1500) {
  const rand = seeded(SEED + 1);
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const family = cat.families[Math.floor(rand() * cat.families.length)]!.id;
    const model = familyModel(cat, family);
    const answers: Record<string, string> = {};
    // A state part-way through a case: three in ten questions answered once (second
    // readings stay open to ask; a real case has about one).
    for (const q of model.questions)
      if (!q.again && rand() < 0.3)
        answers[q.id] =
          q.answers[
            draw(
              rand,
              q.answers.map(() => 1),
            )
          ]!;
    const t0 = performance.now();
    diagnose(cat, { family, answers });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3));
  return { median: at(0.5), p95: at(0.95) };
}

const adaptive = run('adaptive');
const fixed = run('fixed');
const every = run('every');
const adaptiveFixes = fixPlanReport(adaptive.results);
const byCause = new Map<string, { n: number; hit: number }>();
for (const r of adaptive.results) {
  const key = `${r.family}/${r.truth}`;
  const e = byCause.get(key) ?? { n: 0, hit: 0 };
  byCause.set(key, { n: e.n + 1, hit: e.hit + (r.rank === 0 ? 1 : 0) });
}
// "other" (faults outside the catalogue) is reported on its own: its answers are base rates
// by construction, so it says nothing about which catalogue cause needs work.
const ranked = [...byCause].filter(([key, e]) => e.n >= 10 && !key.endsWith(`/${OTHER_CAUSE}`));
const worst = ranked.sort((a, b) => a[1].hit / a[1].n - b[1].hit / b[1].n)[0];
const others = [...byCause].filter(([key]) => key.endsWith(`/${OTHER_CAUSE}`)).map(([, e]) => e);
const otherTop1 =
  others.reduce((s, e) => s + e.hit, 0) /
  Math.max(
    1,
    others.reduce((s, e) => s + e.n, 0),
  );
const floor =
  adaptive.results.reduce(
    (s, r) => s + floorQuestions(familyModel(catalogue, r.family), BENCH_NOISE),
    0,
  ) / CASES;
stepTimes(catalogue, 200); // warm-up
// The story box on the field cases' zh stories: share of their facts heard, and speed.
const fieldCases = readFieldCases().flatMap((f) => f.cases.map((c) => ({ family: f.family, c })));
const withStory = fieldCases.filter((x) => x.c.story);
const readings = withStory.map((x) => storyReading(catalogue, x.family, x.c));
const minutes = minutesToFix(catalogue, world, 1000, SEED + 3, BENCH_NOISE);
// 5,000 cases: at 1,500 the with/without gap was within its own noise (±0.02).
const learned = learnedPriorReport(catalogue, world, BENCH_NOISE, SEED + 4, 100, 5000);
// Stories written apart, by someone who never saw the phrase tables: how well they carry.
const heldOut = (
  JSON.parse(readFileSync(resolve('tests/stories-heldout.json'), 'utf8')) as {
    cases: { family: string; story: { zh: string; en: string }; facts: Record<string, string> }[];
  }
).cases;
const heldOutRecall = (lang: 'zh' | 'en') =>
  round(
    heldOut.reduce(
      (s, c) =>
        s +
        storyReading(
          catalogue,
          c.family,
          { id: '', situation: c.story, story: c.story, answers: c.facts, expected: '' },
          lang,
        ).recall,
      0,
    ) / Math.max(1, heldOut.length),
  );
const report = {
  cases: CASES,
  top1: round(adaptive.top1),
  top3: round(adaptive.top3),
  meanQuestions: round(adaptive.meanQuestions),
  checkedAgain: round(adaptive.meanAgain),
  fixed: {
    top1: round(fixed.top1),
    top3: round(fixed.top3),
    meanQuestions: round(fixed.meanQuestions),
  },
  floorQuestions: round(floor),
  // Every question the family has, never stopping: what the catalogue can tell apart at all.
  ceiling: {
    top1: round(every.top1),
    top3: round(every.top3),
    meanQuestions: round(every.meanQuestions),
  },
  // After the questions: follow the fix plan until the fault is fixed (catalogue causes only).
  fixPlan: {
    adaptive: adaptiveFixes.plan,
    fixed: fixPlanReport(fixed.results).plan,
    causeKnown: adaptiveFixes.causeKnown,
  },
  worstCause: { id: worst?.[0] ?? '', top1: round(worst ? worst[1].hit / worst[1].n : 0) },
  otherTop1: round(otherTop1),
  stepMs: stepTimes(catalogue),
  largeStepMs: stepTimes(enlarge(catalogue, 10), 300),
  storyCases: withStory.length,
  storyRecall: round(readings.reduce((s, r) => s + r.recall, 0) / Math.max(1, readings.length)),
  storyFamily: round(
    readings.filter((r, i) => r.family === withStory[i]!.family).length /
      Math.max(1, readings.length),
  ),
  storyWrong: readings.reduce((s, r) => s + r.wrong.length, 0),
  storyRecallEn: round(
    withStory.reduce((s, x) => s + storyReading(catalogue, x.family, x.c, 'en').recall, 0) /
      Math.max(1, withStory.length),
  ),
  storyRecallHeldOut: { cases: heldOut.length, zh: heldOutRecall('zh'), en: heldOutRecall('en') },
  // Every field case through the whole flow, as its caller would (see field-replay.ts).
  fieldReplay: fieldReplay(catalogue, readFieldCases()).report,
  // Simulated callers who can answer what their sources allow (authored answerability).
  minutesToFix: minutes.minutes,
  flowQuestions: minutes.questions,
  flowTop1: minutes.adaptiveTop1,
  learnedPrior: learned,
  storyMatchMs: storyTimes.zh,
  storyMatchMsEn: storyTimes.en,
};

if (json) console.log(JSON.stringify(report));
else {
  const { fixed: f } = report;
  console.log(
    `bench: ${CASES} simulated cases, seed ${SEED}, noise ${BENCH_NOISE.flip * 100}% flipped, ${BENCH_NOISE.dontKnow * 100}% don't know`,
  );
  console.log(
    `adaptive     top-1 ${report.top1}  top-3 ${report.top3}  questions ${report.meanQuestions} (${report.checkedAgain} of them "check again")`,
  );
  console.log(`fixed order  top-1 ${f.top1}  top-3 ${f.top3}  questions ${f.meanQuestions}`);
  const c = report.ceiling;
  console.log(
    `every question top-1 ${c.top1}  top-3 ${c.top3}  questions ${c.meanQuestions} (no stop: the catalogue's ceiling)`,
  );
  console.log(
    `floor        questions ${report.floorQuestions} (Fano bound at 10% error over noisy answer capacity)`,
  );
  const plan = (name: string, f: typeof report.fixPlan.adaptive) =>
    console.log(
      `${name} first fix works ${f.firstFixWorks}  fixed within ${MAX_FIXES} fixes ${f.fixedWithinPlan}`,
    );
  plan('fix plan, adaptive    ', report.fixPlan.adaptive);
  plan('fix plan, fixed order ', report.fixPlan.fixed);
  plan('fix plan, cause known ', report.fixPlan.causeKnown);
  console.log(`worst cause  ${report.worstCause.id} top-1 ${report.worstCause.top1}`);
  console.log(`out-of-catalogue cases ("other") top-1 ${report.otherTop1}`);
  console.log(`engine step  median ${report.stepMs.median} ms  p95 ${report.stepMs.p95} ms`);
  console.log(
    `10x catalogue step  median ${report.largeStepMs.median} ms  p95 ${report.largeStepMs.p95} ms`,
  );
  const fr = report.fieldReplay;
  console.log(
    `field replay ${fr.cases} cases: top-1 ${fr.top1}  top-3 ${fr.top3}  questions median ${fr.medianQuestions}, mean ${fr.meanQuestions}  fixed ${fr.fixed}`,
  );
  const m = report.minutesToFix;
  console.log(
    `minutes to a working fix (1000 simulated callers): adaptive ${m.adaptive}  fixed script ${m.fixed}  cause known ${m.causeKnown}; questions ${report.flowQuestions.adaptive} vs ${report.flowQuestions.fixed}; top-1 at the end ${report.flowTop1}`,
  );
  const l = report.learnedPrior;
  console.log(
    `device history: ${l.outcomes} outcomes from a shifted fault mix; on ${l.cases} cases from it, top-1 ${l.without.top1} -> ${l.with.top1}, questions ${l.without.meanQuestions} -> ${l.with.meanQuestions}`,
  );
  console.log(
    `story box    ${report.storyCases} field stories: facts heard ${report.storyRecall} (en ${report.storyRecallEn}), family right ${report.storyFamily}, wrong ticks ${report.storyWrong}; held-out ${report.storyRecallHeldOut.cases} stories: zh ${report.storyRecallHeldOut.zh}, en ${report.storyRecallHeldOut.en}; 300 characters median ${report.storyMatchMs.median} ms  p95 ${report.storyMatchMs.p95} ms (en ${report.storyMatchMsEn.median} / ${report.storyMatchMsEn.p95} ms)`,
  );
}
