import { Component, type ReactNode } from 'react';
import { translator } from '../i18n/i18n.ts';
import { useAppStore } from '../store/store.ts';

/** The last line: a render error shows a way back instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
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
}
