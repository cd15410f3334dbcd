import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../config/paths.ts';
import { useT } from '../i18n/use-t.ts';
import { useAppStore } from '../store/store.ts';
import { buttonPrimary, buttonSecondary } from './styles.ts';

/** Header with the language switch, a skip link, storage notices, and the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang } = useT();
  const setLang = useAppStore((s) => s.setLang);
  const agentMode = useAppStore((s) => s.agentMode);
  const setAgentMode = useAppStore((s) => s.setAgentMode);
  const notice = useAppStore((s) => s.notice);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appName');
  }, [lang, t]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
      >
        {t('skipToContent')}
      </a>
      <header className="print:hidden border-b border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link
            to={paths.home}
            className="flex min-h-12 items-center gap-2 text-lg font-bold text-teal-800 dark:text-teal-300"
          >
            <img src="/favicon.svg" alt="" width="32" height="32" className="size-8" />
            {t('appName')}
          </Link>
          <div className="flex gap-2">
            {/* On is seen as well as heard: filled, with a tick (the name stays the same). */}
            <button
              type="button"
              className={agentMode ? buttonPrimary : buttonSecondary}
              aria-pressed={agentMode}
              onClick={() => setAgentMode(!agentMode)}
            >
              {agentMode && <span aria-hidden="true">✓</span>}
              {t('agentMode')}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              lang={lang === 'zh' ? 'en' : 'zh-CN'}
              onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            >
              {t('langSwitch')}
            </button>
          </div>
        </div>
      </header>
      {notice && (
        <p role="status" className="mx-auto max-w-3xl bg-amber-100 px-4 py-2 text-amber-950">
          {t(notice)}
        </p>
      )}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-3xl px-4 pb-16 pt-4 outline-none lg:has-[[data-wide]]:max-w-6xl"
      >
        {children}
      </main>
    </>
  );
}
