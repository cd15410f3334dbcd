import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue/build-catalogue.ts';
import { DONT_KNOW } from '../catalogue/constants.ts';
import { diagnose } from '../engine/diagnose.ts';
import { NO_CODE, SCREEN_CODE } from '../engine/types.ts';
import { loadDictionary, loadMoreMessages, translator, type Lang } from '../i18n/i18n.ts';
import { escalationPacket } from './escalation-packet.ts';

const cat = buildCatalogue(resolve('rules'));
const ids = { merchantNo: '', terminalNo: '', serialNo: '' };

beforeAll(async () => {
  await loadDictionary('en');
  await loadMoreMessages();
});

const packet = (family: string, answers: Record<string, string>, lang: Lang, fix?: string) => {
  const state = { family, order: Object.keys(answers), answers, failedFixes: [] };
  const causes = diagnose(cat, { family, answers }).causes;
  const asked = cat.fixes.find((f) => f.id === fix)?.escalation?.packet;
  const t = translator(lang);
  return escalationPacket(cat, state, ids, causes, new Date(0), lang, t, false, undefined, asked);
};
const labels = (lines: { label: string }[]) => lines.map((l) => l.label);

describe('escalation packet', () => {
  it('never reads out an answer id as the response code', () => {
    for (const family of cat.families)
      for (const code of [NO_CODE, DONT_KNOW])
        for (const lang of ['zh', 'en'] as const) {
          const values = packet(family.id, { [SCREEN_CODE]: code }, lang).map((l) => l.value);
          expect(values, `${family.id} ${code} ${lang}`).not.toContain(NO_CODE);
          expect(values).not.toContain(DONT_KNOW);
          expect(values.join()).toContain(family.screenTexts[0]);
        }
  });

  it('says "text only, no code" when the screen showed text only', () => {
    const zh = packet('no-route', { [SCREEN_CODE]: NO_CODE }, 'zh').map((l) => l.value);
    expect(zh.some((v) => v.includes('没有应答码'))).toBe(true);
    const en = packet('no-route', { [SCREEN_CODE]: NO_CODE }, 'en').map((l) => l.value);
    expect(en.some((v) => v.includes('text only, no code'))).toBe(true);
  });

  it('reads out the code when there is one', () => {
    const values = packet('terminal-unusable', { [SCREEN_CODE]: '97' }, 'en').map((l) => l.value);
    expect(values).toContain('97');
  });

  it('asks on every call for who is calling and a photo of the screen', () => {
    for (const family of cat.families) {
      const en = labels(packet(family.id, {}, 'en'));
      expect(en).toEqual(expect.arrayContaining(['Registered owner', 'Phone given at sign-up']));
      expect(en).toContain('Photo of the screen');
    }
  });

  it("asks scan-pay for the order number on the customer's bill, not a card slip's trace no.", () => {
    const en = labels(packet('scan-pay-missing', {}, 'en', 'fix-scan-acquirer-trace'));
    expect(en).toContain('Order no. (transaction or merchant order no.)');
    expect(en).not.toContain('Trace / reference no.');
    // With no call in the plan, the sale's own paperwork: the bill for scan-pay, the slip for cards.
    expect(labels(packet('scan-pay-missing', {}, 'en'))).not.toContain('Trace / reference no.');
    expect(labels(packet('no-response', {}, 'en'))).toContain('Trace / reference no.');
  });

  it("adds the plate's number for a plate and the SIM's ICCID for a SIM", () => {
    const plate = labels(packet('scan-pay-missing', {}, 'zh', 'fix-scan-rebind-plate'));
    expect(plate).toContain('码牌编号');
    const sim = labels(packet('no-response', {}, 'zh', 'fix-recharge-sim'));
    expect(sim).toContain('手机卡号（ICCID）');
    expect(labels(packet('no-response', {}, 'zh'))).not.toContain('手机卡号（ICCID）');
  });
});
