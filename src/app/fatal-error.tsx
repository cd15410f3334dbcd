import { translator } from '../i18n/i18n.ts';
import { useAppStore } from '../store/store.ts';

/** The last line, outside the router: a plain link back to the start. */
export function FatalError() {
  const t = translator(useAppStore.getState().lang);
  return (
    <main className="mx-auto max-w-xl space-y-4 p-4">
      <h1 className="text-2xl font-bold">{t('errorHeading')}</h1>
      <p>{t('errorBody')}</p>
      <a className="underline" href="/">
        {t('backHome')}
      </a>
    </main>
  );
}
