import type { Bilingual } from '../catalogue/schema.ts';
import { en } from './messages-en.ts';
import { zh, type MessageKey } from './messages.ts';

export type Lang = 'zh' | 'en';
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Chinese for Chinese browsers (and when unsure), English for the rest. */
export function detectLang(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Lang {
  const first = languages[0];
  return first && !first.toLowerCase().startsWith('zh') ? 'en' : 'zh';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
}

/** Picks the user's language from a catalogue string. */
export const pick = (text: Bilingual, lang: Lang): string => text[lang];

export const percent = (p: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(p);
