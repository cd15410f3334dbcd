import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/catalogue/build-catalogue.ts';
import { diagnose } from '../src/engine/diagnose.ts';
import { NO_CODE, SCREEN_CODE } from '../src/engine/types.ts';

/**
 * A field-39 code means the host replied (review 2026-12-05, finding 2): a wrong host
 * address, a dead SIM or a loose cable show no code at all, so a code on screen points
 * away from the shop's own network, and "no code" points towards it.
 */
const cat = buildCatalogue(resolve('rules'));
const LOCAL = [
  'network-signal-weak',
  'network-sim-data',
  'network-host-address',
  'hardware-comm-module',
  'noresp-lan-trouble',
  'noresp-cable-loose',
];
const ranked = (family: string, answers: Record<string, string>) =>
  diagnose(cat, { family, answers }).causes;
const p = (family: string, answers: Record<string, string>, cause: string) =>
  ranked(family, answers).find((c) => c.id === cause)?.probability ?? 0;

describe('response codes point to the hop that answered', () => {
  it('no local network cause signs a host code', () => {
    for (const cause of LOCAL) expect(cat.signs[cause]?.codes ?? {}, cause).toEqual({});
  });

  for (const code of ['68', '92', '91', '98'])
    it(`code ${code} in no-response points upstream, away from the shop's network`, () => {
      const before = ranked('no-response', {});
      const after = ranked('no-response', { [SCREEN_CODE]: code });
      const area = (id: string) => cat.causes.find((c) => c.id === id)?.area;
      expect(area(after[0]!.id)).toBe('bank');
      for (const cause of LOCAL) {
        const was = before.find((c) => c.id === cause)?.probability ?? 0;
        const now = after.find((c) => c.id === cause)?.probability ?? 0;
        expect(now, cause).toBeLessThan(was);
      }
      const local = after
        .filter((c) => LOCAL.includes(c.id))
        .reduce((s, c) => s + c.probability, 0);
      expect(local).toBeLessThan(0.25);
    });

  it('code 92 does not suggest a wrong host address in any family', () => {
    for (const family of ['no-response', 'terminal-unusable'])
      expect(p(family, { [SCREEN_CODE]: '92' }, 'network-host-address')).toBeLessThanOrEqual(
        p(family, {}, 'network-host-address'),
      );
  });

  it('"no code shown" raises the local network causes', () => {
    for (const cause of ['network-signal-weak', 'network-sim-data'])
      expect(p('no-response', { [SCREEN_CODE]: NO_CODE }, cause)).toBeGreaterThan(
        p('no-response', {}, cause),
      );
  });

  it('code 61 in no-route points to the limit', () => {
    expect(ranked('no-route', { [SCREEN_CODE]: '61' })[0]?.id).toBe('route-limit-exceeded');
  });

  it('C1 is not given a certain meaning and asks for the acquirer', () => {
    const c1 = cat.responseCodes.find((r) => r.code === 'C1')!;
    expect(c1.action).toBe('operator');
    expect(c1.meaning.zh).toContain('收单');
  });
});
