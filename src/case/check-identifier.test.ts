import { describe, expect, it } from 'vitest';
import { checkIdentifier } from './check-identifier.ts';

describe('checkIdentifier', () => {
  it('accepts empty or the right length of letters and digits', () => {
    expect(checkIdentifier('', 15)).toBeNull();
    expect(checkIdentifier('898310058120123', 15)).toBeNull();
    expect(checkIdentifier('1234567', 8)).toEqual({ error: 'length', n: 7 });
    expect(checkIdentifier('1234-678', 8)).toEqual({ error: 'charset', n: 8 });
  });
});
