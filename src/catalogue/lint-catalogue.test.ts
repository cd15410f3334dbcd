import { describe, expect, it } from 'vitest';
import { tinyCatalogue, yesNo } from '../../tests/fixtures/tiny-catalogue.ts';
import { lintCatalogue } from './lint-catalogue.ts';
import type { Catalogue } from './schema.ts';

const rules = (cat: Catalogue) =>
  lintCatalogue(cat).map((f) => `${f.rule}: ${f.where}: ${f.message}`);

describe('lintCatalogue', () => {
  it('finds nothing wrong with a sound catalogue', () => {
    const cat = tinyCatalogue();
    cat.questions = cat.questions.filter((q) => q.id !== 'q-idle');
    expect(rules(cat)).toEqual([]);
  });

  it('names every dangling id', () => {
    const cat = tinyCatalogue();
    cat.families[0]!.causes['ghost'] = 1;
    cat.causes[0]!.fixes.push({ fix: 'fix-ghost', chance: 'often' });
    cat.questions[1]!.when = [{ question: 'q1', answers: ['maybe'] }];
    cat.responseCodes[0]!.families.push('nowhere');
    cat.signs['a']!.answers['q-missing'] = { yes: 'often' };
    cat.signs['a']!.codes['XX'] = 'often';
    cat.scenarios[0]!.truth = 'a-ghost';
    expect(rules(cat)).toEqual([
      'dangling-id: family f: lists unknown cause "ghost"',
      'dangling-id: cause a: links unknown fix "fix-ghost"',
      'dangling-id: question q2: depends on unknown answer "q1=maybe"',
      'dangling-id: code 97: opens unknown family "nowhere"',
      'dangling-id: scenario sc-b: truth "a-ghost" is not a cause of f',
      'dangling-id: signs a: unknown question "q-missing"',
      'dangling-id: signs a: unknown code "XX"',
    ]);
  });

  it('flags a question that changes no ranking', () => {
    expect(rules(tinyCatalogue())).toContain(
      'question-changes-nothing: question q-idle: no answer moves any family’s ranking',
    );
  });

  it('flags two causes no question or code can tell apart', () => {
    const cat = tinyCatalogue();
    cat.questions = cat.questions.filter((q) => q.id !== 'q-idle');
    cat.signs['b'] = structuredClone(cat.signs['a']!);
    expect(rules(cat)).toContain(
      'indistinguishable-causes: family f: no question or code tells "a" from "b"',
    );
  });

  it('flags a cause with no sign at all as indistinguishable from "other"', () => {
    const cat = tinyCatalogue();
    delete cat.signs['b'];
    expect(rules(cat)).toContain(
      'indistinguishable-causes: family f: no question or code tells "b" from "other"',
    );
  });

  it('flags causes in no family and fixes no cause uses', () => {
    const cat = tinyCatalogue();
    cat.families[0]!.causes = { a: 1 };
    cat.scenarios = [];
    cat.fixes.push({ ...cat.fixes[0]!, id: 'fix-orphan' });
    const found = rules(cat);
    expect(found).toContain('unreachable-cause: cause b: belongs to no family');
    expect(found).toContain('unused-fix: fix fix-orphan: no cause links to it');
  });

  it('flags a text missing its translation', () => {
    const cat = tinyCatalogue();
    cat.questions.push(yesNo('q3'));
    cat.questions[3]!.hint = { zh: 'look at the bars', en: '看信号' };
    const found = rules(cat).filter((r) => r.startsWith('translation'));
    expect(found).toEqual([
      'translation: catalogue.questions[3] q3.hint: zh has no Chinese: "look at the bars"',
      'translation: catalogue.questions[3] q3.hint: en has Chinese: "看信号"',
    ]);
  });

  it('flags a screen text that points to two families, and a self-dependent question', () => {
    const cat = tinyCatalogue();
    cat.families.push({ ...cat.families[0]!, id: 'g', causes: { a: 1 } });
    cat.questions[0]!.when = [{ question: 'q1', answers: ['yes'] }];
    const found = rules(cat);
    expect(found).toContain('ambiguous-screen-text: family g: "F错误" also points to f');
    expect(found).toContain('condition-cycle: question q1: depends on itself');
  });
});
