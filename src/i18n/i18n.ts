import type { Bilingual } from '../catalogue/schema.ts';
import { settled, sharedPromise } from '../lib/shared-promise.ts';
import type { MoreMessageKey } from './messages-more.ts';
import { zh, type CoreMessageKey } from './messages.ts';

export type Lang = 'zh' | 'en';
export type MessageKey = CoreMessageKey | MoreMessageKey;
type Dictionary = Partial<Record<MessageKey, string>>;

/*
 * Chinese, the language of most counters, ships with the app; English is fetched when
 * first needed (the app waits for it before showing English, see loadDictionary).
 */
const loaded: Record<Lang, Dictionary | undefined> = { zh, en: undefined };
let more: Record<Lang, Dictionary> | undefined;
const ready = settled(undefined);
const imports = new Map<'en' | 'more', Promise<void>>();

/**
 * Makes `lang` readable by `translator`. Returns the same promise for the same state, so
 * React's `use` can wait on it across renders.
 */
export function loadDictionary(lang: Lang): Promise<void> {
  if (loaded[lang]) return ready;
  return sharedPromise(
    imports,
    'en',
    async () => void (loaded.en = (await import('./messages-en.ts')).en),
  );
}

/** The words of the later screens (results, training, catalogue), both languages. */
export function loadMoreMessages(): Promise<void> {
  if (more) return ready;
  return sharedPromise(
    imports,
    'more',
    async () => void (more = (await import('./messages-more.ts')).moreMessages),
  );
}

/** Chinese for Chinese browsers (and when unsure), English for the rest. */
export function detectLang(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Lang {
  const first = languages[0];
  return first && !first.toLowerCase().startsWith('zh') ? 'en' : 'zh';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * Translates with `lang`'s dictionary (Chinese while English has not arrived). A word
 * whose part is not loaded yet shows as its key rather than breaking the screen; the
 * screens wait for their words, so users never see one.
 */
export function translator(lang: Lang): Translate {
  const dict: Dictionary = loaded[lang] ?? zh;
  return (key, vars) =>
    (dict[key] ?? more?.[lang][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
}

/** Picks the user's language from a catalogue string. */
export const pick = (text: Bilingual, lang: Lang): string => text[lang];

/** One formatter per language: building one is slow on a phone, and rankings show many. */
const percentFormats = new Map<Lang, Intl.NumberFormat>();

export function percent(p: number, lang: Lang): string {
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    percentFormats.set(lang, format);
  }
  return format.format(p);
}
