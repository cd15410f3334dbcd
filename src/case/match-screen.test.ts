import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { checkIdentifier, matchScreen } from './match-screen.ts';

const cat = tinyCatalogue();
cat.families.push({ ...cat.families[0]!, id: 'g', screenTexts: ['商户无应答', 'timeout'] });

describe('matchScreen', () => {
  it('turns a response code into its families and the code answer', () => {
    expect(matchScreen(cat, ' 97 ')).toEqual({ families: ['f'], code: '97' });
    expect(matchScreen(cat, '03')).toEqual({ families: ['f'], code: '03' });
  });

  it('matches screen text exactly, in part, or inside a longer message', () => {
    expect(matchScreen(cat, '商户无应答').families).toEqual(['g']);
    expect(matchScreen(cat, '无应答').families).toEqual(['g']);
    expect(matchScreen(cat, '交易失败：商户无应答，请重试').families).toEqual(['g']);
    expect(matchScreen(cat, 'TIMEOUT').families).toEqual(['g']);
  });

  it('finds nothing for nothing', () => {
    expect(matchScreen(cat, '   ').families).toEqual([]);
    expect(matchScreen(cat, 'zz').families).toEqual([]);
  });
});

describe('checkIdentifier', () => {
  it('accepts empty or the right length of letters and digits', () => {
    expect(checkIdentifier('', 15)).toBeNull();
    expect(checkIdentifier('898310058120123', 15)).toBeNull();
    expect(checkIdentifier('1234567', 8)).toEqual({ error: 'length', n: 7 });
    expect(checkIdentifier('1234-678', 8)).toEqual({ error: 'charset', n: 8 });
  });
});
