import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';

const cat = buildCatalogue(resolve('rules'));

/** Every Chinese string a clerk reads at the counter, with where it is. */
const clerkTexts = (): [string, string][] => [
  ...cat.questions.flatMap((q): [string, string][] => [
    [`${q.id} text`, q.text.zh],
    [`${q.id} hint`, q.hint.zh],
    [`${q.id} readAloud`, q.readAloud.zh],
    ...q.answers.map((a): [string, string] => [`${q.id}.${a.id}`, a.label.zh]),
  ]),
  ...cat.causes.flatMap((c): [string, string][] => [
    [`${c.id} title`, c.title.zh],
    [`${c.id} explanation`, c.explanation.zh],
  ]),
  ...cat.fixes.flatMap((f): [string, string][] => [
    [`${f.id} title`, f.title.zh],
    ...f.steps.map((s, i): [string, string] => [`${f.id} step ${i + 1}`, s.zh]),
  ]),
];

describe('catalogue words a clerk reads (review §7, issue 17.15)', () => {
  it('says 小票, not the back-office 签购单', () => {
    expect(clerkTexts().filter(([, zh]) => zh.includes('签购单'))).toEqual([]);
  });

  it('reads aloud "the payment company", not the jargon 收单机构', () => {
    const jargon = cat.questions.filter((q) => q.readAloud.zh.includes('收单机构'));
    expect(jargon.map((q) => q.id)).toEqual([]);
  });

  it('asks a follow-up on the same call in plain words', () => {
    expect(clerkTexts().filter(([, zh]) => zh.includes('同一通电话'))).toEqual([]);
  });

  it('calls the device POS机 or 机器 in questions, 终端 only in 终端号 or screen wording', () => {
    // These two ask which wording the screen showed, so they quote it.
    const quoting = new Set(['tid-invalid-detail', 'tid-signin-fail-message']);
    const device = cat.questions
      .filter((q) => !quoting.has(q.id))
      .flatMap((q) => [q.text.zh, q.readAloud.zh].map((zh) => [q.id, zh] as const))
      .filter(([, zh]) => /终端(?!号)/.test(zh.replace(/“[^”]*”/g, '')));
    expect(device.map(([id]) => id)).toEqual([]);
  });
});
