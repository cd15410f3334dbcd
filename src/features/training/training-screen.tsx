import { useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonSecondary, card, muted } from '../../ui/styles.ts';
import { openingLine } from './opening-line.ts';

/**
 * The trainer's list of scenarios, by family, each to demonstrate or to quiz. A trainee
 * may open it too, so by default each scenario shows only what its caller says first:
 * titles and whole stories name the cause. The trainer shows them with one switch.
 */
export function TrainingScreen() {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const [answers, setAnswers] = useState(false);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('trainingHeading')}</h1>
      <p className={muted}>{t('trainingIntro')}</p>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          className="size-6 shrink-0"
          checked={answers}
          onChange={(e) => setAnswers(e.target.checked)}
        />
        <span>{t('trainingShowAnswers')}</span>
      </label>
      {catalogue.families.map((f) => (
        <section key={f.id} aria-labelledby={`tr-${f.id}`} className="space-y-2">
          <h2 id={`tr-${f.id}`} className="text-xl font-bold">
            {f.title[lang]}
          </h2>
          <ul className="space-y-2">
            {catalogue.scenarios
              .filter((s) => s.family === f.id)
              .map((s, i) => (
                <li key={s.id} className={`${card} space-y-2`}>
                  <h3 className="font-semibold">
                    {answers ? s.title[lang] : t('trainingCaseN', { n: i + 1 })}
                  </h3>
                  <p className="text-sm">{answers ? s.situation[lang] : openingLine(s, lang)}</p>
                  <div className="flex flex-wrap gap-2">
                    <Link className={buttonSecondary} to={paths.demo(s.id)}>
                      {t('demonstrate')}
                    </Link>
                    <Link className={buttonSecondary} to={paths.quiz(s.id)}>
                      {t('quiz')}
                    </Link>
                  </div>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
