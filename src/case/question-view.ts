import type { Area, Catalogue } from '../catalogue/schema.ts';
import { NO_CODE, SCREEN_CODE } from '../engine/types.ts';
import { againOf } from '../engine/again.ts';
import { familyModel } from '../engine/model.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';

export type QuestionView = {
  id: string;
  area: Area;
  text: string;
  hint: string;
  readAloud: string;
  answers: { id: string; label: string }[];
  /** For a "check again" question: the question it reads a second time. */
  again?: string | undefined;
};

/** A question as the screen shows it, in the user's language; the code question included. */
export function questionView(
  catalogue: Catalogue,
  family: string,
  id: string,
  lang: Lang,
  t: Translate,
): QuestionView | null {
  const base = againOf(id);
  if (base) {
    const view = questionView(catalogue, family, base, lang, t);
    return (
      view && {
        ...view,
        id,
        text: t('againText', { question: view.text }),
        readAloud: t('againRead', { question: view.readAloud }),
        again: base,
      }
    );
  }
  if (id === SCREEN_CODE) {
    const model = familyModel(catalogue, family);
    const codes = model.questionById.get(SCREEN_CODE)?.answers ?? [];
    const meaning = (code: string) =>
      catalogue.responseCodes.find((r) => r.code === code)?.meaning[lang] ?? '';
    return {
      id,
      area: 'bank',
      text: t('codeQuestion'),
      hint: t('codeHint'),
      readAloud: t('codeReadAloud'),
      answers: codes.map((code) =>
        code === NO_CODE
          ? { id: code, label: t('noCodeShown') }
          : { id: code, label: `${code} · ${meaning(code)}` },
      ),
    };
  }
  const q = catalogue.questions.find((x) => x.id === id);
  if (!q) return null;
  return {
    id,
    area: q.area,
    text: q.text[lang],
    hint: q.hint[lang],
    readAloud: q.readAloud[lang],
    answers: q.answers.map((a) => ({ id: a.id, label: a.label[lang] })),
  };
}

export const causeTitle = (catalogue: Catalogue, id: string, lang: Lang, t: Translate): string =>
  catalogue.causes.find((c) => c.id === id)?.title[lang] ?? (id === 'other' ? t('otherCause') : id);
