// Shows what the story box recognises in a text: `npx tsx scripts/story-match.ts "换完电池以后一刷卡就提示A0"`.
import { resolve } from 'node:path';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { matchStory } from '../src/story/match-story.ts';
import { storyAnswers } from '../src/story/story-answers.ts';

const catalogue = buildCatalogue(resolve('rules'));
for (const text of process.argv.slice(2)) {
  const m = matchStory(catalogue, text);
  const label = (id: string) => catalogue.observations.find((o) => o.id === id)?.label.zh ?? id;
  console.log(`「${text}」`);
  console.log(`  families: ${m.families.join(', ') || '-'}   code: ${m.code ?? '-'}`);
  for (const id of m.observations) console.log(`  ✓ ${id}  ${label(id)}`);
  const family = m.families[0];
  if (family)
    console.log(`  answers in ${family}:`, storyAnswers(catalogue, family, m.observations, m.code));
}
