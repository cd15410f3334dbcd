import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../i18n/use-t.ts';
import { buttonPrimary } from '../ui/styles.ts';

/** Registers the service worker and says when a new catalogue version is ready. */
export function UpdatePrompt() {
  const { t } = useT();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-0 bottom-0 z-10 bg-slate-900 p-3 text-white print:hidden"
    >
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2">
        <span>{t('updateReady')}</span>
        <button
          type="button"
          className={buttonPrimary}
          onClick={() => void updateServiceWorker(true)}
        >
          {t('updateReload')}
        </button>
      </div>
    </div>
  );
}
