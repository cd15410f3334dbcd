/*
 * The bit fields of a case code (decision 0014). Every number is written in as few bits
 * as its range allows, most significant bit first, because each five bits are one more
 * character a person must read aloud.
 */

/** Bits per character of the code (base 32). */
export const SYMBOL_BITS = 5;

/** Thrown when a code ends before its fields do: it is too short for what it says. */
export class OutOfBits extends Error {}

/** Truncated binary for `n` values: the first `short` values take k bits, the rest k + 1. */
function truncated(n: number): { k: number; short: number } {
  const k = 31 - Math.clz32(n);
  return { k, short: 2 ** (k + 1) - n };
}

const bitLength = (v: number) => 32 - Math.clz32(v);

export class BitWriter {
  readonly bits: number[] = [];

  /** `value` in exactly `width` bits. */
  fixed(value: number, width: number): void {
    for (let b = width - 1; b >= 0; b--) this.bits.push(Math.floor(value / 2 ** b) % 2);
  }

  /**
   * One of `n` values in truncated binary: less than one bit over log2 n, and nothing at
   * all when n is 1. Every bit pattern reads back as some value below n.
   */
  index(value: number, n: number): void {
    if (value < 0 || value >= n) throw new RangeError(`index ${value} is not below ${n}`);
    const { k, short } = truncated(n);
    if (value < short) this.fixed(value, k);
    else this.fixed(value + short, k + 1);
  }

  /**
   * A count with no upper bound, in Exp-Golomb code of order k: values below 2^k take
   * k + 1 bits, and each doubling beyond two more. Small counts stay short.
   */
  count(value: number, k: number): void {
    const v = value + 2 ** k;
    const width = bitLength(v);
    this.fixed(0, width - k - 1);
    this.fixed(v, width);
  }
}

/** A run of zeros longer than this is no count a case could have. */
const MAX_ZEROS = 24;

/** Reads what BitWriter wrote, in the same order; throws OutOfBits past the end. */
export class BitReader {
  private at = 0;

  constructor(private readonly bits: readonly number[]) {}

  /** Bits not read yet. */
  rest(): readonly number[] {
    return this.bits.slice(this.at);
  }

  fixed(width: number): number {
    let value = 0;
    for (let b = 0; b < width; b++) {
      const bit = this.bits[this.at++];
      if (bit === undefined) throw new OutOfBits();
      value = value * 2 + bit;
    }
    return value;
  }

  index(n: number): number {
    const { k, short } = truncated(n);
    const head = this.fixed(k);
    return head < short ? head : head * 2 + this.fixed(1) - short;
  }

  count(k: number): number {
    let zeros = 0;
    while (this.fixed(1) === 0) if (++zeros > MAX_ZEROS) throw new OutOfBits();
    return 2 ** (zeros + k) + this.fixed(zeros + k) - 2 ** k;
  }
}

/** Bits as base-32 symbols, the last one filled up with zeros. */
export function toSymbols(bits: readonly number[]): number[] {
  const symbols: number[] = [];
  for (let i = 0; i < bits.length; i += SYMBOL_BITS) {
    let s = 0;
    for (let b = 0; b < SYMBOL_BITS; b++) s = s * 2 + (bits[i + b] ?? 0);
    symbols.push(s);
  }
  return symbols;
}

export const toBits = (symbols: readonly number[]): number[] =>
  symbols.flatMap((s) => [16, 8, 4, 2, 1].map((w) => (s & w ? 1 : 0)));
