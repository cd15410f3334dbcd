import { useId, useMemo, useState } from 'react';
import type { Bilingual, Catalogue } from '../../catalogue/schema.ts';
import { useT } from '../../i18n/use-t.ts';
import { useBilingualCatalogue } from '../../ui/catalogue-context.tsx';
import { card, input, muted } from '../../ui/styles.ts';
import { BrowserSection } from './browser-section.tsx';
import { CauseEntry } from './cause-entry.tsx';

const text = (...parts: (Bilingual | string | undefined)[]) =>
  parts
    .map((p) => (typeof p === 'object' ? `${p.zh} ${p.en}` : (p ?? '')))
    .join(' ')
    .toLowerCase();

/** Everything a matching item could be searched by, in both languages. */
function searchable(catalogue: Catalogue) {
  return {
    causes: new Map(catalogue.causes.map((c) => [c.id, text(c.id, c.title, c.explanation)])),
    causeById: new Map(catalogue.causes.map((c) => [c.id, c])),
    questions: catalogue.questions.map((q) => ({
      q,
      blob: text(q.id, q.text, q.hint, ...q.answers.map((a) => a.label)),
    })),
    fixes: catalogue.fixes.map((f) => ({ f, blob: text(f.id, f.title, ...f.steps) })),
    codes: catalogue.responseCodes.map((r) => ({ r, blob: text(r.code, r.meaning) })),
  };
}

/** The trainer's catalogue browser: searchable, both languages, printable. */
export function CatalogueScreen() {
  const { t, lang } = useT();
  const catalogue = useBilingualCatalogue();
  const [query, setQuery] = useState('');
  const searchId = useId();
  // Built once per catalogue, not on every keystroke.
  const index = useMemo(() => searchable(catalogue), [catalogue]);
  const q = query.trim().toLowerCase();
  const hit = (blob: string | undefined) => !q || Boolean(blob?.includes(q));
  const families = catalogue.families.map((f) => ({
    f,
    causes: Object.keys(f.causes)
      .map((id) => index.causeById.get(id))
      .filter((c) => c && hit(index.causes.get(c.id))),
  }));
  const questions = index.questions.filter((x) => hit(x.blob));
  const fixes = index.fixes.filter((x) => hit(x.blob));
  const codes = index.codes.filter((x) => hit(x.blob));
  const count =
    families.reduce((s, x) => s + x.causes.length, 0) +
    questions.length +
    fixes.length +
    codes.length;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('catalogueHeading')}</h1>
      <p className={muted}>{t('catalogueIntro')}</p>
      <div role="search" className="space-y-1 print:hidden">
        <label htmlFor={searchId} className="block font-medium">
          {t('catalogueSearch')}
        </label>
        <input
          id={searchId}
          type="search"
          className={input}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p aria-live="polite" className={`text-sm ${muted}`}>
          {t('catalogueMatches', { n: count })}
        </p>
      </div>
      {families.map(({ f, causes }) =>
        causes.length === 0 ? null : (
          <section key={f.id} aria-labelledby={`fam-${f.id}`} className="space-y-3">
            <h2 id={`fam-${f.id}`} className="text-xl font-bold">
              {f.title[lang]}
            </h2>
            <p className={muted}>{f.summary[lang]}</p>
            <h3 className="font-semibold">{t('causesHeading')}</h3>
            <ul className="space-y-3">
              {causes.map((c) => c && <CauseEntry key={c.id} catalogue={catalogue} cause={c} />)}
            </ul>
          </section>
        ),
      )}
      {questions.length > 0 && (
        <BrowserSection id="cat-questions" heading={t('questionsHeading')}>
          <ul className="space-y-2">
            {questions.map(({ q: question }) => (
              <li key={question.id} className={`${card} break-inside-avoid`}>
                <p className="font-medium">{question.text[lang]}</p>
                <p className={`text-sm ${muted}`}>
                  {t(`area_${question.area}`)} · {question.hint[lang]}
                </p>
                <p className="text-sm">{question.answers.map((a) => a.label[lang]).join(' / ')}</p>
              </li>
            ))}
          </ul>
        </BrowserSection>
      )}
      {fixes.length > 0 && (
        <BrowserSection id="cat-fixes" heading={t('fixesHeading')}>
          <ul className="space-y-2">
            {fixes.map(({ f: fix }) => (
              <li key={fix.id} className={`${card} break-inside-avoid`}>
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
            ))}
          </ul>
        </BrowserSection>
      )}
      {codes.length > 0 && (
        <BrowserSection id="cat-codes" heading={t('codesHeading')}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {codes.map(({ r }) => (
              <div key={r.code} className="contents">
                <dt className="font-mono font-semibold">{r.code}</dt>
                <dd>{r.meaning[lang]}</dd>
              </div>
            ))}
          </dl>
        </BrowserSection>
      )}
    </div>
  );
}
