import type { Fix, Question, ResponseCode } from '../../catalogue/schema.ts';
import { useT } from '../../i18n/use-t.ts';
import { card, muted } from '../../ui/styles.ts';
import { SourcesLine } from './sources-line.tsx';

/** A question as a trainer reads it: its area, how to check, and its answers. */
export function QuestionEntry({ question }: { question: Question }) {
  const { t, lang } = useT();
  return (
    <li className={`${card} break-inside-avoid`}>
      <p className="font-medium">{question.text[lang]}</p>
      <p className={`text-sm ${muted}`}>
        {t(`area_${question.area}`)} · {question.hint[lang]}
      </p>
      <p className="text-sm">{question.answers.map((a) => a.label[lang]).join(' / ')}</p>
    </li>
  );
}

/** A fix: who does it, how long it takes, and its steps. */
export function FixEntry({ fix }: { fix: Fix }) {
  const { t, lang } = useT();
  return (
    <li className={`${card} break-inside-avoid`}>
      <p className="font-medium">{fix.title[lang]}</p>
      <p className={`text-sm ${muted}`}>
        {t('who')}: {t(`who_${fix.who}`)} · {t('minutes', { n: fix.effort })}
      </p>
      <ol className="list-decimal pl-6 text-sm">
        {fix.steps.map((s, i) => (
          <li key={i}>{s[lang]}</li>
        ))}
      </ol>
    </li>
  );
}

/** Response codes with their meaning, and where the meaning is written down. */
export function CodeList({ codes }: { codes: ResponseCode[] }) {
  const { lang } = useT();
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
      {codes.map((r) => (
        <div key={r.code} className="contents">
          <dt className="font-mono font-semibold">{r.code}</dt>
          <dd>
            {r.meaning[lang]}
            <SourcesLine sources={r.sources} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
