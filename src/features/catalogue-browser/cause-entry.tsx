import type { Catalogue, Cause } from '../../catalogue/schema.ts';
import { pointsTo } from '../../case/cause-signs.ts';
import { SCREEN_CODE } from '../../engine/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { card, muted } from '../../ui/styles.ts';
import { SourcesLine } from './sources-line.tsx';

/**
 * One cause for trainers: what it is, which answers point to it, which fixes solve it,
 * and the public pages behind its explanation when it has any.
 */
export function CauseEntry({ catalogue, cause }: { catalogue: Catalogue; cause: Cause }) {
  const { t, lang } = useT();
  const describe = (question: string, answer: string) => {
    if (question === SCREEN_CODE)
      return `${t('codeShown', { code: answer })} · ${catalogue.responseCodes.find((r) => r.code === answer)?.meaning[lang] ?? ''}`;
    const q = catalogue.questions.find((x) => x.id === question);
    const label = q?.answers.find((a) => a.id === answer)?.label[lang] ?? answer;
    return t('youAnswered', { question: q?.text[lang] ?? question, answer: label });
  };
  return (
    <li className={`${card} space-y-2 break-inside-avoid`}>
      <h4 className="text-lg font-semibold">{cause.title[lang]}</h4>
      <p className={`text-sm ${muted}`}>{t(`area_${cause.area}`)}</p>
      <p>{cause.explanation[lang]}</p>
      <h5 className="font-medium">{t('pointsTo')}</h5>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {pointsTo(catalogue, cause.id).map((s) => (
          <li key={`${s.question}.${s.answer}`}>
            {describe(s.question, s.answer)} — {t(`term_${s.term}`)}
          </li>
        ))}
      </ul>
      <h5 className="font-medium">{t('solvedBy')}</h5>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {cause.fixes.map((link) => (
          <li key={link.fix}>
            {catalogue.fixes.find((f) => f.id === link.fix)?.title[lang] ?? link.fix} —{' '}
            {t(`term_${link.chance}`)}
          </li>
        ))}
      </ul>
      <SourcesLine sources={cause.sources} />
    </li>
  );
}
