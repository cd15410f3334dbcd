import { DONT_KNOW } from '../../catalogue/constants.ts';
import { questionView } from '../../case/question-view.ts';
import type { EvidenceWeight } from '../../engine/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';

/** The engine's reasons for and against one cause, in words. */
export function EvidenceList({ family, evidence }: { family: string; evidence: EvidenceWeight[] }) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const describe = (e: EvidenceWeight): string => {
    if (e.source.kind === 'fix') {
      const fixId = e.source.fix;
      return t('fixTried', {
        fix: catalogue.fixes.find((f) => f.id === fixId)?.title[lang] ?? fixId,
      });
    }
    const view = questionView(catalogue, family, e.source.question, lang, t);
    const answerId = e.source.answer;
    const answer =
      answerId === DONT_KNOW
        ? t('dontKnow')
        : (view?.answers.find((a) => a.id === answerId)?.label ?? answerId);
    return t('youAnswered', { question: view?.text ?? e.source.question, answer });
  };
  const forIt = evidence.filter((e) => e.bits > 0);
  const against = evidence.filter((e) => e.bits < 0);
  if (evidence.length === 0) return <p>{t('evidenceNone')}</p>;
  const list = (items: EvidenceWeight[], sign: string) => (
    <ul className="list-inside space-y-1">
      {items.map((e, i) => (
        <li key={i}>
          <span aria-hidden="true">{sign} </span>
          {describe(e)}
          {Math.abs(e.bits) >= 1 ? t('evidenceStrong') : t('evidenceWeak')}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-2 text-sm">
      {forIt.length > 0 && (
        <div>
          <h3 className="font-semibold">{t('evidenceFor')}</h3>
          {list(forIt, '+')}
        </div>
      )}
      {against.length > 0 && (
        <div>
          <h3 className="font-semibold">{t('evidenceAgainst')}</h3>
          {list(against, '−')}
        </div>
      )}
    </div>
  );
}
