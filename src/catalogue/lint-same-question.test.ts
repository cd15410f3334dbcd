import { describe, expect, it } from 'vitest';
import { tinyCatalogue, yesNo } from '../../tests/fixtures/tiny-catalogue.ts';
import { lintSameQuestion } from './lint-same-question.ts';

const t = (zh: string, en: string) => ({ zh, en });
const reading = (id: string, zh: string) => ({ id, label: t(zh, id) });

describe('one question per fact', () => {
  it('flags alike questions that offer the same reading', () => {
    const cat = tinyCatalogue();
    cat.questions.push(
      yesNo('screen', {
        text: t('失败时屏幕上提示什么？', 'What does the screen say when it fails?'),
        answers: [reading('a', '终端未登记或已停用'), reading('b', '别的提示')],
      }),
      yesNo('screen-2', {
        text: t('签到失败时屏幕提示什么？', 'What does the screen say at sign-in?'),
        answers: [reading('c', '终端未登记或已停用'), reading('d', '密钥错')],
      }),
    );
    cat.signs.a!.answers.screen = { a: 'usually' };
    cat.signs.a!.answers['screen-2'] = { c: 'usually' };
    const found = lintSameQuestion(cat);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('"screen" and "screen-2" read alike'),
    ]);
  });

  it('leaves alike questions about different things alone', () => {
    const cat = tinyCatalogue();
    cat.questions.push(
      yesNo('this-one', {
        text: t('用这台机器收一笔试试，能成功吗？', 'Try a sale on this terminal: ok?'),
      }),
      yesNo('other-one', {
        text: t('用另一台机器收一笔试试，能成功吗？', 'Try a sale on another terminal: ok?'),
      }),
    );
    cat.signs.a!.answers['this-one'] = { yes: 'usually' };
    cat.signs.a!.answers['other-one'] = { yes: 'usually' };
    expect(lintSameQuestion(cat)).toEqual([]);
  });
});
