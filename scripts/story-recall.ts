// What the story box hears of each field case's story: `npx tsx scripts/story-recall.ts [zh|en] [-v] [case-id-part]`.
import { resolve } from 'node:path';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { matchStory } from '../src/story/match-story.ts';
import { storyReading } from './bench/story.ts';
import { readFieldCases } from './field-cases.ts';

const catalogue = buildCatalogue(resolve('rules'));
const args = process.argv.slice(2);
const lang = args.includes('en') ? 'en' : 'zh';
const verbose = args.includes('-v');
const only = args.find((a) => !['zh', 'en', '-v'].includes(a)) ?? '';
let sum = 0;
let n = 0;
let below = 0;
let wrong = 0;
for (const { family, cases } of readFieldCases())
  for (const c of cases) {
    if (!c.story || !c.id.includes(only)) continue;
    const r = storyReading(catalogue, family, c, lang);
    sum += r.recall;
    n++;
    wrong += r.wrong.length;
    if (r.recall < 0.8) below++;
    if (verbose && (r.recall < 0.8 || r.wrong.length > 0 || only)) {
      console.log(`\n## ${c.id}  heard ${(r.recall * 100).toFixed(0)}%\n${c.story[lang]}`);
      console.log(`  ticked: ${matchStory(catalogue, c.story[lang]).observations.join(' ')}`);
      console.log(`  missed: ${r.missed.join('  ')}`);
      if (r.wrong.length) console.log(`  WRONG:  ${r.wrong.join('  ')}`);
    }
  }
console.log(
  `\nstory recall (${lang}): ${(sum / Math.max(1, n)).toFixed(3)} over ${n} cases; ${below} under 80 %; ${wrong} facts ticked against the case`,
);
