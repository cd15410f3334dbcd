import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useBilingualCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonSecondary, input, muted } from '../../ui/styles.ts';
import { filterCatalogue, searchIndex, type Kind } from './catalogue-index.ts';
import { CodeList, FixEntry, QuestionEntry } from './catalogue-entries.tsx';
import { CauseEntry } from './cause-entry.tsx';
import { DisclosureSection } from './disclosure-section.tsx';
import { JumpLinks } from './jump-links.tsx';
import { KindFilter } from './kind-filter.tsx';

const flip = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
};

/**
 * The trainer's catalogue browser: searchable in both languages, filtered by kind,
 * collapsed by family (hundreds of entries drawn at once made a phone page some
 * 200,000 px tall), with jump links to each part. While a search is typed, the parts
 * that match open by themselves; closing one keeps it closed until the words change.
 */
export function CatalogueScreen() {
  const { t, lang } = useT();
  const catalogue = useBilingualCatalogue();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<Kind>('all');
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [shut, setShut] = useState<ReadonlySet<string>>(() => new Set());
  const searchId = useId();
  // Built once per catalogue, not on every keystroke.
  const index = useMemo(() => searchIndex(catalogue), [catalogue]);
  const view = filterCatalogue(index, query, kind);
  const searching = query.trim() !== '';
  const isOpen = (id: string) => (searching ? !shut.has(id) : open.has(id));
  const toggle = (id: string) => (searching ? setShut(flip(shut, id)) : setOpen(flip(open, id)));
  const count = (n: number) => t('catalogueCount', { n });

  const sections = [
    ...view.families.map(({ f, causes }) => ({
      id: `fam-${f.id}`,
      label: f.title[lang],
      count: causes.length,
    })),
    { id: 'cat-questions', label: t('questionsHeading'), count: view.questions.length },
    { id: 'cat-fixes', label: t('fixesHeading'), count: view.fixes.length },
    { id: 'cat-codes', label: t('codesHeading'), count: view.codes.length },
  ].filter((s) => s.count > 0);
  const allOpen = sections.length > 0 && sections.every((s) => isOpen(s.id));
  const setAll = (opened: boolean) => {
    const ids = new Set(sections.map((s) => s.id));
    if (searching) setShut(opened ? new Set() : ids);
    else setOpen(opened ? ids : new Set());
  };
  const jump = (id: string) => {
    if (!isOpen(id)) toggle(id);
    // The heading's button is there open or closed: focus brings it into view.
    document.getElementById(`${id}-button`)?.focus();
  };
  const clear = () => {
    setQuery('');
    setKind('all');
    setShut(new Set());
    document.getElementById(searchId)?.focus();
  };
  const section = (id: string) => sections.find((s) => s.id === id);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('catalogueHeading')}</h1>
      <p className={muted}>{t('catalogueIntro')}</p>
      <div role="search" className="space-y-3 print:hidden">
        <div className="space-y-1">
          <label htmlFor={searchId} className="block font-medium">
            {t('catalogueSearch')}
          </label>
          <input
            id={searchId}
            type="search"
            className={input}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setShut(new Set());
            }}
          />
        </div>
        <KindFilter kind={kind} onChange={setKind} />
        <p aria-live="polite" className={view.count ? `text-sm ${muted}` : 'font-medium'}>
          {view.count > 0
            ? t('catalogueMatches', { n: view.count })
            : t(kind === 'all' ? 'catalogueNone' : 'catalogueNoneKind', { q: query.trim() })}
        </p>
        {view.count === 0 && (
          <button type="button" className={buttonSecondary} onClick={clear}>
            {t('catalogueClear')}
          </button>
        )}
      </div>
      <JumpLinks targets={sections} onJump={jump} />
      {sections.length > 0 && (
        <button
          type="button"
          className={`${buttonSecondary} print:hidden`}
          onClick={() => setAll(!allOpen)}
        >
          {t(allOpen ? 'catalogueCollapseAll' : 'catalogueExpandAll')}
        </button>
      )}
      {view.families.map(({ f, causes }) => (
        <DisclosureSection
          key={f.id}
          id={`fam-${f.id}`}
          heading={f.title[lang]}
          count={count(causes.length)}
          open={isOpen(`fam-${f.id}`)}
          onToggle={() => toggle(`fam-${f.id}`)}
        >
          <p className={muted}>{f.summary[lang]}</p>
          <h3 className="font-semibold">{t('causesHeading')}</h3>
          <ul className="space-y-3">
            {causes.map((c) => (
              <CauseEntry key={c.id} catalogue={catalogue} cause={c} />
            ))}
          </ul>
        </DisclosureSection>
      ))}
      {section('cat-questions') && (
        <DisclosureSection
          id="cat-questions"
          heading={t('questionsHeading')}
          count={count(view.questions.length)}
          open={isOpen('cat-questions')}
          onToggle={() => toggle('cat-questions')}
        >
          <ul className="space-y-2">
            {view.questions.map((q) => (
              <QuestionEntry key={q.id} question={q} />
            ))}
          </ul>
        </DisclosureSection>
      )}
      {section('cat-fixes') && (
        <DisclosureSection
          id="cat-fixes"
          heading={t('fixesHeading')}
          count={count(view.fixes.length)}
          open={isOpen('cat-fixes')}
          onToggle={() => toggle('cat-fixes')}
        >
          <ul className="space-y-2">
            {view.fixes.map((f) => (
              <FixEntry key={f.id} fix={f} />
            ))}
          </ul>
        </DisclosureSection>
      )}
      {section('cat-codes') && (
        <DisclosureSection
          id="cat-codes"
          heading={t('codesHeading')}
          count={count(view.codes.length)}
          open={isOpen('cat-codes')}
          onToggle={() => toggle('cat-codes')}
        >
          <CodeList codes={view.codes} />
        </DisclosureSection>
      )}
    </div>
  );
}
