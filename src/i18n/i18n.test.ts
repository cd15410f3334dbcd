import { describe, expect, it } from 'vitest';
import { detectLang, loadDictionary, translator } from './i18n.ts';
import { en } from './messages-en.ts';
import { moreMessages } from './messages-more.ts';
import { zh } from './messages.ts';

/** Both parts of the dictionary: the first screens' words and the later screens'. */
const dictionaries: Record<'zh' | 'en', Record<string, string>> = {
  zh: { ...zh, ...moreMessages.zh },
  en: { ...en, ...moreMessages.en },
};

const CJK = /[\u3400-\u9fff]/;

describe('i18n', () => {
  it('loads English on demand and then translates with it', async () => {
    await loadDictionary('en');
    expect(translator('en')('backHome')).toBe(en.backHome);
    expect(translator('zh')('backHome')).toBe(zh.backHome);
    expect(translator('en')('planHeading')).toBe(moreMessages.en.planHeading);
  });

  it('keeps the two parts apart, so a word is defined once', () => {
    const shared = Object.keys(zh).filter((k) => k in moreMessages.zh);
    expect(shared).toEqual([]);
  });

  it('has every key in both languages, none empty', () => {
    const zhKeys = Object.keys(dictionaries.zh).sort();
    expect(Object.keys(dictionaries.en).sort()).toEqual(zhKeys);
    for (const lang of ['zh', 'en'] as const)
      for (const [key, text] of Object.entries(dictionaries[lang]))
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
  });

  it('writes Chinese in zh; English in en apart from quoted screen text', () => {
    for (const [key, text] of Object.entries(dictionaries.zh))
      if (key !== 'langSwitch') expect(CJK.test(text), `zh.${key}`).toBe(true);
    const chineseInEn = Object.entries(dictionaries.en).filter(
      ([k, t]) => CJK.test(t) && !['langSwitch', 'searchHint'].includes(k),
    );
    expect(chineseInEn).toEqual([]);
  });

  it('speaks as a counter clerk reads: full-width colons, 小票, the acquirer glossed', () => {
    for (const [key, text] of Object.entries(dictionaries.zh)) {
      // An ASCII colon between Chinese words (not in "12:30" or a URL).
      expect(/[\u3400-\u9fff]\s*:|:\s*[\u3400-\u9fff]/.test(text), `zh.${key}`).toBe(false);
      expect(text, `zh.${key}`).not.toContain('签购单');
    }
    expect(dictionaries.zh.acquirerGloss).toContain('给你结算的支付公司或银行');
    expect([dictionaries.en.evidenceFor, dictionaries.en.evidenceAgainst]).toEqual([
      'Evidence for',
      'Evidence against',
    ]);
  });

  it('uses the same placeholders in both languages', () => {
    const vars = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of Object.keys(dictionaries.zh))
      expect(vars(dictionaries.en[key] ?? ''), key).toBe(vars(dictionaries.zh[key]!));
  });

  it('fills placeholders and detects the browser language', () => {
    expect(translator('en')('errTerminalLength', { n: 7 })).toBe(
      'A terminal number has 8 characters; this one has 7.',
    );
    expect(detectLang(['zh-TW', 'en'])).toBe('zh');
    expect(detectLang(['en-GB'])).toBe('en');
    expect(detectLang([])).toBe('zh');
  });
});
