import { describe, expect, it } from 'vitest';
import { tinyCatalogue, yesNo } from '../../tests/fixtures/tiny-catalogue.ts';
import { extendCodeBook } from './code-book.ts';
import { lintAliases } from './lint-aliases.ts';
import { lintCatalogue } from './lint-catalogue.ts';
import type { Aliases, Catalogue } from './schema.ts';

const withAliases = (aliases: Partial<Aliases>, cat: Catalogue = tinyCatalogue()): Catalogue => ({
  ...cat,
  aliases: { questions: {}, answers: {}, observations: {}, ...aliases },
});
const messages = (cat: Catalogue) => lintAliases(cat).map((f) => `${f.where}: ${f.message}`);

describe('the alias map lint', () => {
  it('is silent when every alias leads to something the catalogue has', () => {
    const cat = withAliases({
      questions: { 'old-q': 'q1' },
      answers: { 'old-q.si': 'q1.yes' },
      observations: { 'obs-old': 'obs-a' },
    });
    expect(lintAliases(cat)).toEqual([]);
    expect(lintCatalogue(cat).filter((f) => f.rule === 'alias')).toEqual([]);
  });

  it('names an alias that points at an id that does not exist', () => {
    const cat = withAliases({
      questions: { 'old-q': 'q-gone' },
      answers: { 'old-r.si': 'q1.maybe' },
      observations: { 'obs-old': 'obs-gone' },
    });
    expect(messages(cat)).toEqual([
      'alias old-q: points at "q-gone", which is no question',
      'alias old-r.si: points at "q1.maybe", which is no answer',
      'alias obs-old: points at "obs-gone", which is no observation',
    ]);
    // rules:check runs it with the rest of the catalogue lint.
    expect(lintCatalogue(cat).filter((f) => f.rule === 'alias')).toHaveLength(3);
  });

  it('names an alias that would hide a current id, or leads to another alias', () => {
    const cat = withAliases({
      questions: { q2: 'q1', 'old-q': 'q2' },
      answers: { 'q1.yes': 'q2.no' },
      observations: { 'obs-b': 'obs-a' },
    });
    expect(messages(cat)).toEqual([
      'alias q2: is still a question: the alias would hide it',
      'alias old-q: points at "q2", itself an alias',
      'alias q1.yes: is still an answer: the alias would hide it',
      'alias obs-b: is still an observation: the alias would hide it',
    ]);
  });

  it('names an answer alias that leaves the question its question became', () => {
    const cat = withAliases({
      questions: { 'old-q': 'q1' },
      answers: { 'old-q.si': 'q2.yes' },
    });
    expect(messages(cat)).toEqual([
      'alias old-q.si: points into "q2", but the question became "q1"',
    ]);
  });

  it('names an old answer in the code book that would read as no answer of its family', () => {
    // The book was made while "old-q" (yes, no, maybe) was asked; then it became q1.
    const before = tinyCatalogue();
    const answers = ['yes', 'no', 'maybe'].map((id) => ({ id, label: { zh: id, en: id } }));
    before.questions.push(yesNo('old-q', { answers }));
    before.signs.a!.answers['old-q'] = { yes: 'usually' };
    const book = extendCodeBook(before, undefined);
    const cat = withAliases(
      { questions: { 'old-q': 'q1' } },
      { ...tinyCatalogue(), codeBook: book },
    );
    expect(messages(cat)).toEqual([
      'alias old-q.maybe: reads as "q1.maybe", which f does not ask: old codes would drop it',
    ]);
    const mapped = withAliases(
      { questions: { 'old-q': 'q1' }, answers: { 'old-q.maybe': 'q1.no' } },
      { ...tinyCatalogue(), codeBook: book },
    );
    expect(lintAliases(mapped)).toEqual([]);
  });
});
