import type { Bilingual } from '../catalogue/schema.ts';
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
/** Marked fulfilled the way React's `use` reads promises, so it never suspends on it. */
const ready = Object.assign(Promise.resolve(), { status: 'fulfilled', value: undefined });
let english: Promise<void> | undefined;

/**
 * Makes `lang` readable by `translator`. Returns the same promise for the same state, so
 * React's `use` can wait on it across renders.
 */
export function loadDictionary(lang: Lang): Promise<void> {
  if (loaded[lang]) return ready;
  english ??= import('./messages-en.ts').then(
    (m) => void (loaded.en = m.en),
    (error: unknown) => {
      english = undefined; // offline on a first visit: let a later attempt retry
      throw error;
    },
  );
  return english;
}

let moreLoading: Promise<void> | undefined;

/** The words of the later screens (results, training, catalogue), both languages. */
export function loadMoreMessages(): Promise<void> {
  if (more) return ready;
  moreLoading ??= import('./messages-more.ts').then(
    (m) => void (more = m.moreMessages),
    (error: unknown) => {
      moreLoading = undefined;
      throw error;
    },
  );
  return moreLoading;
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
