import { useMemo } from 'react';
import { useAppStore } from '../store/store.ts';
import { translator, type Lang, type Translate } from './i18n.ts';

/** The current language and its translator. */
export function useT(): { t: Translate; lang: Lang } {
  const lang = useAppStore((s) => s.lang);
  const t = useMemo(() => translator(lang), [lang]);
  return { t, lang };
}
