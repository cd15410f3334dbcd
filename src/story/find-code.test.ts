import { describe, expect, it } from 'vitest';
import { findCode } from './find-code.ts';
import { clauses } from './normalise.ts';

const codes = new Map(['97', 'A0', '03', '68', '92', '51'].map((c) => [c, ['f']]));
const code = (text: string) => findCode(clauses(text), codes);

describe('findCode', () => {
  it('takes a code said as a code, in either language and width', () => {
    expect(code('97')).toBe('97');
    expect(code('一刷卡就提示A0')).toBe('A0');
    expect(code('换完电池以后一刷卡就提示a0')).toBe('A0');
    expect(code('屏幕上报９７')).toBe('97');
    expect(code('应答码：92')).toBe('92');
    expect(code('显示68，交易超时')).toBe('68');
    expect(code('it says code 92')).toBe('92');
    expect(code('96错误，97错误')).toBe('97');
  });

  it('does not take money, times or counts for codes', () => {
    expect(code('刷了51块钱就失败')).toBeUndefined();
    expect(code('等了68秒')).toBeUndefined();
    expect(code('一共97笔')).toBeUndefined();
    expect(code('我们店开了03年了')).toBeUndefined();
    expect(code('paid 92 yuan')).toBeUndefined();
  });

  it('ignores codes the catalogue does not know', () => {
    expect(code('提示Z9')).toBeUndefined();
    expect(code('报错 12')).toBeUndefined();
  });
});
