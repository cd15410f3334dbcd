import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { newCaseId } from '../../case/case-params.ts';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/store.ts';
import { useStartCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonQuiet, familyButton, muted } from '../../ui/styles.ts';
import { identifiersValid, type Identifiers } from '../../ui/identifiers.ts';
import { StoryBox } from './story-box.tsx';

/*
 * Below the fold on a phone, so fetched right after the screen is up: the first
 * download stays within its budget (docs/decisions/0007-first-download-budget.md).
 */
const IdentifiersForm = lazy(async () => ({
  default: (await import('../../ui/identifiers-form.tsx')).IdentifiersForm,
}));
const RecentCases = lazy(async () => ({
  default: (await import('./recent-cases.tsx')).RecentCases,
}));

const noSubscription = () => () => undefined;
/**
 * False while React hydrates the prerendered page, true once the app runs. Fields typed
 * into before that would not reach the app's state, so they are not prerendered.
 */
const useRunning = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/** The first screen: what happened in the person's words, or which kind of fault; identifiers. */
export function StartScreen() {
  const { t, lang } = useT();
  const catalogue = useStartCatalogue();
  const navigate = useNavigate();
  const saveCase = useAppStore((s) => s.saveCase);
  const [ids, setIds] = useState<Identifiers>({ merchantNo: '', terminalNo: '', serialNo: '' });
  // How many times a start was refused for a wrong number: the form shows and focuses it.
  const [refused, setRefused] = useState(0);
  const running = useRunning();

  /** Starts a case with the identifiers, then hears the story or the chosen family. */
  const open = (what: { f: string } | { q: string }) => {
    if (!identifiersValid(ids)) {
      setRefused(refused + 1);
      return;
    }
    const id = newCaseId();
    saveCase({
      id,
      family: 'f' in what ? what.f : '',
      ...ids,
      merchantNo: ids.merchantNo.trim(),
      terminalNo: ids.terminalNo.trim(),
    });
    navigate(`${paths.tell}?${new URLSearchParams({ id, ...what })}`);
  };

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('startHeading')}</h1>
        <p className={muted}>{t('appTagline')}</p>
      </div>
      <StoryBox onTell={(q) => open({ q })} />
      {/* Seen early on a phone, one line until opened; the fields arrive with the app. */}
      <details id="ids" className="rounded-lg border border-slate-500 p-3">
        <summary className="font-semibold">{t('identifiersHeading')}</summary>
        {running && (
          <Suspense fallback={null}>
            <IdentifiersForm value={ids} onChange={setIds} showErrors={refused} />
          </Suspense>
        )}
      </details>
      <section aria-labelledby="families-heading" className="space-y-3">
        <h2 id="families-heading" className="text-lg font-semibold">
          {t('familiesHeading')}
        </h2>
        {/* A form so that a tap before the script runs still opens the family, as a
            plain page load (decision 0007); the app itself handles the tap in place. */}
        <form action={paths.tell}>
          <ul className="grid gap-3 sm:grid-cols-2">
            {catalogue.families.map((f) => (
              <li key={f.id}>
                <button
                  type="submit"
                  name="f"
                  value={f.id}
                  onClick={(e) => {
                    e.preventDefault();
                    open({ f: f.id });
                  }}
                  className={familyButton}
                >
                  <span className="block text-lg font-semibold">{f.title[lang]}</span>{' '}
                  <span className={`block text-sm ${muted}`}>{f.summary[lang]}</span>
                </button>
              </li>
            ))}
          </ul>
        </form>
      </section>
      {running && (
        <Suspense fallback={null}>
          <RecentCases />
        </Suspense>
      )}
      <nav aria-label={t('training')} className="flex flex-wrap gap-2">
        <Link to={paths.catalogue} className={buttonQuiet}>
          {t('browseCatalogue')}
        </Link>
        <Link to={paths.training} className={buttonQuiet}>
          {t('training')}
        </Link>
        <Link to={paths.outcomes} className={buttonQuiet}>
          {t('outcomesLink')}
        </Link>
        <Link to={paths.openCode} className={buttonQuiet}>
          {t('openCodeLink')}
        </Link>
      </nav>
    </div>
  );
}
